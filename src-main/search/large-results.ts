// Result sets too large to rank exactly within a keystroke's budget. Relevance: articles with every
// word in the title, and articles whose annotations match, ranked by bm25; then the other matches,
// newest first. Date and title order walk the files index. Totals stay exact.
import type { DatabaseSync } from 'node:sqlite';
import type { SearchFilters, SearchSort } from '../../src-preload/contract';
import { hasFilters, type Params } from './filters';
import type { MatchExpressions } from './match-expression';
import { matchedCount, matchedPage, type RowPage } from './ranked';
import { annotationOnlyCount, countMatches } from './counts';
import { walkPage } from './walk';
import { EXACT_LIMIT } from './weights';

export function largeResults(
  db: DatabaseSync,
  expressions: MatchExpressions,
  /** Matches of expressions.all in article text, already counted. */
  articleCount: number,
  base: Params,
  filters: SearchFilters,
  sort: SearchSort,
  offset: number,
  limit: number,
): RowPage {
  const params = { ...base, q: expressions.all };
  const total = hasFilters(filters)
    ? matchedCount(db, { article: ':q', annotation: ':q', ranked: false }, params, filters)
    : articleCount + annotationOnlyCount(db, params);
  if (sort !== 'relevance') {
    const rows = walkPage(db, { article: ':q', annotation: ':q', excludeAnnotated: false }, params, filters, sort, offset, limit);
    return { total, rows };
  }
  const titles = countMatches(db, 'search_text', expressions.title, base) <= EXACT_LIMIT;
  const headParams = titles ? { ...params, qt: expressions.title } : params;
  const head = matchedPage(db, { article: titles ? ':qt' : null, annotation: ':q', ranked: true }, headParams, filters, 'relevance', offset, limit);
  const headTotal = head.total;
  const tailOffset = Math.max(0, offset - headTotal);
  const tailLimit = limit - head.rows.length;
  if (tailLimit <= 0) return { total, rows: head.rows };
  const tailParams = titles ? { ...base, qr: expressions.rest, q: expressions.all } : params;
  const tail = walkPage(db, { article: titles ? ':qr' : ':q', annotation: ':q', excludeAnnotated: true }, tailParams, filters, 'date', tailOffset, tailLimit);
  return { total, rows: [...head.rows, ...tail] };
}
