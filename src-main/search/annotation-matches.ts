// The articles whose annotations match the query, found once per search (the analyst's annotations are
// far fewer than the articles) and handed to the article queries as a JSON object {path: best bm25}.
import type { DatabaseSync } from 'node:sqlite';
import { allRows, type Params } from './statements';

/** JSON text of {article path: best (lowest) bm25 of its matching annotations}, for :noted. */
export function annotationMatches(db: DatabaseSync, params: Params): string {
  const rows = allRows<{ path: string; score: number }>(
    db,
    `SELECT a.article_path AS path, min(search_annotation_text.rank) AS score
     FROM search_annotation_text CROSS JOIN search_annotations a ON a.id = search_annotation_text.rowid
     WHERE search_annotation_text MATCH :q AND search_annotation_text.rowid BETWEEN :lo AND :hi
     GROUP BY a.article_path`,
    params,
  );
  return JSON.stringify(Object.fromEntries(rows.map((row) => [row.path, row.score])));
}

/** SQL rows (path, score) of :noted. */
export const NOTED = 'SELECT key AS path, value AS score FROM json_each(:noted)';
