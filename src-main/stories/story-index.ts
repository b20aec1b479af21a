// Keeps the stories in step with the library, one article at a time, inside the caller's transaction (the
// catalog writer's): an article's text indexed gets a signature, its band keys, its verified copy pairs and
// its story; an article removed leaves its story (story-candidates.ts finds and verifies the copies).
import type { DatabaseSync } from 'node:sqlite';
import type { IndexableArticle } from '../search/article-index';
import { prepared } from '../search/statements';
import { bandKeys } from './bands';
import { hasSignature, storySignature } from './signature';
import { addPair, copiesOf, pairsToKeep } from './story-candidates';
import { joinStories, leaveStory, settle } from './story-clusters';
import { signatureBytes, signatureFromRow } from './story-rows';

interface DocRow {
  readonly id: number;
  readonly sig: Uint8Array;
  readonly shingles: number;
  readonly story: number | null;
}

function docAt(db: DatabaseSync, root: string, path: string): DocRow | undefined {
  return prepared(db, 'SELECT id, sig, shingles, story FROM story_docs WHERE root = ? AND path = ?').get(root, path) as
    DocRow | undefined;
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

/** An article's text was indexed (new or changed): its signature, pairs and story follow. */
export function indexStory(db: DatabaseSync, root: string, path: string, article: IndexableArticle): void {
  const signature = storySignature(article.title, article.paragraphs);
  if (!hasSignature(signature)) {
    removeStory(db, root, path);
    return;
  }
  const bytes = signatureBytes(signature);
  const existing = docAt(db, root, path);
  if (existing && sameBytes(existing.sig, bytes)) {
    // The same text: only its date may have changed, and with it the story's origin.
    if (existing.story !== null) settle(db, root, existing.story);
    return;
  }
  let doc: number;
  if (existing) {
    doc = existing.id;
    detach(db, root, existing);
    prepared(db, 'UPDATE story_docs SET sig = ?, shingles = ? WHERE id = ?').run(bytes, signature.shingles, doc);
  } else {
    // run() and its row id: .get() of "INSERT ... RETURNING" cost twenty times as much here.
    const insert = prepared(db, 'INSERT INTO story_docs (root, path, sig, shingles) VALUES (?, ?, ?, ?)');
    doc = Number(insert.run(root, path, bytes, signature.shingles).lastInsertRowid);
  }
  const { copies, crowded } = copiesOf(db, root, doc, signature);
  const insertBand = prepared(db, 'INSERT OR IGNORE INTO story_bands (key, doc) VALUES (?, ?)');
  for (const key of bandKeys(signature)) if (!crowded.has(key)) insertBand.run(key, doc);
  for (const { id, jaccard } of pairsToKeep(copies)) addPair(db, doc, id, jaccard);
  joinStories(db, root, doc, copies);
}

/** Takes a doc's band keys and pairs away, and it out of its story (the rest is worked out again). */
function detach(db: DatabaseSync, root: string, existing: DocRow): void {
  const deleteBand = prepared(db, 'DELETE FROM story_bands WHERE key = ? AND doc = ?');
  for (const key of bandKeys(signatureFromRow(existing.sig, existing.shingles))) deleteBand.run(key, existing.id);
  const pairs = prepared(db, 'DELETE FROM story_edges WHERE a = ? RETURNING b').all(existing.id) as { b: number }[];
  const deleteEdge = prepared(db, 'DELETE FROM story_edges WHERE a = ? AND b = ?');
  for (const { b } of pairs) deleteEdge.run(b, existing.id);
  leaveStory(db, root, existing.id, existing.story);
}

/** An article left the library (or has no text to tell copies by any more). */
export function removeStory(db: DatabaseSync, root: string, path: string): void {
  const existing = docAt(db, root, path);
  if (!existing) return;
  detach(db, root, existing);
  prepared(db, 'DELETE FROM story_docs WHERE id = ?').run(existing.id);
}
