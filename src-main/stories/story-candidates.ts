// An article's copies among the library's: every article sharing one of its band keys (one query), each
// verified with the decision rule (compare.ts). And which of them to keep as pairs: connecting the stories
// needs one pair per story touched, not every pair, so a story republished hundreds of times stores a few
// pairs per copy instead of a pair for every two copies.
import type { DatabaseSync } from 'node:sqlite';
import { prepared } from '../search/statements';
import { bandKeys } from './bands';
import { compareSignatures, isCopyBySimilarity } from './compare';
import { BANDS } from './parameters';
import type { StorySignature } from './signature';
import { signatureFromRow } from './story-rows';

/** Pairs kept for one article beyond one per story it touches: the best, so a copy leaving rarely splits one. */
const MAX_PAIRS = 8;

/**
 * A band key holds at most this many articles: a story republished hundreds of times word for word would
 * otherwise make every next copy read them all. A copy not listed under a crowded key is still found through
 * the copies that are (they are in its story).
 */
export const MAX_PER_KEY = 32;

export interface Copy {
  readonly id: number;
  readonly jaccard: number;
  /** The story the copy is in, or null. */
  readonly story: number | null;
}

export interface Candidates {
  /** The candidates verified as copies: every one not in a story, and up to MAX_PAIRS of each story. */
  readonly copies: Copy[];
  /** The signature's keys that hold MAX_PER_KEY articles already. */
  readonly crowded: ReadonlySet<number>;
}

const KEYS = Array.from({ length: BANDS }, () => '?').join(', ');

interface Candidate {
  readonly sig: Uint8Array;
  readonly shingles: number;
  readonly story: number | null;
  readonly root: string;
}

/**
 * The articles of this library (other than `doc`) the decision rule calls copies of the signature, most
 * shared bands first (the likeliest copies), found with one query over the band keys; each is then read by id.
 */
export function copiesOf(db: DatabaseSync, root: string, doc: number, signature: StorySignature): Candidates {
  const keys = bandKeys(signature);
  if (keys.length === 0) return { copies: [], crowded: new Set() };
  const entries = prepared(db, `SELECT key, doc FROM story_bands WHERE key IN (${KEYS})`).all(...keys) as {
    key: number;
    doc: number;
  }[];
  const perKey = new Map<number, number>();
  const shared = new Map<number, number>();
  for (const entry of entries) {
    perKey.set(entry.key, (perKey.get(entry.key) ?? 0) + 1);
    if (entry.doc !== doc) shared.set(entry.doc, (shared.get(entry.doc) ?? 0) + 1);
  }
  const crowded = new Set([...perKey].filter(([, count]) => count >= MAX_PER_KEY).map(([key]) => key));
  const read = prepared(db, 'SELECT sig, shingles, story, root FROM story_docs WHERE id = ?');
  const perStory = new Map<number, number>();
  const copies: Copy[] = [];
  for (const [id] of [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
    const candidate = read.get(id) as Candidate | undefined;
    if (!candidate || candidate.root !== root) continue;
    const { story } = candidate;
    if (story !== null && (perStory.get(story) ?? 0) >= MAX_PAIRS) continue;
    const similarity = compareSignatures(signature, signatureFromRow(candidate.sig, candidate.shingles));
    if (!isCopyBySimilarity(similarity)) continue;
    copies.push({ id, jaccard: similarity.jaccard, story });
    if (story !== null) perStory.set(story, (perStory.get(story) ?? 0) + 1);
  }
  return { copies, crowded };
}

/** The copies to store pairs with: the closest in each story (and each single article), and the closest few. */
export function pairsToKeep(copies: readonly Copy[]): Copy[] {
  const closest = [...copies].sort((a, b) => b.jaccard - a.jaccard || a.id - b.id);
  const kept = new Set(closest.slice(0, MAX_PAIRS));
  const stories = new Set<number>();
  for (const copy of closest) {
    if (copy.story === null) kept.add(copy);
    else if (!stories.has(copy.story)) {
      stories.add(copy.story);
      kept.add(copy);
    }
  }
  return [...kept];
}

/** Stores the pair both ways. */
export function addPair(db: DatabaseSync, a: number, b: number, jaccard: number): void {
  const insert = prepared(db, 'INSERT OR REPLACE INTO story_edges (a, b, jaccard) VALUES (?, ?, ?)');
  insert.run(a, b, jaccard);
  insert.run(b, a, jaccard);
}
