// One page of matched articles in SQL: the matches CTE joined to `files`, filtered, ordered, paged,
// with the total as a window count. Used for exact ranking and for the ranked head of large results. Grouped,
// a story's copies are one row, its best-ranked matching copy (stories/story-grouping.ts).
import type { DatabaseSync } from 'node:sqlite';
import type { SearchFilters, SearchSort } from '../../src-preload/contract';
import { ORDER_BY_DATE, ORDER_BY_TITLE, type FileRow } from './browse';
import { hiddenCopiesCte, NOT_HIDDEN } from '../stories/story-grouping';
import { filterSql } from './filters';
import { matchesCte, type MatchSpec } from './matches-sql';
import { allRows, oneRow, type Params } from './statements';

const ORDERS: Record<SearchSort, string> = {
  relevance: 'm.score, f.date DESC, f.path',
  date: ORDER_BY_DATE,
  title: ORDER_BY_TITLE,
};

export interface RowPage {
  readonly total: number;
  readonly rows: readonly FileRow[];
}

interface From {
  /** ", hidden AS (...)" to add to the matches CTE when grouped, else "". */
  readonly hidden: string;
  readonly sql: string;
  readonly params: Params;
}

function fromClause(filters: SearchFilters, sort: SearchSort, group: boolean): From {
  const { conditions, params } = filterSql(filters);
  const where = ['f.ok = 1', ...conditions, ...(group ? [NOT_HIDDEN] : [])].join(' AND ');
  const hidden = group
    ? `, ${hiddenCopiesCte({ joins: 'CROSS JOIN m ON m.path = f.path', conditions, order: ORDERS[sort] })}`
    : '';
  return { hidden, sql: `FROM m CROSS JOIN files f ON f.root = :root AND f.path = m.path WHERE ${where}`, params };
}

/** `params` binds root, lo, hi and the expressions that `spec` names. */
export function matchedPage(
  db: DatabaseSync,
  spec: MatchSpec,
  params: Params,
  filters: SearchFilters,
  sort: SearchSort,
  offset: number,
  limit: number,
  group = false,
): RowPage {
  const from = fromClause(filters, sort, group);
  const rows = allRows<FileRow & { total: number }>(
    db,
    `${matchesCte(spec)}${from.hidden} SELECT f.path, f.title, f.date, f.date_raw, f.domain, count(*) OVER () AS total
     ${from.sql} ORDER BY ${ORDERS[sort]} LIMIT :limit OFFSET :offset`,
    { ...from.params, ...params, limit, offset },
  );
  // A page past the end has no row to carry the count.
  const total = rows[0]?.total ?? (offset > 0 ? matchedCount(db, spec, params, filters, group) : 0);
  return { total, rows };
}

/** How many rows the match lists (grouped: stories and articles with no copy). */
export function matchedCount(
  db: DatabaseSync,
  spec: MatchSpec,
  params: Params,
  filters: SearchFilters,
  group = false,
): number {
  // Which copy stands for a story does not change how many stories there are: any order will do.
  const from = fromClause(filters, 'title', group);
  const sql = `${matchesCte({ ...spec, ranked: false })}${from.hidden} SELECT count(*) AS n ${from.sql}`;
  return oneRow<{ n: number }>(db, sql, { ...from.params, ...params })?.n ?? 0;
}
