// How much of a library a search could look in: while the text of a first read is still being indexed,
// the articles listed but not yet searchable, so the page can say the results are partial.
import type { DatabaseSync } from 'node:sqlite';
import type { SearchCoverage } from '../../src-preload/contract';
import { pendingCount } from './pending';
import { oneRow } from './statements';

/** null when every listed article's text is indexed. */
export function coverage(db: DatabaseSync, root: string): SearchCoverage | null {
  const pending = pendingCount(db, root);
  if (pending === 0) return null;
  const articles = oneRow<{ n: number }>(db, 'SELECT count(*) AS n FROM files WHERE root = :root AND ok = 1', {
    root,
  })?.n;
  const total = Math.max(articles ?? 0, pending);
  return { indexed: total - pending, articles: total };
}
