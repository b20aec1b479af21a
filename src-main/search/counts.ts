// Cheap counts straight from an FTS5 doclist: no rank, no row lookups.
import type { DatabaseSync } from 'node:sqlite';
import type { Params } from './filters';
import { annotationSelect } from './matches-sql';
import { prepared } from './statements';

export function countMatches(db: DatabaseSync, table: 'search_text' | 'search_annotation_text', expression: string, range: Params): number {
  const sql = `SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH :q AND rowid BETWEEN :lo AND :hi`;
  return (prepared(db, sql).get({ q: expression, lo: range.lo ?? 0, hi: range.hi ?? 0 }) as { n: number }).n;
}

/** Articles matched through annotations alone: the analyst's words match, the article's text does not. */
export function annotationOnlyCount(db: DatabaseSync, params: Params): number {
  const sql = `SELECT count(*) AS n FROM (${annotationSelect(':q', false)}) m
    CROSS JOIN files f ON f.root = :root AND f.path = m.path
    WHERE f.ok = 1 AND NOT EXISTS (SELECT 1 FROM search_docs d CROSS JOIN search_text ON search_text.rowid = d.id
      WHERE d.root = :root AND d.path = m.path AND search_text MATCH :q)`;
  return (prepared(db, sql).get(params) as { n: number }).n;
}
