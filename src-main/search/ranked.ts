// One page of matched articles in SQL: the matches CTE joined to `files`, filtered, ordered, paged,
// with the total as a window count. Used for exact ranking and for the ranked head of large results.
import type { DatabaseSync } from 'node:sqlite';
import type { SearchFilters, SearchSort } from '../../src-preload/contract';
import { LIST_ORDERS, type FileRow } from './browse';
import { filterSql } from './filters';
import { matchesCte, type MatchSpec } from './matches-sql';
import { allRows, oneRow, type Params } from './statements';

const ORDERS: Record<SearchSort, string> = {
  relevance: 'm.score, f.date DESC, f.path',
  ...LIST_ORDERS,
};

export interface RowPage {
  readonly total: number;
  readonly rows: readonly FileRow[];
}

function fromClause(filters: SearchFilters): { sql: string; params: Params } {
  const { conditions, params } = filterSql(filters);
  const where = ['f.ok = 1', ...conditions].join(' AND ');
  return { sql: `FROM m CROSS JOIN files f ON f.root = :root AND f.path = m.path WHERE ${where}`, params };
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
): RowPage {
  const from = fromClause(filters);
  const rows = allRows<FileRow & { total: number }>(
    db,
    `${matchesCte(spec)} SELECT f.path, f.title, f.date, f.date_raw, f.domain, count(*) OVER () AS total
     ${from.sql} ORDER BY ${ORDERS[sort]} LIMIT :limit OFFSET :offset`,
    { ...from.params, ...params, limit, offset },
  );
  // A page past the end has no row to carry the count.
  const total = rows[0]?.total ?? (offset > 0 ? matchedCount(db, spec, params, filters) : 0);
  return { total, rows };
}

export function matchedCount(db: DatabaseSync, spec: MatchSpec, params: Params, filters: SearchFilters): number {
  const from = fromClause(filters);
  const sql = `${matchesCte({ ...spec, ranked: false })} SELECT count(*) AS n ${from.sql}`;
  return oneRow<{ n: number }>(db, sql, { ...from.params, ...params })?.n ?? 0;
}
