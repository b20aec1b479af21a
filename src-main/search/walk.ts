// Large result sets in date or title order: the match is streamed once into a temporary set, then the
// files index is walked in that order, keeping members, so a page never sorts all the matches. Grouped, a
// story's copies are one row (stories/story-grouping.ts).
import type { DatabaseSync } from 'node:sqlite';
import type { SearchFilters } from '../../src-preload/contract';
import { ORDER_BY_DATE, ORDER_BY_TITLE, type FileRow } from './browse';
import { hiddenCopiesCte, NOT_HIDDEN } from '../stories/story-grouping';
import { filterSql } from './filters';
import { NOTED } from './annotation-matches';
import { allRows, oneRow, type Params } from './statements';

/** Articles whose text matches :q or with an annotation that matches (:noted), in date or title order. */
export function walkPage(
  db: DatabaseSync,
  params: Params,
  filters: SearchFilters,
  sort: 'date' | 'title',
  offset: number,
  limit: number,
  group = false,
): FileRow[] {
  const { conditions, params: filterParams } = filterSql(filters);
  const order = sort === 'title' ? ORDER_BY_TITLE : ORDER_BY_DATE;
  const index = sort === 'title' ? 'search_files_title' : 'search_files_date';
  // A bulk load sets the index aside (schema.ts); the walk then sorts instead.
  const indexed = oneRow(db, "SELECT 1 AS found FROM sqlite_schema WHERE type = 'index' AND name = :index", { index })
    ? `INDEXED BY ${index}`
    : '';
  // "+d.id" stops SQLite from driving the walk by the IN list; the set is built once per query.
  const member = `(+d.id IN (SELECT id FROM hits) OR f.path IN (SELECT path FROM (${NOTED})))`;
  const where = ['f.root = :root', 'f.ok = 1', ...conditions, member, ...(group ? [NOT_HIDDEN] : [])].join(' AND ');
  const joins = 'LEFT JOIN search_docs d ON d.root = :root AND d.path = f.path';
  const hidden = group ? `, ${hiddenCopiesCte({ joins, conditions: [...conditions, member], order })}` : '';
  return allRows<FileRow>(
    db,
    `WITH hits AS MATERIALIZED (
       SELECT rowid AS id FROM search_text WHERE search_text MATCH :q AND rowid BETWEEN :lo AND :hi
     )${hidden}
     SELECT f.path, f.title, f.date, f.date_raw, f.domain FROM files f ${indexed} ${joins}
     WHERE ${where} ORDER BY ${order} LIMIT :limit OFFSET :offset`,
    { ...filterParams, ...params, limit, offset },
  );
}

/**
 * The unranked rest of a large relevance result: matches of :qr, most recently indexed first, straight
 * from the doclist in rowid order (LIMIT stops the stream), leaving out articles with matching annotations.
 * Grouped, a story is listed by its copy in the head (`head`: SQL true of a head row's d and f) when it has
 * one there, else by its first copy in this order.
 */
export function tailPage(
  db: DatabaseSync,
  params: Params,
  filters: SearchFilters,
  offset: number,
  limit: number,
  head: string | null = null,
): FileRow[] {
  const { conditions, params: filterParams } = filterSql(filters);
  const notNoted = `d.path NOT IN (SELECT path FROM (${NOTED}))`;
  const where = ['f.ok = 1', ...conditions, notNoted, ...(head === null ? [] : [NOT_HIDDEN])].join(' AND ');
  const matchesRest =
    'd.id IN (SELECT rowid FROM search_text WHERE search_text MATCH :qr AND rowid BETWEEN :lo AND :hi)';
  const hidden =
    head === null
      ? ''
      : `WITH ${hiddenCopiesCte({
          joins: 'CROSS JOIN search_docs d ON d.root = :root AND d.path = f.path',
          conditions: [...conditions, `(${head} OR (${matchesRest} AND ${notNoted}))`],
          order: `(${head}) DESC, d.id DESC`,
        })}`;
  return allRows<FileRow>(
    db,
    `${hidden} SELECT f.path, f.title, f.date, f.date_raw, f.domain
     FROM search_text CROSS JOIN search_docs d ON d.id = search_text.rowid
       CROSS JOIN files f ON f.root = :root AND f.path = d.path
     WHERE search_text MATCH :qr AND search_text.rowid BETWEEN :lo AND :hi AND ${where}
     ORDER BY search_text.rowid DESC LIMIT :limit OFFSET :offset`,
    { ...filterParams, ...params, limit, offset },
  );
}
