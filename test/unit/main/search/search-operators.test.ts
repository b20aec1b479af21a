// The query language over a real SQLite catalog: OR, parentheses, NEAR, title: and source:, how they
// combine with the analyst's notes and the filters, broken queries still searched, and partial results
// while a first read's text is still being indexed.
import { describe, expect, it } from 'vitest';
import type { AnnotationDoc, SearchResults } from '../../../../src-preload/contract';
import { indexArticle, markForIndex, search, setAnnotations } from '../../../../src-main/search/search-index';
import { FixtureLibrary, parse, ROOT, variant, withFixtureLibrary, HOUSING } from './search-fixture';
import { searchQuery as query } from '../../../support/search-query';

let lib: FixtureLibrary;
const ids = (r: SearchResults): string[] => r.hits.map((h) => h.id).sort();
const find = (text: string, extra = {}): SearchResults => search(lib.db, ROOT, query(text, extra));

withFixtureLibrary((opened) => (lib = opened));

const LAVROV = ['russia/2022/talks-next-week.txt', 'russia/blinken-lavrov.txt'];
const GLACIER = ['science/glacier-microbes-study.txt', 'science/glacier-undated.txt'];

describe('OR and parentheses', () => {
  it('finds articles with either word, where the implicit AND found none', () => {
    expect(find('lavrov glacier').total).toBe(0);
    const either = find('lavrov OR glacier');
    expect(either.total).toBe(4);
    expect(ids(either)).toEqual([...LAVROV, ...GLACIER].sort());
    expect(either.problems).toEqual([]);
    expect(either.shape).toMatchObject({ words: 2, alternatives: true });
  });

  it('combines a group with an exclusion', () => {
    const r = find('(strike OR glacier*) -archive');
    expect(ids(r)).toEqual([
      'science/glacier-microbes-study.txt',
      'science/glacier-undated.txt',
      'uk/ports/harbour-strike.txt',
    ]);
    expect(r.total).toBe(3);
  });

  it('keeps ranking, sorting and totals in step for OR queries', () => {
    const ranked = find('lavrov OR glacier', { limit: 2 });
    expect(ranked.total).toBe(4);
    expect(ranked.hits).toHaveLength(2);
    const byDate = find('lavrov OR glacier', { sort: 'date' });
    expect(byDate.hits.map((h) => h.id)[0]).toBe('science/glacier-microbes-study.txt');
  });
});

describe('NEAR', () => {
  it('finds words within the distance, in either order', () => {
    // "Harbour strike leaves container ships": three words between harbour and ships.
    expect(find('NEAR(harbour ships, 2)').total).toBe(0);
    expect(ids(find('NEAR(ships harbour, 3)'))).toContain('uk/ports/harbour-strike.txt');
    expect(find('harbour NEAR/3 ships ').total).toBe(find('NEAR(harbour ships, 3)').total);
    expect(find('NEAR(foreign minister, 0)').total).toBe(find('"foreign minister"').total);
  });
});

describe('title: and source:', () => {
  it('title: looks in titles only', () => {
    expect(ids(find('title:lavrov'))).toEqual(['russia/blinken-lavrov.txt']);
    expect(find('lavrov').total).toBe(2);
    expect(find('title:(strike OR council) ').total).toBe(4);
    expect(ids(find('strike -title:archive '))).toEqual(['uk/ports/harbour-strike.txt']);
  });

  it('source: narrows to articles whose outlet or link holds the word, with or without query words', () => {
    const weather = find('source:weather');
    expect(weather.total).toBe(2);
    expect(weather.hits.every((h) => h.domain === 'weather.example.com')).toBe(true);
    expect(ids(find('council source:weather '))).toEqual(['uk/river-flood-council.txt', 'uk/river-flood-warning.txt']);
    expect(ids(find('council -source:weather '))).toEqual([...LAVROV, 'uk/council-housing-vote.txt'].sort());
    expect(find('source:russiaherald source:WEATHER').total).toBe(3);
    expect(find('source:nowhere lavrov').total).toBe(0);
  });

  it('title: leaves the analyst’s notes out; plain words still find them', () => {
    const note: AnnotationDoc = {
      id: 'n1',
      articleId: 'uk/ports/harbour-strike.txt',
      kind: 'article',
      text: 'Ask Lavrov’s office about the port',
      tags: [],
      colour: null,
    };
    setAnnotations(lib.db, ROOT, [note]);
    expect(find('lavrov').total).toBe(3);
    const titled = find('title:lavrov OR port');
    expect(ids(titled)).toEqual(
      ['russia/blinken-lavrov.txt', 'uk/ports/harbour-strike.txt', 'uk-archive/harbour-strike-copy.txt'].sort(),
    );
    expect(titled.hits.every((h) => h.snippet !== null)).toBe(true);
  });
});

describe('queries that cannot be read whole', () => {
  it.each([
    ['lavrov) OR (', 2],
    ['"lavrov', 2],
    ['NEAR(lavrov', 2],
    ['author:lavrov', 0],
    ['lavrov OR', 2],
    ['title: lavrov', 2],
  ])('%j is searched for what can be read, and says what could not', (text, total) => {
    const r = find(text);
    expect(r.total).toBe(total);
    expect(r.problems?.length).toBeGreaterThan(0);
  });

  it('reads a reversed date range as the dates between, for a search and for the list', () => {
    const reversed = { filters: { dateFrom: '2024-12-31', dateTo: '2024-01-01' } };
    const forward = { filters: { dateFrom: '2024-01-01', dateTo: '2024-12-31' } };
    expect(find('', { ...reversed, sort: 'date' }).total).toBe(find('', { ...forward, sort: 'date' }).total);
    expect(find('', { ...forward, sort: 'date' }).total).toBeGreaterThan(0);
    expect(ids(find('council', reversed))).toEqual(ids(find('council', forward)));
  });
});

describe('partial results while text is being indexed', () => {
  it('says how much of the library was searched until every article is indexed', () => {
    expect(find('council').partial).toBeNull();
    const text = variant(HOUSING, 'Council votes again on depot homes', '20240601');
    const housing = lib.catalog.get(ROOT, 'uk/council-housing-vote.txt');
    if (!housing) throw new Error('the fixture has no housing article');
    lib.catalog.upsert(ROOT, { ...housing, id: 'uk/late.txt' });
    lib.db.exec('BEGIN');
    markForIndex(lib.db, ROOT, 'uk/late.txt');
    lib.db.exec('COMMIT');
    const partial = find('council');
    expect(partial.partial).toEqual({ indexed: 9, articles: 10 });
    expect(partial.total).toBe(5);
    // The list (no query text) is not partial: it lists every catalogued file.
    expect(find('').partial).toBeNull();
    lib.db.exec('BEGIN');
    indexArticle(lib.db, ROOT, 'uk/late.txt', parse(text));
    lib.db.exec('COMMIT');
    const whole = find('council');
    expect(whole.partial).toBeNull();
    expect(whole.total).toBe(6);
  });
});
