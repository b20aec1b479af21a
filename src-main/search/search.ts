// search(): the analyst's query over one library root. Text is parsed (never passed to FTS5 raw),
// corrected when it matches nothing, then ranked; without text it is the library list. Every hit of an
// article with copies carries its story, and groupStories lists one row per story (stories/).
import type { DatabaseSync } from 'node:sqlite';
import type { SearchHit, SearchQuery, SearchResults } from '../../src-preload/contract';
import { coverage } from './coverage';
import { annotationMatches } from './annotation-matches';
import { browse, toHit } from './browse';
import { correctTerms, type Correction } from './corrections';
import { annotationOnlyCount, countMatches } from './counts';
import { hasFilters, type QueryFilters } from './filters';
import { largeResults } from './large-results';
import { matchExpressions, type MatchExpressions } from './match-expression';
import { parseQuery } from './query-parse';
import { shapeOf } from './query-shape';
import { matchedPage, type RowPage } from './ranked';
import { findRoot, type RootRange } from './roots';
import { pageDetails } from './snippet';
import { storiesKept } from '../stories/story-grouping';
import { storyTags } from '../stories/story-queries';
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
  // title: looks in titles only: the analyst's annotations have none.
  const params = { ...scope, noted: expressions.titleOnly ? '{}' : annotationMatches(db, scope) };
  return { expressions, params, articleCount: countMatches(db, params) };
}

const nothingMatched = (m: Matched): boolean => m.articleCount === 0 && m.params.noted === '{}';

export function search(db: DatabaseSync, root: string, query: SearchQuery, options: SearchOptions = {}): SearchResults {
  const started = performance.now();
  const offset = wholeNumber(query.offset, Number.MAX_SAFE_INTEGER);
  const limit = wholeNumber(query.limit, MAX_LIMIT);
  let parsed = parseQuery(query.text);
  const filters: QueryFilters = { ...query.filters, sourceWords: parsed.sources, languageWords: parsed.languages };
  const range = findRoot(db, root);
  let corrections: Correction[] = [];
  let total = 0;
  let hits: SearchHit[] = [];
  let expressions = matchExpressions(parsed);
  const stories = storiesKept(db);
  const group = stories && query.groupStories === true;
  if (expressions === null && !parsed.onlyExcluded) {
    ({ total, hits } = browse(db, root, filters, query.sort === 'title' ? 'title' : 'date', offset, limit, group));
  } else if (expressions !== null && range !== null) {
    let matched = match(db, root, range, expressions);
    // Words are only corrected when the query finds nothing; then only the words that match nothing.
    if (nothingMatched(matched)) {
      const corrected = correctTerms(db, parsed);
      const correctedExpressions = matchExpressions(corrected.parsed);
      if (corrected.corrections.length > 0 && correctedExpressions !== null) {
        corrections = corrected.corrections;
        parsed = corrected.parsed;
        expressions = correctedExpressions;
        matched = match(db, root, range, correctedExpressions);
      }
    }
    const page = pageOf(db, matched, { ...query, filters }, options.exactLimit ?? EXACT_LIMIT, offset, limit, group);
    total = page.total;
    // Snippets mark matches in article text and annotations alike, which have no title column.
    const details = pageDetails(
      db,
      { ...matched.params, q: matched.expressions.marks },
      page.rows.map((row) => row.path),
      !matched.expressions.prefix,
    );
    hits = page.rows.map((row) => {
      const detail = details.get(row.path);
      return toHit(row, detail?.snippet ?? [], detail?.matchedIn ?? [], detail?.title ?? null);
    });
  }
  if (stories) hits = withStories(db, root, hits);
  const searching = expressions !== null || parsed.onlyExcluded;
  return {
    total,
    offset,
    hits,
    corrections,
    elapsedMs: performance.now() - started,
    problems: parsed.problems,
    shape: shapeOf(parsed),
    partial: searching ? coverage(db, root) : null,
  };
}

/** The page's hits, each with the story it is a copy in (when it has copies). */
function withStories(db: DatabaseSync, root: string, hits: SearchHit[]): SearchHit[] {
  const tags = storyTags(
    db,
    root,
    hits.map((hit) => hit.id),
  );
  if (tags.size === 0) return hits;
  return hits.map((hit) => {
    const story = tags.get(hit.id);
    return story ? { ...hit, story } : hit;
  });
}

function pageOf(
  db: DatabaseSync,
  m: Matched,
  query: SearchQuery & { readonly filters: QueryFilters },
  exactLimit: number,
  offset: number,
  limit: number,
  group: boolean,
): RowPage {
  const { filters, sort } = query;
  if (m.articleCount <= exactLimit) {
    if (sort !== 'relevance' || hasFilters(filters) || group) {
      const spec = { article: ':q', annotation: true, ranked: true };
      return matchedPage(db, spec, m.params, filters, sort, offset, limit, group);
    }
    // Unfiltered, every match is listed: the total is the doclist count plus annotation-only matches.
    const top = topRanked(db, ':q', m.params, offset, limit);
    return { total: m.articleCount + annotationOnlyCount(db, m.params), rows: top.rows };
  }
  const large = {
    expressions: m.expressions,
    articleCount: m.articleCount,
    base: m.params,
    filters,
    sort,
    exactLimit,
    group,
  };
  return largeResults(db, large, offset, limit);
}
