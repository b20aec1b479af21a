// The library list by source grade without query text, at any size: the articles are counted per outlet
// once (a walk of the list index), the counts summed per grade, and the page read grade by grade, each
// grade's articles newest first straight from the date index; nothing is sorted in memory.
import type { DatabaseSync } from 'node:sqlite';
import type { SearchFilters } from '../../src-preload/contract';
import { RELIABILITIES } from '../../src-shared/sources/grades';
import { ORDER_BY_DATE, toHit, type FileRow, type Page } from './browse';
import { filterSql } from './filters';
import { allRows } from './statements';

const UNGRADED_RANK = RELIABILITIES.length - 1;

/** The articles of one grade's rank, as a condition on `files f` (the last rank: F and the ungraded). */
function rankCondition(rank: number): string {
  return rank === UNGRADED_RANK
    ? `(f.domain IS NULL OR lower(f.domain) NOT IN (SELECT domain FROM source_grades WHERE rank < ${UNGRADED_RANK}))`
    : `lower(f.domain) IN (SELECT domain FROM source_grades WHERE rank = ${rank})`;
}

/** How many of the listed articles each rank holds, A (0) to F (5). */
function countsByRank(db: DatabaseSync, where: string, params: Record<string, string | number>): number[] {
  const perOutlet = allRows<{ rank: number | null; n: number }>(
    db,
    `SELECT (SELECT g.rank FROM source_grades g WHERE g.domain = lower(o.domain)) AS rank, o.n AS n
     FROM (SELECT f.domain AS domain, count(*) AS n FROM files f WHERE ${where} GROUP BY f.domain) o`,
    params,
  );
  const counts = RELIABILITIES.map(() => 0);
  for (const { rank, n } of perOutlet) counts[rank ?? UNGRADED_RANK] = (counts[rank ?? UNGRADED_RANK] ?? 0) + n;
  return counts;
}

/** One page of the list in grade order (A first, the ungraded last; newest first within a grade), and the total. */
export function browseByGrade(
  db: DatabaseSync,
  root: string,
  filters: SearchFilters,
  offset: number,
  limit: number,
): Page {
  const { conditions, params } = filterSql(filters);
  const where = ['f.root = :root', 'f.ok = 1', ...conditions].join(' AND ');
  const counts = countsByRank(db, where, { ...params, root });
  const rows: FileRow[] = [];
  let skip = offset;
  for (const [rank, count] of counts.entries()) {
    if (rows.length >= limit) break;
    if (skip >= count) {
      skip -= count;
      continue;
    }
    rows.push(
      ...allRows<FileRow>(
        db,
        `SELECT f.path, f.title, f.date, f.date_raw, f.domain FROM files f WHERE ${where} AND ${rankCondition(rank)}
         ORDER BY ${ORDER_BY_DATE} LIMIT :limit OFFSET :offset`,
        { ...params, root, limit: limit - rows.length, offset: skip },
      ),
    );
    skip = 0;
  }
  return { total: counts.reduce((sum, n) => sum + n, 0), hits: rows.map((row) => toHit(row, null, [])) };
}
