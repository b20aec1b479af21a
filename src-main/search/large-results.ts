// Result sets too large to rank exactly within a keystroke's budget (more than EXACT_LIMIT articles).
// Relevance: articles with every word in the title, and those whose annotations match, ranked by bm25;
// then the other matches, most recently indexed first. Date and title order walk the files index.
// Totals stay exact: the doclist count, plus articles matched through annotations alone.
import type { DatabaseSync } from 'node:sqlite';
import type { SearchFilters, SearchSort } from '../../src-preload/contract';
import type { FileRow } from './browse';
import { annotationOnlyCount, countTitleMatches } from './counts';
import { hasFilters } from './filters';
import { NOTED } from './annotation-matches';
import type { MatchExpressions } from './match-expression';
import { matchedCount, matchedPage, type RowPage } from './ranked';
import type { Params } from './statements';
import { topRanked } from './top-ranked';
import { tailPage, walkPage } from './walk';
import { EXACT_LIMIT } from './weights';

export interface LargeQuery {
  readonly expressions: MatchExpressions;
  /** Matches of expressions.all in article text, already counted. */
  readonly articleCount: number;
  /** root, lo, hi, noted. */
  readonly base: Params;
  readonly filters: SearchFilters;
  readonly sort: SearchSort;
  readonly exactLimit?: number;
  /** One row per story (stories/story-grouping.ts); the total counts stories. */
  readonly group?: boolean;
}

export function largeResults(db: DatabaseSync, query: LargeQuery, offset: number, limit: number): RowPage {
  const { expressions, filters } = query;
  const group = query.group ?? false;
  const exactLimit = query.exactLimit ?? EXACT_LIMIT;
  const params: Params = { ...query.base, q: expressions.all, qt: expressions.title, qr: expressions.rest };
  const total =
    hasFilters(filters) || group
      ? matchedCount(db, { article: ':q', annotation: true, ranked: false }, params, filters, group)
      : query.articleCount + annotationOnlyCount(db, params);
  if (query.sort !== 'relevance') {
    return { total, rows: walkPage(db, params, filters, query.sort, offset, limit, group) };
  }

  const titles = countTitleMatches(db, params) <= exactLimit;
  const headSpec = { article: titles ? ':qt' : null, annotation: true, ranked: true };
  const head =
    hasFilters(filters) || group
      ? matchedPage(db, headSpec, params, filters, 'relevance', offset, limit, group)
      : topRanked(db, headSpec.article, params, offset, limit);
  const rows: FileRow[] = [...head.rows];
  // A short head page is the head's last: topRanked then knows its total.
  if (rows.length < limit) {
    const tailParams = titles ? params : { ...params, qr: expressions.all };
    const noted = `f.path IN (SELECT path FROM (${NOTED}))`;
    const titleMatch = 'SELECT rowid FROM search_text WHERE search_text MATCH :qt AND rowid BETWEEN :lo AND :hi';
    const inHead = titles ? `(${noted} OR d.id IN (${titleMatch}))` : noted;
    const tailOffset = Math.max(0, offset - (head.total ?? 0));
    rows.push(...tailPage(db, tailParams, filters, tailOffset, limit - rows.length, group ? inHead : null));
  }
  return { total, rows };
}
