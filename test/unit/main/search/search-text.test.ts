// Ranked search over the fixture library: ranking, prefixes, phrases, exclusions, annotation matches,
// snippets, and user text full of FTS5 syntax that must never reach FTS5 as syntax.
import { describe, expect, it } from 'vitest';
import type { AnnotationDoc, SearchResults } from '../../../../src-preload/contract';
import { search, setAnnotations } from '../../../../src-main/search/search-index';
import { FixtureLibrary, ROOT, withFixtureLibrary } from './search-fixture';
import { searchQuery as query } from '../../../support/search-query';

let lib: FixtureLibrary;
const ids = (r: SearchResults): string[] => r.hits.map((h) => h.id);
const find = (text: string): SearchResults => search(lib.db, ROOT, query(text));

withFixtureLibrary((opened) => (lib = opened));

describe('ranking', () => {
  it('puts a title match above a body-only match of the same word', () => {
    expect(ids(find('lavrov'))).toEqual(['russia/blinken-lavrov.txt', 'russia/2022/talks-next-week.txt']);
    // Same body, one with "council" in the title too.
    const council = ids(find('council'));
    expect(council.indexOf('uk/river-flood-council.txt')).toBeLessThan(council.indexOf('uk/river-flood-warning.txt'));
  });

  it('ANDs the words and counts the matches', () => {
    const r = find('lavrov blinken');
    expect(r.total).toBe(2);
    expect(find('lavrov glaciers').total).toBe(0);
  });
});

describe('query text', () => {
  it('reads the last word as a prefix while it is being typed', () => {
    expect(ids(find('glac')).sort()).toEqual(['science/glacier-microbes-study.txt', 'science/glacier-undated.txt']);
    expect(find('micro').total).toBe(2);
    // A finished word (followed by a space) is matched whole.
    expect(find('micro ').total).toBe(0);
    // Earlier words are whole words.
    expect(find('micro glaciers').total).toBe(0);
  });

  it('keeps quoted phrases together', () => {
    expect(find('"foreign minister"').total).toBe(2);
    expect(find('"minister foreign"').total).toBe(0);
    // An unclosed phrase is still being typed: its last word is a prefix.
    expect(find('"foreign minis').total).toBe(2);
  });

  it('leaves out articles with a word marked "-"', () => {
    expect(ids(find('strike -archive'))).toEqual(['uk/ports/harbour-strike.txt']);
    expect(find('strike').total).toBe(2);
    // Exclusions alone have nothing to exclude from: no results, and the query says why.
    expect(find('-strike').total).toBe(0);
    expect(find('-strike').problems).toEqual([expect.stringContaining('only leaves articles out')]);
  });

  it('folds case and diacritics', () => {
    expect(find('LAVRÓV').total).toBe(2);
  });

  it.each([
    '"',
    '""',
    '"lavrov',
    'lavrov"',
    '*',
    'lavrov*',
    '(',
    ')',
    '(lavrov',
    'NEAR',
    'NEAR(lavrov blinken)',
    'AND',
    'lavrov AND',
    'OR lavrov',
    'NOT',
    '-',
    '--lavrov',
    '- lavrov',
    ':',
    'title:lavrov',
    '{title}: lavrov',
    'lavrov^',
    '+',
    '^lavrov',
    '\u0002',
    "lavrov's",
    'a AND (b OR "c',
    '\\',
    '%_',
    "'; DROP TABLE files; --",
  ])('never throws on %j', (text) => {
    expect(() => find(text)).not.toThrow();
    expect(() => search(lib.db, ROOT, query(text, { sort: 'date' }))).not.toThrow();
  });

  it('reads the documented operators, and other syntax characters as plain separators', () => {
    expect(ids(find('title:lavrov'))).toEqual(['russia/blinken-lavrov.txt']);
    expect(find('lavrov*').total).toBe(2);
    expect(find('(lavrov)').total).toBe(2);
    expect(find('NEAR lavrov').total).toBe(2);
    expect(find('"NEAR" lavrov').total).toBe(0);
    expect(find('{title}: lavrov').total).toBe(0);
  });
});

const note = (over: Partial<AnnotationDoc>): AnnotationDoc => ({
  id: 'n1',
  articleId: 'uk/ports/harbour-strike.txt',
  kind: 'article',
  text: '',
  tags: [],
  colour: null,
  ...over,
});

describe('annotations', () => {
  it('finds an article through its annotations only, and says so', () => {
    setAnnotations(lib.db, ROOT, [
      note({ text: 'Compare with the Felixstowe stoppage of 2022', tags: ['logistics'] }),
      note({
        id: 'h1',
        kind: 'highlight',
        text: 'Eleven container ships were anchored off Port Ardley. Key number',
        colour: 'yellow',
      }),
    ]);
    const r = find('felixstowe');
    expect(ids(r)).toEqual(['uk/ports/harbour-strike.txt']);
    expect(r.hits[0]?.matchedIn).toEqual(['annotation']);
    expect(r.hits[0]?.snippet?.filter((run) => run.hit).map((run) => run.text)).toEqual(['Felixstowe']);
    expect(find('logistics').total).toBe(1);
  });

  it('reports every place a query matched', () => {
    setAnnotations(lib.db, ROOT, [
      note({ articleId: 'russia/blinken-lavrov.txt', text: 'Lavrov letter: watch the dates' }),
    ]);
    const r = find('lavrov');
    expect(r.hits[0]?.id).toBe('russia/blinken-lavrov.txt');
    expect(r.hits[0]?.matchedIn).toEqual(['title', 'body', 'annotation']);
    expect(r.hits[1]?.matchedIn).toEqual(['body']);
  });
});

describe('snippets', () => {
  it('marks the matched words as runs of plain text', () => {
    const hit = find('minsk').hits[0];
    const runs = hit?.snippet ?? [];
    expect(runs.filter((run) => run.hit).map((run) => run.text)).toEqual(['Minsk']);
    const text = runs.map((run) => run.text).join('');
    expect(text).toContain('The Minsk Agreements');
    expect(text.split(/\s+/).length).toBeLessThanOrEqual(20);
    expect([...text].filter((char) => char < ' ' || char === '<')).toEqual([]);
  });

  it('marks prefix and phrase matches, and marks the title when only the title matched', () => {
    const runs = find('"foreign minister"').hits[0]?.snippet ?? [];
    expect(runs.filter((run) => run.hit).map((run) => run.text.toLowerCase())).toContain('foreign minister');
    // "darken " is finished, so "darkens" and "darkening" in the body are not matches.
    const titleOnly = find('darken ').hits[0];
    expect(titleOnly?.matchedIn).toEqual(['title']);
    expect(titleOnly?.markedTitle?.filter((run) => run.hit).map((run) => run.text)).toEqual(['darken']);
  });

  it('has no snippet when browsing', () => {
    expect(find('').hits.every((hit) => hit.snippet === null && hit.matchedIn.length === 0)).toBe(true);
  });
});
