// Stories as connected components of the copy pairs (story_edges), kept in step one article at a time: an
// article that arrives joins (and may merge) the stories of the copies it has; one that leaves or changes
// may split its story, which is then worked out again from its pairs. Only the stories an article touches
// are read. A story's id is its earliest-seen copy's; its origin the earliest dated copy (ties: the earliest
// seen). Runs inside the caller's transaction.
import type { DatabaseSync } from 'node:sqlite';
import { prepared } from '../search/statements';
import { compareSignatures } from './compare';
import type { StorySignature } from './signature';
import { addPair, copiesOf, type Copy } from './story-candidates';
import { signatureOf } from './story-rows';

interface Member {
  readonly id: number;
  readonly date: string | null;
}

/** `doc` (just given its pairs) joins the stories of its copies, merging them when there are several. */
export function joinStories(db: DatabaseSync, root: string, doc: number, copies: readonly Copy[]): void {
  if (copies.length === 0) return;
  const stories = new Set<number>();
  const alone: number[] = [doc];
  for (const copy of copies) {
    if (copy.story === null) alone.push(copy.id);
    else stories.add(copy.story);
  }
  const [only] = stories;
  if (stories.size === 1 && alone.length === 1 && only !== undefined && only < doc) {
    addToStory(db, only, doc);
    return;
  }
  const id = Math.min(...stories, ...alone);
  const left = leftDuring.get(db);
  for (const story of stories) {
    // A story that lost copies and waits is worked out again under the id it merges into.
    if (left?.delete(story)) left.set(id, root);
    if (story === id) continue;
    prepared(db, 'UPDATE story_docs SET story = ? WHERE story = ?').run(id, story);
    prepared(db, 'DELETE FROM story_clusters WHERE id = ?').run(story);
  }
  for (const member of alone) prepared(db, 'UPDATE story_docs SET story = ? WHERE id = ?').run(id, member);
  settle(db, root, id);
}

/** The common case: one more copy of one story, which may only change the origin if it is dated earlier. */
function addToStory(db: DatabaseSync, story: number, doc: number): void {
  prepared(db, 'UPDATE story_docs SET story = ? WHERE id = ?').run(story, doc);
  const cluster = prepared(db, 'SELECT origin, root FROM story_clusters WHERE id = ?').get(story) as
    { origin: number; root: string } | undefined;
  if (!cluster) return;
  const [origin, added] = [memberRow(db, cluster.origin), memberRow(db, doc)];
  if (origin && added && before(added, origin)) {
    settle(db, cluster.root, story);
    return;
  }
  prepared(db, 'UPDATE story_clusters SET copies = copies + 1 WHERE id = ?').run(story);
  setSimilarity(db, doc, signatureOf(db, cluster.origin));
}

/**
 * Stories that lost copies since they were last worked out, for a catalog that defers it (deferLeaving):
 * removing a folder of a story's copies, one watch event at a time, then costs one pass over the story when
 * the writes pause (or before the stories are next read), not one pass per copy.
 */
const leftDuring = new WeakMap<DatabaseSync, Map<number, string>>();

/** From now on, stories that lose copies wait for settleLeft() to be worked out again. */
export function deferLeaving(db: DatabaseSync): void {
  if (!leftDuring.has(db)) leftDuring.set(db, new Map());
}

/** Whether some story lost copies and waits to be worked out again. */
export function hasLeft(db: DatabaseSync): boolean {
  return (leftDuring.get(db)?.size ?? 0) > 0;
}

/** Works out again every story that lost copies since the last call; inside the caller's transaction. */
export function settleLeft(db: DatabaseSync): void {
  const left = leftDuring.get(db);
  if (!left) return;
  const stories = [...left];
  left.clear();
  for (const [story, root] of stories) settleRest(db, root, story);
}

/**
 * `doc` leaves its story (its pairs are already gone, or it is gone): the rest is worked out again from its
 * pairs, and becomes one story, several, or single articles (later, when the catalog defers it).
 */
export function leaveStory(db: DatabaseSync, root: string, doc: number, story: number | null): void {
  prepared(db, 'UPDATE story_docs SET story = NULL, similarity = NULL WHERE id = ?').run(doc);
  if (story === null) return;
  const left = leftDuring.get(db);
  if (left) left.set(story, root);
  else settleRest(db, root, story);
}

/** Works a story out again from its members' pairs, after copies left it. */
function settleRest(db: DatabaseSync, root: string, story: number): void {
  const rest = (prepared(db, 'SELECT id FROM story_docs WHERE story = ?').all(story) as { id: number }[]).map(
    (row) => row.id,
  );
  prepared(db, 'DELETE FROM story_clusters WHERE id = ?').run(story);
  for (const part of relinked(db, root, components(db, rest))) {
    const id = Math.min(...part);
    if (part.length === 1) {
      prepared(db, 'UPDATE story_docs SET story = NULL, similarity = NULL WHERE id = ?').run(id);
      continue;
    }
    if (id !== story)
      for (const member of part) prepared(db, 'UPDATE story_docs SET story = ? WHERE id = ?').run(id, member);
    settle(db, root, id);
  }
}

/**
 * Parts of a story that came apart may still be copies of each other through pairs not kept
 * (story-candidates.ts): each part but the largest looks for its copies again, among the other parts, and
 * the pairs found join them back.
 */
function relinked(db: DatabaseSync, root: string, parts: number[][]): number[][] {
  if (parts.length < 2) return parts;
  const partOf = new Map<number, number>();
  parts.forEach((part, i) => part.forEach((doc) => partOf.set(doc, i)));
  const largest = parts.reduce((best, part, i) => (part.length > (parts[best]?.length ?? 0) ? i : best), 0);
  let found = false;
  parts.forEach((part, i) => {
    if (i === largest) return;
    for (const doc of part) {
      const signature = signatureOf(db, doc);
      if (!signature) continue;
      for (const copy of copiesOf(db, root, doc, signature).copies) {
        const other = partOf.get(copy.id);
        if (other === undefined || other === i) continue;
        addPair(db, doc, copy.id, copy.jaccard);
        found = true;
      }
    }
  });
  return found ? components(db, parts.flat()) : parts;
}

/** The docs in connected groups by their pairs (union-find over the pairs among them). */
function components(db: DatabaseSync, docs: readonly number[]): number[][] {
  const parent = new Map(docs.map((doc) => [doc, doc]));
  const find = (doc: number): number => {
    let top = doc;
    while (parent.get(top) !== top) top = parent.get(top) as number;
    parent.set(doc, top);
    return top;
  };
  const edges = prepared(db, 'SELECT a, b FROM story_edges WHERE a IN (SELECT value FROM json_each(?)) AND a < b').all(
    JSON.stringify(docs),
  ) as { a: number; b: number }[];
  for (const { a, b } of edges) {
    if (!parent.has(b)) continue;
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }
  const groups = new Map<number, number[]>();
  for (const doc of docs) {
    const top = find(doc);
    const group = groups.get(top);
    if (group) group.push(doc);
    else groups.set(top, [doc]);
  }
  return [...groups.values()];
}

function memberRow(db: DatabaseSync, doc: number): Member | undefined {
  return prepared(
    db,
    `SELECT d.id AS id, f.date AS date FROM story_docs d LEFT JOIN files f ON f.root = d.root AND f.path = d.path
     WHERE d.id = ?`,
  ).get(doc) as Member | undefined;
}

/** Whether `a` was published first: dated before undated, then by date, then seen first. */
function before(a: Member, b: Member): boolean {
  if (a.date !== b.date) return b.date === null || (a.date !== null && a.date < b.date);
  return a.id < b.id;
}

/** Works out a story's copies, origin and each copy's similarity to it again; a story of one is none. */
export function settle(db: DatabaseSync, root: string, story: number): void {
  const members = prepared(
    db,
    `SELECT d.id AS id, f.date AS date FROM story_docs d LEFT JOIN files f ON f.root = d.root AND f.path = d.path
     WHERE d.story = ?`,
  ).all(story) as unknown as Member[];
  if (members.length < 2) {
    for (const member of members) {
      prepared(db, 'UPDATE story_docs SET story = NULL, similarity = NULL WHERE id = ?').run(member.id);
    }
    prepared(db, 'DELETE FROM story_clusters WHERE id = ?').run(story);
    return;
  }
  const origin = members.reduce((first, member) => (before(member, first) ? member : first));
  prepared(db, 'INSERT OR REPLACE INTO story_clusters (id, root, copies, origin) VALUES (?, ?, ?, ?)').run(
    story,
    root,
    members.length,
    origin.id,
  );
  const originSignature = signatureOf(db, origin.id);
  for (const member of members) setSimilarity(db, member.id, originSignature);
}

function setSimilarity(db: DatabaseSync, doc: number, origin: StorySignature | null): void {
  const own = signatureOf(db, doc);
  const similarity = own && origin ? compareSignatures(own, origin).jaccard : null;
  prepared(db, 'UPDATE story_docs SET similarity = ? WHERE id = ?').run(similarity, doc);
}
