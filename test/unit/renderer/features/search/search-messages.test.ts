// The words around results: the share of the library searched while indexing, advice that fits the query
// when nothing matches, and a reversed date range said plainly.
import { describe, expect, it } from 'vitest';
import type { QueryShape } from '../../../../../src-preload/contract';
import {
  noResultsAdvice,
  reversedDates,
  searchedPercent,
} from '../../../../../src-renderer/src/features/search/search-messages';

const shape = (over: Partial<QueryShape>): QueryShape => ({
  words: 1,
  phrases: 0,
  excluded: 0,
  alternatives: false,
  near: false,
  fields: [],
  sources: [],
  ...over,
});

describe('searchedPercent', () => {
  it('rounds down and never says 100 while text is waiting', () => {
    expect(searchedPercent({ indexed: 12_800, articles: 27_800 })).toBe(46);
    expect(searchedPercent({ indexed: 27_799, articles: 27_800 })).toBe(99);
    expect(searchedPercent({ indexed: 0, articles: 0 })).toBe(0);
  });
});

describe('noResultsAdvice', () => {
  it('says a partial search may find more, before anything else', () => {
    expect(noResultsAdvice(shape({}), { indexed: 1, articles: 4 }, 0)[0]).toContain('Only 25% of the library');
  });

  it('fits the advice to what the query asked for', () => {
    expect(noResultsAdvice(shape({ words: 3 }), null, 0)).toEqual([
      expect.stringContaining('Every word must match: try fewer words, or OR'),
    ]);
    expect(noResultsAdvice(shape({ words: 2, alternatives: true }), null, 0)).toEqual([]);
    expect(noResultsAdvice(shape({ words: 0, phrases: 1 }), null, 0)[0]).toContain('quoted phrase');
    expect(noResultsAdvice(shape({ words: 2, near: true }), null, 0)[0]).toContain('NEAR(a b, 30)');
    expect(noResultsAdvice(shape({ fields: ['title'] }), null, 0)[0]).toContain('title: looks in titles only');
    expect(noResultsAdvice(shape({ words: 0, fields: ['source'], sources: ['tass'] }), null, 0)).toEqual([
      'No article’s source holds “tass”: the Source filter lists the sources there are.',
    ]);
    expect(noResultsAdvice(shape({ excluded: 1 }), null, 0)[0]).toContain('Excluded words');
    expect(noResultsAdvice(shape({}), null, 0)).toEqual([expect.stringContaining('Check the spelling')]);
  });

  it('names the filters first when some are set, and gives at most two pieces', () => {
    const advice = noResultsAdvice(shape({ words: 2, phrases: 1 }), null, 2);
    expect(advice).toHaveLength(2);
    expect(advice[0]).toContain('filters');
    expect(noResultsAdvice(null, null, 0)).toEqual([]);
  });
});

describe('reversedDates', () => {
  it('says when from is after to, and nothing otherwise', () => {
    expect(reversedDates({ dateFrom: '2024-05-01', dateTo: '2024-03-01' })).toBe(
      '“From” (2024-05-01) is after “to” (2024-03-01): showing articles dated between them.',
    );
    expect(reversedDates({ dateFrom: '2024-03-01', dateTo: '2024-03-01' })).toBeNull();
    expect(reversedDates({ dateFrom: '2024-05-01' })).toBeNull();
  });
});
