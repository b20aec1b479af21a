// search(): the analyst's query over one library root. Text is parsed (never passed to FTS5 raw),
// corrected where a word matches nothing, then ranked; without text it is the library list.
import type { DatabaseSync } from 'node:sqlite';
import type { SearchHit, SearchQuery, SearchResults } from '../../src-preload/contract';
import { browse, toHit } from './browse';
import { correctTerms } from './corrections';
import { countMatches } from './counts';
import { largeResults } from './large-results';
import { matchExpressions } from './match-expression';
import { parseQuery } from './query-parse';
import { matchedPage } from './ranked';
import { findRoot } from './roots';
import { hitDetail } from './snippet';
import { EXACT_LIMIT } from './weights';

/** A page is what a list shows at once; this only guards against a runaway request. */
const MAX_LIMIT = 1000;

function wholeNumber(value: number, max: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(Math.floor(value), 0), max) : 0;
}

export function search(db: DatabaseSync, root: string, query: SearchQuery): SearchResults {
  const started = performance.now();
  const offset = wholeNumber(query.offset, Number.MAX_SAFE_INTEGER);
  const limit = wholeNumber(query.limit, MAX_LIMIT);
  const { terms, corrections } = correctTerms(db, parseQuery(query.text));
  const expressions = matchExpressions(terms);
  const range = findRoot(db, root);
  let total = 0;
  let hits: SearchHit[] = [];
  if (expressions === null) {
    ({ total, hits } = browse(db, root, query.filters, query.sort === 'title' ? 'title' : 'date', offset, limit));
  } else if (range !== null) {
    const base = { root, lo: range.lo, hi: range.hi };
    const articleCount = countMatches(db, 'search_text', expressions.all, base);
    const page =
      articleCount <= EXACT_LIMIT
        ? matchedPage(db, { article: ':q', annotation: ':q', ranked: true }, { ...base, q: expressions.all }, query.filters, query.sort, offset, limit)
        : largeResults(db, expressions, articleCount, base, query.filters, query.sort, offset, limit);
    total = page.total;
    hits = page.rows.map((row) => {
      const detail = hitDetail(db, root, expressions.all, row.path);
      return toHit(row, detail.snippet, detail.matchedIn);
    });
  }
  return { total, offset, hits, corrections, elapsedMs: performance.now() - started };
}
