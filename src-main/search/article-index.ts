// Keeps the article text index in step with the library: upsert, remove and rename one article.
// Each call is idempotent and runs inside the caller's transaction (no BEGIN/COMMIT here).
import type { DatabaseSync } from 'node:sqlite';
import { clearPending } from './pending';
import { withoutMarks } from './snippet';
import { ensureRoot, nextId } from './roots';
import { prepared } from './statements';
import { markTermsStale, termsFresh, termsOf, updateTerms } from './terms';
import { deleteText, storedText, writeText } from './text-rows';

export interface IndexableArticle {
  readonly title: string;
  readonly paragraphs: readonly string[];
}

/** The folder of a library path: "europe/2022/a.txt" -> "europe/2022"; "" at the top level. */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function indexArticle(db: DatabaseSync, root: string, path: string, article: IndexableArticle): void {
  // A bulk run (articles catalogued first, indexed after) leaves the vocabulary to refreshTerms.
  const bulk = clearPending(db, root, path);
  if (bulk) markTermsStale(db);
  const counted = !bulk && termsFresh(db);
  const existing = prepared(db, 'SELECT id FROM search_docs WHERE root = ? AND path = ?').get(root, path) as
    { id: number } | undefined;
  let id: number;
  let before: ReadonlySet<string> = new Set();
  if (existing) {
    id = existing.id;
    if (counted) before = indexedTerms(db, id);
    deleteText(db, 'article', id);
  } else {
    id = nextId(db, 'search_docs', ensureRoot(db, root));
    prepared(db, 'INSERT INTO search_docs (id, root, path, folder) VALUES (?, ?, ?, ?)').run(
      id,
      root,
      path,
      folderOf(path),
    );
  }
  const title = withoutMarks(article.title);
  const body = withoutMarks(article.paragraphs.join('\n'));
  writeText(db, 'article', id, [title, body]);
  if (counted) updateTerms(db, before, termsOf(title, body));
}

/** The terms of the text indexed under `id` (none when there is none). */
function indexedTerms(db: DatabaseSync, id: number): Set<string> {
  const stored = storedText(db, 'article', id);
  return stored ? termsOf(...stored) : new Set();
}

export function removeArticle(db: DatabaseSync, root: string, path: string): void {
  clearPending(db, root, path);
  const row = prepared(db, 'DELETE FROM search_docs WHERE root = ? AND path = ? RETURNING id').get(root, path) as
    { id: number } | undefined;
  if (!row) return;
  if (termsFresh(db)) updateTerms(db, indexedTerms(db, row.id), new Set());
  deleteText(db, 'article', row.id);
}

/**
 * Moves an article's text and its annotations to a new path; whatever was indexed at `to` is replaced.
 * The page re-sends its annotations with the new id later; until then they follow the file.
 */
export function renameArticle(db: DatabaseSync, root: string, from: string, to: string): void {
  if (from === to) return;
  const source = prepared(db, 'SELECT id FROM search_docs WHERE root = ? AND path = ?').get(root, from);
  removeArticle(db, root, to);
  // Text still waiting to be indexed waits under the new name (after the old one at `to` is cleared).
  prepared(db, 'UPDATE OR REPLACE search_pending SET path = ? WHERE root = ? AND path = ?').run(to, root, from);
  if (!source) return;
  prepared(db, 'UPDATE search_docs SET path = ?, folder = ? WHERE root = ? AND path = ?').run(
    to,
    folderOf(to),
    root,
    from,
  );
  prepared(db, 'UPDATE search_annotations SET article_path = ? WHERE root = ? AND article_path = ?').run(
    to,
    root,
    from,
  );
  prepared(db, 'UPDATE search_annotation_tags SET article_path = ? WHERE root = ? AND article_path = ?').run(
    to,
    root,
    from,
  );
}
