// Result sets above the exact-ranking limit take another path (large-results.ts); with the limit lowered,
// the fixture library exercises it: the same articles and totals, title and annotation matches first.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SearchFilters, SearchQuery, SearchSort } from '../../../../src-preload/contract';
import { search, setAnnotations } from '../../../../src-main/search/search-index';
import { FixtureLibrary, ROOT, withFixtureLibrary } from './search-fixture';
import { searchQuery as query } from '../../../support/search-query';

let lib: FixtureLibrary;
const large = (q: SearchQuery): ReturnType<typeof search> => search(lib.db, ROOT, q, { exactLimit: 1 });
const exact = (q: SearchQuery): ReturnType<typeof search> => search(lib.db, ROOT, q);

withFixtureLibrary((opened) => (lib = opened));
beforeEach(() => {
  setAnnotations(lib.db, ROOT, [
    {
      id: 'n1',
      articleId: 'science/glacier-undated.txt',
      kind: 'article',
      text: 'Melt season week by week',
      tags: ['climate'],
      colour: null,
    },
    {
      id: 'n2',
      articleId: 'uk/council-housing-vote.txt',
      kind: 'highlight',
      text: 'ask about the next week vote',
      tags: [],
      colour: 'red',
    },
  ]);
});

describe('large result sets', () => {
  it.each<[string, SearchSort, SearchFilters]>([
    ['week', 'relevance', {}],
    ['the', 'relevance', { folder: 'uk' }],
    ['next week', 'relevance', { dateFrom: '2022-02-12' }],
  ])('%j by %s %j: the same articles and total as exact ranking', (text, sort, filters) => {
    const want = exact(query(text, { sort, filters }));
    const got = large(query(text, { sort, filters }));
    expect(got.total).toBe(want.total);
    expect(got.hits.map((h) => h.id).sort()).toEqual(want.hits.map((h) => h.id).sort());
  });

  it.each<[string, SearchSort, SearchFilters]>([
    ['week', 'date', {}],
    ['week', 'title', {}],
    ['the', 'date', { annotated: true }],
    ['the', 'title', { domains: ['news.example.org', 'russiaherald.com'] }],
  ])('%j by %s %j: the same order as exact ranking', (text, sort, filters) => {
    const want = exact(query(text, { sort, filters }));
    const got = large(query(text, { sort, filters }));
    expect(got.total).toBe(want.total);
    expect(got.hits.map((h) => h.id)).toEqual(want.hits.map((h) => h.id));
  });

  it('ranks title and annotation matches first, then the rest', () => {
    // Two titles have "week": few enough to rank, while all the matches are not.
    const r = search(lib.db, ROOT, query('week'), { exactLimit: 2 });
    expect(r.total).toBeGreaterThan(4);
    const head = r.hits
      .slice(0, 4)
      .map((h) => h.id)
      .sort();
    expect(head).toEqual([
      'russia/2022/talks-next-week.txt',
      'russia/blinken-lavrov.txt',
      'science/glacier-undated.txt',
      'uk/council-housing-vote.txt',
    ]);
    expect(r.hits.slice(4).every((h) => !h.matchedIn.includes('title') && !h.matchedIn.includes('annotation'))).toBe(
      true,
    );
  });

  it('pages through without repeating or losing an article', () => {
    const all = large(query('the', { limit: 50 })).hits.map((h) => h.id);
    const paged: string[] = [];
    for (let offset = 0; offset < 10; offset += 3)
      paged.push(...large(query('the', { offset, limit: 3 })).hits.map((h) => h.id));
    expect(paged).toEqual(all);
    expect(new Set(paged).size).toBe(9);
    expect(large(query('the', { offset: 30, limit: 3 }))).toMatchObject({ total: 9, hits: [] });
  });

  it('still marks snippets and where each hit matched', () => {
    const hit = large(query('melt')).hits.find((h) => h.id === 'science/glacier-undated.txt');
    expect(hit?.matchedIn).toEqual(['body', 'annotation']);
    expect(hit?.snippet?.some((run) => run.hit)).toBe(true);
  });
});
