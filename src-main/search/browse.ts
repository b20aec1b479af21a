// The library list without query text: one page of the root's articles in date or title order, and the
// count. Both walk the files indexes that createSearchSchema adds; nothing is sorted in memory. Grouped, a
// story's copies are one row (stories/story-grouping.ts), and the count counts stories.
import type { DatabaseSync } from 'node:sqlite';
import type { SearchFilters, SearchHit } from '../../src-preload/contract';
import { hiddenCopiesCte, NOT_HIDDEN } from '../stories/story-grouping';
import { filterSql } from './filters';
import { allRows, oneRow } from './statements';

export interface Page {
  readonly total: number;
  readonly hits: SearchHit[];
}

export interface FileRow {
  path: string;
  title: string | null;
  date: string | null;
  date_raw: string | null;
  domain: string | null;
}

/** Newest first, undated last (NULL sorts last in DESC), then title. */
export const ORDER_BY_DATE = 'f.date DESC, f.title COLLATE NOCASE, f.path';
export const ORDER_BY_TITLE = 'f.title COLLATE NOCASE, f.path';

export function browse(
  db: DatabaseSync,
  root: string,
  filters: SearchFilters,
  sort: 'date' | 'title',
  offset: number,
  limit: number,
  group = false,
): Page {
  const { conditions, params } = filterSql(filters);
  const where = ['f.root = :root', 'f.ok = 1', ...conditions].join(' AND ');
  const order = sort === 'title' ? ORDER_BY_TITLE : ORDER_BY_DATE;
  const hidden = group ? `WITH ${hiddenCopiesCte({ conditions, order })}` : '';
  const rows = allRows<FileRow>(
    db,
    `${hidden} SELECT f.path, f.title, f.date, f.date_raw, f.domain FROM files f
     WHERE ${group ? `${where} AND ${NOT_HIDDEN}` : where}
     ORDER BY ${order} LIMIT :limit OFFSET :offset`,
    { ...params, root, limit, offset },
  );
  const all =
    oneRow<{ n: number }>(db, `SELECT count(*) AS n FROM files f WHERE ${where}`, { ...params, root })?.n ?? 0;
  // Counted apart: the rows less the copies set aside reads only the stories' members, not every row twice.
  const copies = group
    ? (oneRow<{ n: number }>(db, `${hidden} SELECT count(*) AS n FROM hidden`, { ...params, root })?.n ?? 0)
    : 0;
  return { total: all - copies, hits: rows.map((row) => toHit(row, null, [])) };
}

export function toHit(
  row: FileRow,
  snippet: SearchHit['snippet'],
  matchedIn: SearchHit['matchedIn'],
  markedTitle: SearchHit['snippet'] = null,
): SearchHit {
  return {
    id: row.path,
    title: row.title ?? '',
    date: row.date,
    dateRaw: row.date_raw,
    domain: row.domain,
    snippet,
    markedTitle,
    matchedIn,
  };
}
