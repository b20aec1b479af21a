// Keeps the article text index in step with the library: upsert, remove and rename one article.
// Each call is idempotent and runs inside the caller's transaction (no BEGIN/COMMIT here).
import type { DatabaseSync } from 'node:sqlite';
import { clearPending } from './pending';
import { withoutMarks } from './snippet';
import { ensureRoot, nextId } from './roots';
import { prepared } from './statements';

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
  const existing = prepared(db, 'SELECT id FROM search_docs WHERE root = ? AND path = ?').get(root, path) as
    | { id: number }
    | undefined;
  let id: number;
  if (existing) {
    id = existing.id;
    prepared(db, 'DELETE FROM search_text WHERE rowid = ?').run(id);
  } else {
    id = nextId(db, 'search_docs', ensureRoot(db, root));
    prepared(db, 'INSERT INTO search_docs (id, root, path, folder) VALUES (?, ?, ?, ?)').run(id, root, path, folderOf(path));
  }
  prepared(db, 'INSERT INTO search_text (rowid, title, body) VALUES (?, ?, ?)').run(
    id,
    withoutMarks(article.title),
    withoutMarks(article.paragraphs.join('\n')),
  );
  clearPending(db, root, path);
}

export function removeArticle(db: DatabaseSync, root: string, path: string): void {
  const row = prepared(db, 'DELETE FROM search_docs WHERE root = ? AND path = ? RETURNING id').get(root, path) as
    | { id: number }
    | undefined;
  if (row) prepared(db, 'DELETE FROM search_text WHERE rowid = ?').run(row.id);
  clearPending(db, root, path);
}

/**
 * Moves an article's text and its annotations to a new path; whatever was indexed at `to` is replaced.
 * The page re-sends its annotations with the new id later; until then they follow the file.
 */
export function renameArticle(db: DatabaseSync, root: string, from: string, to: string): void {
  if (from === to) return;
  prepared(db, 'UPDATE OR REPLACE search_pending SET path = ? WHERE root = ? AND path = ?').run(to, root, from);
  const source = prepared(db, 'SELECT id FROM search_docs WHERE root = ? AND path = ?').get(root, from);
  if (!source) return;
  removeArticle(db, root, to);
  prepared(db, 'UPDATE search_docs SET path = ?, folder = ? WHERE root = ? AND path = ?').run(to, folderOf(to), root, from);
  prepared(db, 'UPDATE search_annotations SET article_path = ? WHERE root = ? AND article_path = ?').run(to, root, from);
  prepared(db, 'UPDATE search_annotation_tags SET article_path = ? WHERE root = ? AND article_path = ?').run(to, root, from);
}
