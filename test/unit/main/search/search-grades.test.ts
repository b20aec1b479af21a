// The library list by source grade: the register's grades as the page sends them (setSourceGrades), the
// Source grade filter (any of A–F, an ungraded outlet or an article with none counting as F) and the sort
// (A first, newest first within a grade), browsing, searching, and on the large-result path.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SearchFilters, SearchQuery } from '../../../../src-preload/contract';
import { search, setSourceGrades } from '../../../../src-main/search/search-index';
import { FixtureLibrary, ROOT, withFixtureLibrary } from './search-fixture';
import { searchQuery as query } from '../../../support/search-query';

let lib: FixtureLibrary;

withFixtureLibrary((opened) => (lib = opened));
beforeEach(() => {
  // The register's domains are matched without regard to case; an explicit F is the same as none.
  setSourceGrades(lib.db, [
    { domain: 'RussiaHerald.com', reliability: 'A' },
    { domain: 'news.example.org', reliability: 'B' },
    { domain: 'example.net', reliability: 'E' },
    { domain: 'weather.example.com', reliability: 'F' },
  ]);
});

const ids = (q: SearchQuery, exactLimit?: number): string[] =>
  search(lib.db, ROOT, q, exactLimit === undefined ? {} : { exactLimit }).hits.map((h) => h.id);
const found = (text: string, filters: SearchFilters): string[] =>
  ids(query(text, { filters, sort: 'title' })).toSorted();

const GRADE_B = ['uk-archive/harbour-strike-copy.txt', 'uk/ports/harbour-strike.txt'];
const GRADE_F = [
  'russia/2022/talks-next-week.txt',
  'science/glacier-microbes-study.txt',
  'science/glacier-undated.txt',
  'uk/river-flood-council.txt',
  'uk/river-flood-warning.txt',
];
/** A first, then B (newest first), E, and F with the ungraded (newest first, undated last). */
const BY_GRADE = [
  'russia/blinken-lavrov.txt',
  'uk/ports/harbour-strike.txt',
  'uk-archive/harbour-strike-copy.txt',
  'uk/council-housing-vote.txt',
  'science/glacier-microbes-study.txt',
  'uk/river-flood-council.txt',
  'uk/river-flood-warning.txt',
  'russia/2022/talks-next-week.txt',
  'science/glacier-undated.txt',
];

describe('setSourceGrades', () => {
  it('replaces the whole set and says how many outlets it holds', () => {
    expect(setSourceGrades(lib.db, [{ domain: 'example.net', reliability: 'C' }])).toBe(1);
    expect(found('', { grades: ['C'] })).toEqual(['uk/council-housing-vote.txt']);
    // news.example.org is no longer in the set: ungraded, so F.
    expect(found('', { grades: ['B'] })).toEqual([]);
    expect(found('', { grades: ['F'] })).toContain('uk/ports/harbour-strike.txt');
    expect(setSourceGrades(lib.db, [])).toBe(0);
  });
});

describe.each([
  ['without text', ''],
  ['with text', 'the'],
])('the Source grade filter %s', (_label, text) => {
  it('keeps the articles of outlets graded any of those asked for', () => {
    expect(found(text, { grades: ['B'] })).toEqual(GRADE_B);
    expect(found(text, { grades: ['A', 'B'] })).toEqual(['russia/blinken-lavrov.txt', ...GRADE_B].toSorted());
    expect(found(text, { grades: ['E'] })).toEqual(['uk/council-housing-vote.txt']);
    expect(found(text, { grades: ['C', 'D'] })).toEqual([]);
  });

  it('counts an ungraded outlet, and one graded F, as F', () => {
    expect(found(text, { grades: ['F'] })).toEqual(GRADE_F);
  });

  it('asks nothing when none or all six are chosen', () => {
    const all = found(text, {});
    expect(found(text, { grades: [] })).toEqual(all);
    expect(found(text, { grades: ['A', 'B', 'C', 'D', 'E', 'F'] })).toEqual(all);
  });

  it('combines with the other filters', () => {
    expect(found(text, { grades: ['B'], folder: 'uk' })).toEqual(['uk/ports/harbour-strike.txt']);
    expect(found(text, { grades: ['F'], dateFrom: '2024-05-22' })).toEqual([
      'science/glacier-microbes-study.txt',
      'uk/river-flood-council.txt',
    ]);
  });
});

describe('the Source grade sort', () => {
  it('lists A first and the ungraded last, newest first within a grade, and pages in that order', () => {
    expect(ids(query('', { sort: 'grade' }))).toEqual(BY_GRADE);
    expect(ids(query('', { sort: 'grade', offset: 3, limit: 3 }))).toEqual(BY_GRADE.slice(3, 6));
    expect(search(lib.db, ROOT, query('', { sort: 'grade', offset: 3, limit: 3 })).total).toBe(BY_GRADE.length);
  });

  it('orders matches the same way, ranked exactly and on the large-result path', () => {
    const matching = BY_GRADE.filter((id) => ids(query('the', { sort: 'title' })).includes(id));
    expect(ids(query('the', { sort: 'grade' }))).toEqual(matching);
    expect(ids(query('the', { sort: 'grade' }), 1)).toEqual(matching);
    expect(ids(query('the', { sort: 'grade', filters: { grades: ['A', 'B'] } }), 1)).toEqual(matching.slice(0, 3));
  });

  it('follows a change of grade', () => {
    setSourceGrades(lib.db, [{ domain: 'science.example.org', reliability: 'A' }]);
    expect(ids(query('', { sort: 'grade' })).slice(0, 2)).toEqual([
      'science/glacier-microbes-study.txt',
      'science/glacier-undated.txt',
    ]);
  });
});
