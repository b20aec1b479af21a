// Each library root owns a block of row ids (its number times 2^32), in the text index and in the
// annotation index alike, so "this root only" is a rowid range that FTS5 applies inside the index,
// without looking up a row per match.
import type { DatabaseSync } from 'node:sqlite';
import { prepared } from './statements';

const BLOCK = 2 ** 32;

export interface RootRange {
  readonly lo: number;
  readonly hi: number;
}

const rangeOf = (id: number): RootRange => ({ lo: id * BLOCK, hi: id * BLOCK + BLOCK - 1 });

/** The root's block of ids, or null when nothing of this root was ever indexed. */
export function findRoot(db: DatabaseSync, root: string): RootRange | null {
  const row = prepared(db, 'SELECT id FROM search_roots WHERE root = ?').get(root) as { id: number } | undefined;
  return row ? rangeOf(row.id) : null;
}

export function ensureRoot(db: DatabaseSync, root: string): RootRange {
  const found = findRoot(db, root);
  if (found) return found;
  const row = prepared(db, 'INSERT INTO search_roots (root) VALUES (?) RETURNING id').get(root) as { id: number };
  return rangeOf(row.id);
}

/** The next free id of the root's block in a table whose INTEGER PRIMARY KEY is `id`. */
export function nextId(db: DatabaseSync, table: 'search_docs' | 'search_annotations', range: RootRange): number {
  const row = prepared(db, `SELECT max(id) AS id FROM ${table} WHERE id BETWEEN ? AND ?`).get(range.lo, range.hi) as {
    id: number | null;
  };
  const next = (row.id ?? range.lo) + 1;
  if (next > range.hi) throw new Error('search index: no row ids left for this library');
  return next;
}
