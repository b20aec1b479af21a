// Counts streamed from FTS5 doclists, never by probing the index once per article: a probe re-reads a
// prefix query's whole merged doclist, so it costs as much as the query itself.
import type { DatabaseSync } from 'node:sqlite';
import { NOTED } from './annotation-matches';
import { allRows, oneRow, type Params } from './statements';

/** Articles of the root (:lo..:hi) whose text matches :q. */
export function countMatches(db: DatabaseSync, params: Params): number {
  const sql = 'SELECT count(*) AS n FROM search_text WHERE search_text MATCH :q AND rowid BETWEEN :lo AND :hi';
  return oneRow<{ n: number }>(db, sql, params)?.n ?? 0;
}

/** Same, for an expression in :qt. */
export function countTitleMatches(db: DatabaseSync, params: Params): number {
  const sql = 'SELECT count(*) AS n FROM search_text WHERE search_text MATCH :qt AND rowid BETWEEN :lo AND :hi';
  return oneRow<{ n: number }>(db, sql, params)?.n ?? 0;
}

/** Listed articles with an annotation matching (:noted), and the id of their indexed text or NULL. */
const ANNOTATED = `SELECT d.id AS id FROM (${NOTED}) m
  CROSS JOIN files f ON f.root = :root AND f.path = m.path AND f.ok = 1
  LEFT JOIN search_docs d ON d.root = :root AND d.path = m.path`;

/** Articles matched through annotations alone: the analyst's words match, the article's text does not. */
export function annotationOnlyCount(db: DatabaseSync, params: Params): number {
  const annotated = allRows<{ id: number | null }>(db, ANNOTATED, params);
  const ids = annotated.flatMap((row) => (row.id === null ? [] : [row.id]));
  if (ids.length === 0) return annotated.length;
  // "+rowid" keeps the IN out of FTS5, which would otherwise run the match once per listed id.
  const both =
    oneRow<{ n: number }>(
      db,
      `SELECT count(*) AS n FROM search_text WHERE search_text MATCH :q AND rowid BETWEEN :first AND :last
       AND +rowid IN (SELECT value FROM json_each(:ids))`,
      { ...params, first: Math.min(...ids), last: Math.max(...ids), ids: JSON.stringify(ids) },
    )?.n ?? 0;
  return annotated.length - both;
}
