// Unfiltered relevance pages come from FTS5's own ranking (top-ranked.ts): the same order as ranking every
// match in SQL (ranked.ts), ties and annotation scores included, on every page.
import { beforeEach, describe, expect, it } from 'vitest';
import { annotationMatches } from '../../../../src-main/search/annotation-matches';
import { matchExpressions } from '../../../../src-main/search/match-expression';
import { parseQuery } from '../../../../src-main/search/query-parse';
import { matchedPage } from '../../../../src-main/search/ranked';
import { findRoot } from '../../../../src-main/search/roots';
import { search, setAnnotations } from '../../../../src-main/search/search-index';
import { topRanked } from '../../../../src-main/search/top-ranked';
import { FixtureLibrary, HARBOUR, LIBRARY, ROOT, variant, withFixtureLibrary } from './search-fixture';
import { searchQuery as query } from '../../../support/search-query';

let lib: FixtureLibrary;

/** Forty copies of one article: identical text ranks alike, so only date and path can order them. */
function copies(): Record<string, string> {
  const files: Record<string, string> = { ...LIBRARY };
  for (let i = 0; i < 40; i++) {
    const day = String(1 + (i % 7)).padStart(2, '0');
    files[`copies/strike-${String(i).padStart(2, '0')}.txt`] = variant(
      HARBOUR,
      i % 3 === 0 ? 'Dockers strike again' : 'Port news',
      `202403${day}`,
    );
  }
  return files;
}

function params(text: string): Record<string, string | number> {
  const expressions = matchExpressions(parseQuery(text));
  const range = findRoot(lib.db, ROOT);
  if (!expressions || !range) throw new Error('nothing to match');
  const scope = {
    root: ROOT,
    lo: range.lo,
    hi: range.hi,
    q: expressions.all,
    qt: expressions.title,
    qr: expressions.rest,
  };
  return { ...scope, noted: annotationMatches(lib.db, scope) };
}

const exactIds = (text: string, offset: number, limit: number): string[] =>
  matchedPage(
    lib.db,
    { article: ':q', annotation: true, ranked: true },
    params(text),
    {},
    'relevance',
    offset,
    limit,
  ).rows.map((r) => r.path);

withFixtureLibrary((opened) => (lib = opened), copies());
beforeEach(() => {
  setAnnotations(lib.db, ROOT, [
    {
      id: 'n1',
      articleId: 'copies/strike-31.txt',
      kind: 'article',
      text: 'strike strike pay dispute',
      tags: [],
      colour: null,
    },
    {
      id: 'n2',
      articleId: 'science/glacier-undated.txt',
      kind: 'highlight',
      text: 'no strike here',
      tags: [],
      colour: null,
    },
  ]);
});

describe('topRanked', () => {
  it.each(['strike', 'port', 'dockers strike', '"port ardley"', 'stri'])(
    '%j: every page as ranked.ts orders it',
    (text) => {
      const all = exactIds(text, 0, 100);
      expect(all.length).toBeGreaterThan(3);
      for (const [offset, limit] of [
        [0, 5],
        [3, 7],
        [10, 4],
        [35, 20],
        [0, 100],
      ] as const) {
        const got = topRanked(lib.db, ':q', params(text), offset, limit).rows.map((r) => r.path);
        expect(got).toEqual(exactIds(text, offset, limit));
      }
      const hits = search(lib.db, ROOT, query(text, { limit: 100 }));
      expect(hits.hits.map((h) => h.id)).toEqual(all);
      expect(hits.total).toBe(all.length);
    },
  );

  it('knows the total only when it reached the end of the matches', () => {
    expect(topRanked(lib.db, ':q', params('strike'), 0, 5).total).toBeNull();
    expect(topRanked(lib.db, ':q', params('strike'), 0, 100).total).toBe(exactIds('strike', 0, 100).length);
    expect(
      topRanked(lib.db, null, params('strike'), 0, 10)
        .rows.map((r) => r.path)
        .sort(),
    ).toEqual(['copies/strike-31.txt', 'science/glacier-undated.txt']);
  });

  it('puts title matches first when a large set is ranked in two parts', () => {
    const r = search(lib.db, ROOT, query('strike'), { exactLimit: 20 });
    const titled = r.hits.findIndex((h) => !h.matchedIn.includes('title') && !h.matchedIn.includes('annotation'));
    expect(titled).toBeGreaterThan(10);
    expect(
      r.hits.slice(0, titled).every((h) => h.matchedIn.includes('title') || h.matchedIn.includes('annotation')),
    ).toBe(true);
    expect(r.hits.slice(titled).some((h) => h.matchedIn.includes('title'))).toBe(false);
    expect(r.hits.slice(0, titled).map((h) => h.id)).toContain('copies/strike-31.txt');
  });
});
