// Articles catalogued but not yet in the text index: the first read of a large folder lists every file
// first and indexes their text after, and a restart finishes what a closed app left unindexed.
import type { DatabaseSync } from 'node:sqlite';
import { prepared } from './statements';

export function markForIndex(db: DatabaseSync, root: string, path: string): void {
  prepared(db, 'INSERT OR IGNORE INTO search_pending (root, path) VALUES (?, ?)').run(root, path);
}

/** True when the path was waiting: it is being indexed as part of a bulk run. */
export function clearPending(db: DatabaseSync, root: string, path: string): boolean {
  return prepared(db, 'DELETE FROM search_pending WHERE root = ? AND path = ?').run(root, path).changes > 0;
}

/** The paths waiting to be indexed, in path order (files of one folder are read together). */
export function pendingPaths(db: DatabaseSync, root: string): string[] {
  const statement = prepared(db, 'SELECT path FROM search_pending WHERE root = ? ORDER BY path');
  return (statement.all(root) as { path: string }[]).map((row) => row.path);
}

export function pendingCount(db: DatabaseSync, root: string): number {
  return (prepared(db, 'SELECT count(*) AS n FROM search_pending WHERE root = ?').get(root) as { n: number }).n;
}
