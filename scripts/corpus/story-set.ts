// The story quality set, for the stories tests and the bench: real originals (story-set-sources.ts), each
// republished by 0-6 outlets with the edits wire copies get (story-edits.ts), some copies made from another
// copy; follow-up stories that quote one sentence of an earlier story; and hard negatives as they come
// (same-day Reuters acquisition and crude oil stories, consecutive pieces of one speech). Ground truth: the
// copies of one original are one story, every other pair is two. Deterministic for a seed.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { OUTLETS } from './article-maker';
import { createRng, type Rng } from './prng';
import { republish, type Draft } from './story-edits';
import { loadStorySources, type StoryOriginal, type StorySources } from './story-set-sources';

export const STORY_SET_SEED = 2113;

export type StoryRole = 'original' | 'follow-up' | 'copy';

export interface StoryArticle {
  /** Relative path in the set's folder: outlet/key.txt */
  readonly path: string;
  /** The original this article is a copy of (its own key for an original): the ground truth. */
  readonly story: string;
  readonly role: StoryRole;
  readonly title: string;
  readonly date: string;
  readonly paragraphs: readonly string[];
  /** What the outlet changed (copies), or for a follow-up the story it quotes. */
  readonly edits: readonly string[];
  /** The file's text in the library format. */
  readonly text: string;
}

export interface StorySet {
  readonly articles: readonly StoryArticle[];
  readonly stories: number;
  readonly positivePairs: number;
  readonly negativePairs: number;
  /** Originals left out because they share text with an earlier one (the corpus's own near-duplicates). */
  readonly dropped: readonly string[];
  readonly description: string;
}

/** Chance of 0, 1, ... 6 copies of an original. */
const COPY_ODDS = [0.15, 0.2, 0.2, 0.15, 0.12, 0.1, 0.08];
/** Share of copies made from an earlier copy rather than from the original (syndication of syndication). */
const FROM_COPY = 0.3;
const FOLLOW_UPS = { reuters: 12, speech: 6 };
/** Two originals sharing more of the smaller one's 4-word shingles than this are one story already. */
const SAME_TEXT = 0.2;

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function shingles(original: StoryOriginal): Set<string> {
  const words = wordsOf(original.paragraphs.join(' '));
  const out = new Set<string>();
  for (let i = 0; i + 4 <= words.length; i++) out.add(words.slice(i, i + 4).join(' '));
  return out;
}

/** Leaves out an original that shares text with an earlier one, so that the ground truth holds. */
function distinct(originals: readonly StoryOriginal[]): { kept: StoryOriginal[]; dropped: string[] } {
  const kept: { original: StoryOriginal; set: Set<string> }[] = [];
  const dropped: string[] = [];
  for (const original of originals) {
    const set = shingles(original);
    const clash = kept.some((k) => {
      let common = 0;
      for (const s of set) if (k.set.has(s)) common += 1;
      return common > SAME_TEXT * Math.max(1, Math.min(set.size, k.set.size));
    });
    if (clash) dropped.push(original.key);
    else kept.push({ original, set });
  }
  return { kept: kept.map((k) => k.original), dropped };
}

function copies(rng: Rng): number {
  let u = rng.next();
  for (const [n, odds] of COPY_ODDS.entries()) {
    if (u < odds) return n;
    u -= odds;
  }
  return COPY_ODDS.length - 1;
}

const contentWords = (original: StoryOriginal): Set<string> =>
  new Set(wordsOf(original.paragraphs.join(' ')).filter((w) => w.length > 4));

/** The other original of the kind most alike in vocabulary, no later than `target`: the story it follows up. */
function earlierOnTopic(target: StoryOriginal, pool: readonly StoryOriginal[]): StoryOriginal | null {
  const mine = contentWords(target);
  let best: { original: StoryOriginal; common: number } | null = null;
  for (const other of pool) {
    if (other === target || other.kind !== target.kind || other.date > target.date) continue;
    if (target.kind === 'speech' && other.date === target.date) continue;
    let common = 0;
    for (const w of contentWords(other)) if (mine.has(w)) common += 1;
    if (best === null || common > best.common) best = { original: other, common };
  }
  return best?.original ?? null;
}

/** A sentence of `source` quoted near the end of `target`, as a follow-up story recalls an earlier one. */
function quoteInto(target: StoryOriginal, source: StoryOriginal, rng: Rng): StoryOriginal {
  const sentences = source.paragraphs
    .join(' ')
    .split(/(?<=[.!?])\s+/)
    .filter((s) => s.length >= 60 && s.length <= 260);
  const sentence = sentences.length > 0 ? rng.pick(sentences) : (source.paragraphs[0] as string);
  const forms = [
    `As reported earlier, ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`,
    `Earlier: ${sentence}`,
    sentence,
  ];
  const at = Math.max(1, target.paragraphs.length - rng.int(0, 1));
  const paragraphs = [...target.paragraphs.slice(0, at), rng.pick(forms), ...target.paragraphs.slice(at)];
  return { ...target, paragraphs };
}

const two = (n: number): string => String(n).padStart(2, '0');

function laterDate(date: string, days: number): string {
  const at = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8)));
  const d = new Date(at + days * 86_400_000);
  return `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}`;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50) || 'story'
  );
}

function article(
  outlet: string,
  name: string,
  story: string,
  role: StoryRole,
  draft: Draft,
  date: string,
  edits: readonly string[],
): StoryArticle {
  const url = `https://www.${outlet}.example/${date.slice(0, 4)}/${slug(draft.title)}`;
  return {
    path: `${outlet}/${name}.txt`,
    story,
    role,
    title: draft.title,
    date,
    paragraphs: draft.paragraphs,
    edits,
    text: [draft.title, date, url, ...draft.paragraphs].join('\n') + '\n',
  };
}

const ORIGIN_OUTLET: Record<StoryOriginal['kind'], string> = {
  reuters: 'reuters',
  speech: 'whitehouse',
  page: 'wirepages',
  seed: 'russiaherald',
};

/** The set built from loaded sources: pure, and the same for the same seed. */
export function buildStorySet(sources: StorySources, seed = STORY_SET_SEED): StorySet {
  const rng = createRng(seed);
  const { kept, dropped } = distinct(sources.originals);
  const originals = [...kept];
  // Follow-ups: some originals quote one sentence of an earlier story on the same topic.
  const quoted: Map<string, string> = new Map();
  for (const kind of ['reuters', 'speech'] as const) {
    const ofKind = originals.filter((o) => o.kind === kind);
    let made = 0;
    for (let tries = 0; tries < 200 && made < FOLLOW_UPS[kind]; tries++) {
      const target = rng.pick(ofKind);
      if (quoted.has(target.key)) continue;
      const source = earlierOnTopic(target, ofKind);
      if (source === null || quoted.get(source.key) === target.key) continue;
      originals[originals.indexOf(target)] = quoteInto(target, source, rng);
      quoted.set(target.key, source.key);
      made += 1;
    }
  }
  const headlines = originals.map((o) => o.title);
  const spare = [...sources.spare];
  const articles: StoryArticle[] = [];
  let positivePairs = 0;
  for (const original of originals) {
    const followUp = quoted.get(original.key);
    const role: StoryRole = followUp === undefined ? 'original' : 'follow-up';
    const notes = followUp === undefined ? [] : [`quotes ${followUp}`];
    articles.push(
      article(ORIGIN_OUTLET[original.kind], original.key, original.key, role, original, original.date, notes),
    );
    const made: { draft: Draft; date: string; edits: readonly string[] }[] = [];
    const count = copies(rng);
    const outlets = new Set<string>();
    while (outlets.size < count) outlets.add(rng.pick(OUTLETS));
    for (const outlet of outlets) {
      const base = made.length > 0 && rng.next() < FROM_COPY ? rng.pick(made) : null;
      const date = laterDate(base?.date ?? original.date, rng.int(0, 2));
      const others = headlines.filter((h) => h !== original.title);
      const copy = republish(base?.draft ?? original, { rng, spare, headlines: others, date });
      const edits = base === null ? copy.edits : [...base.edits, 'from-copy', ...copy.edits];
      made.push({ draft: copy.draft, date, edits });
      articles.push(article(outlet, original.key, original.key, 'copy', copy.draft, date, edits));
    }
    positivePairs += ((count + 1) * count) / 2;
  }
  const n = articles.length;
  return {
    articles,
    stories: originals.length,
    positivePairs,
    negativePairs: (n * (n - 1)) / 2 - positivePairs,
    dropped,
    description: sources.description,
  };
}

/** Loads the sources (Reuters is fetched once into `cacheDir`) and builds the set. */
export async function loadStorySet(cacheDir: string, seed = STORY_SET_SEED): Promise<StorySet> {
  return buildStorySet(await loadStorySources(cacheDir, seed), seed);
}

/** Writes every article of the set under `root`. */
export async function writeStorySet(root: string, set: StorySet): Promise<void> {
  const folders = new Set(set.articles.map((a) => dirname(join(root, a.path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await Promise.all(set.articles.map((a) => writeFile(join(root, a.path), a.text, { flag: 'wx' })));
}
