// search(): the analyst's query over one library root. Text is parsed (never passed to FTS5 raw),
// corrected when it matches nothing, then ranked; without text it is the library list.
import type { DatabaseSync } from 'node:sqlite';
import type { SearchHit, SearchQuery, SearchResults } from '../../src-preload/contract';
import { annotationMatches } from './annotation-matches';
import { browse, toHit } from './browse';
import { correctTerms, type Correction } from './corrections';
import { annotationOnlyCount, countMatches } from './counts';
import { hasFilters } from './filters';
import { largeResults } from './large-results';
import { matchExpressions, type MatchExpressions } from './match-expression';
import { parseQuery } from './query-parse';
import { matchedPage, type RowPage } from './ranked';
import { findRoot, type RootRange } from './roots';
import { pageDetails } from './snippet';
import type { Params } from './statements';
import { topRanked } from './top-ranked';
import { EXACT_LIMIT } from './weights';

/** A page is what a list shows at once; this only guards against a runaway request. */
const MAX_LIMIT = 1000;

export interface SearchOptions {
  /** Matches ranked exactly before the large-result strategy takes over; tests lower it. */
  readonly exactLimit?: number;
}

function wholeNumber(value: number, max: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(Math.floor(value), 0), max) : 0;
}

interface Matched {
  readonly expressions: MatchExpressions;
  readonly params: Params;
  readonly articleCount: number;
}

function match(db: DatabaseSync, root: string, range: RootRange, expressions: MatchExpressions): Matched {
  const scope = { root, lo: range.lo, hi: range.hi, q: expressions.all };
  const params = { ...scope, noted: annotationMatches(db, scope) };
  return { expressions, params, articleCount: countMatches(db, params) };
}

const nothingMatched = (m: Matched): boolean => m.articleCount === 0 && m.params.noted === '{}';

export function search(db: DatabaseSync, root: string, query: SearchQuery, options: SearchOptions = {}): SearchResults {
  const started = performance.now();
  const offset = wholeNumber(query.offset, Number.MAX_SAFE_INTEGER);
  const limit = wholeNumber(query.limit, MAX_LIMIT);
  const terms = parseQuery(query.text);
  const expressions = matchExpressions(terms);
  const range = findRoot(db, root);
  let corrections: Correction[] = [];
  let total = 0;
  let hits: SearchHit[] = [];
  if (expressions === null) {
    ({ total, hits } = browse(db, root, query.filters, query.sort === 'title' ? 'title' : 'date', offset, limit));
  } else if (range !== null) {
    let matched = match(db, root, range, expressions);
    // Words are only corrected when the query finds nothing; then only the words that match nothing.
    if (nothingMatched(matched)) {
      const corrected = correctTerms(db, terms);
      const correctedExpressions = matchExpressions(corrected.terms);
      if (corrected.corrections.length > 0 && correctedExpressions !== null) {
        corrections = corrected.corrections;
        matched = match(db, root, range, correctedExpressions);
      }
    }
    const page = pageOf(db, matched, query, options.exactLimit ?? EXACT_LIMIT, offset, limit);
    total = page.total;
    const details = pageDetails(
      db,
      matched.params,
      page.rows.map((row) => row.path),
      !matched.expressions.prefix,
    );
    hits = page.rows.map((row) => {
      const detail = details.get(row.path);
      return toHit(row, detail?.snippet ?? [], detail?.matchedIn ?? [], detail?.title ?? null);
    });
  }
  return { total, offset, hits, corrections, elapsedMs: performance.now() - started };
}

function pageOf(
  db: DatabaseSync,
  m: Matched,
  query: SearchQuery,
  exactLimit: number,
  offset: number,
  limit: number,
): RowPage {
  const { filters, sort } = query;
  if (m.articleCount <= exactLimit) {
    if (sort !== 'relevance' || hasFilters(filters)) {
      return matchedPage(db, { article: ':q', annotation: true, ranked: true }, m.params, filters, sort, offset, limit);
    }
    // Unfiltered, every match is listed: the total is the doclist count plus annotation-only matches.
    const top = topRanked(db, ':q', m.params, offset, limit);
    return { total: m.articleCount + annotationOnlyCount(db, m.params), rows: top.rows };
  }
  const large = { expressions: m.expressions, articleCount: m.articleCount, base: m.params, filters, sort, exactLimit };
  return largeResults(db, large, offset, limit);
}
