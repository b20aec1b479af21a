// Each filter, with query text and without (the library list).
import { beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationDoc, SearchFilters } from '../../../../src-preload/contract';
import { search, setAnnotations } from '../../../../src-main/search/search-index';
import { FixtureLibrary, ROOT, withFixtureLibrary } from './search-fixture';
import { searchQuery as query } from '../../../support/search-query';

let lib: FixtureLibrary;

function found(text: string, filters: SearchFilters): string[] {
  return search(lib.db, ROOT, query(text, { filters, sort: 'title' }))
    .hits.map((h) => h.id)
    .sort();
}

const doc = (id: string, articleId: string, over: Partial<AnnotationDoc> = {}): AnnotationDoc => ({
  id,
  articleId,
  kind: 'highlight',
  text: `quote ${id}`,
  tags: [],
  colour: 'yellow',
  ...over,
});

withFixtureLibrary((opened) => (lib = opened));
beforeEach(() => {
  setAnnotations(lib.db, ROOT, [
    doc('h1', 'russia/blinken-lavrov.txt', { tags: ['diplomacy', 'russia'], colour: 'yellow' }),
    doc('h2', 'russia/blinken-lavrov.txt', { tags: ['dates'], colour: 'red' }),
    doc('n1', 'russia/2022/talks-next-week.txt', { kind: 'article', tags: ['diplomacy'], colour: null }),
    doc('h3', 'uk/ports/harbour-strike.txt', { tags: ['russia'], colour: 'green' }),
  ]);
});

describe.each([
  ['without text', ''],
  ['with text', 'the'],
])('filters %s', (_label, text) => {
  it('dates: from and to, inclusive; undated articles left out', () => {
    expect(found(text, { dateFrom: '2024-05-21' })).toEqual([
      'science/glacier-microbes-study.txt',
      'uk/river-flood-council.txt',
      'uk/river-flood-warning.txt',
    ]);
    expect(found(text, { dateTo: '2022-02-18' })).toEqual([
      'russia/2022/talks-next-week.txt',
      'russia/blinken-lavrov.txt',
    ]);
    expect(found(text, { dateFrom: '2024-04-09', dateTo: '2024-05-21' })).toEqual([
      'uk/council-housing-vote.txt',
      'uk/river-flood-warning.txt',
    ]);
  });

  it('domains: any of them', () => {
    expect(found(text, { domains: ['russiaherald.com', 'example.com'] })).toEqual([
      'russia/2022/talks-next-week.txt',
      'russia/blinken-lavrov.txt',
    ]);
    expect(found(text, { domains: ['science.example.org'] })).toEqual([
      'science/glacier-microbes-study.txt',
      'science/glacier-undated.txt',
    ]);
  });

  it('folder: the folder and everything below it, not its look-alike neighbours', () => {
    expect(found(text, { folder: 'uk' })).toEqual([
      'uk/council-housing-vote.txt',
      'uk/ports/harbour-strike.txt',
      'uk/river-flood-council.txt',
      'uk/river-flood-warning.txt',
    ]);
    expect(found(text, { folder: 'uk/ports/' })).toEqual(['uk/ports/harbour-strike.txt']);
    expect(found(text, { folder: 'russia' })).toHaveLength(2);
    expect(found(text, { folder: '' })).toHaveLength(9);
  });

  it("tags: all of them, on any of the article's annotations", () => {
    expect(found(text, { tags: ['diplomacy'] })).toEqual([
      'russia/2022/talks-next-week.txt',
      'russia/blinken-lavrov.txt',
    ]);
    expect(found(text, { tags: ['diplomacy', 'dates'] })).toEqual(['russia/blinken-lavrov.txt']);
    expect(found(text, { tags: ['russia'] })).toEqual(['russia/blinken-lavrov.txt', 'uk/ports/harbour-strike.txt']);
    expect(found(text, { tags: ['dates', 'nope'] })).toEqual([]);
  });

  it('colours: any of them', () => {
    expect(found(text, { colours: ['red'] })).toEqual(['russia/blinken-lavrov.txt']);
    expect(found(text, { colours: ['red', 'green'] })).toEqual([
      'russia/blinken-lavrov.txt',
      'uk/ports/harbour-strike.txt',
    ]);
  });

  it('annotated: with and without annotations', () => {
    expect(found(text, { annotated: true })).toEqual([
      'russia/2022/talks-next-week.txt',
      'russia/blinken-lavrov.txt',
      'uk/ports/harbour-strike.txt',
    ]);
    expect(found(text, { annotated: false })).toHaveLength(6);
  });

  it('combines filters', () => {
    expect(found(text, { folder: 'russia', tags: ['diplomacy'], dateFrom: '2022-02-12' })).toEqual([
      'russia/2022/talks-next-week.txt',
    ]);
    expect(found(text, { domains: ['news.example.org'], annotated: false })).toEqual([
      'uk-archive/harbour-strike-copy.txt',
    ]);
  });

  it('counts what the filters let through', () => {
    const r = search(lib.db, ROOT, query(text, { filters: { folder: 'uk' }, limit: 1 }));
    expect(r.total).toBe(4);
    expect(r.hits).toHaveLength(1);
  });
});
