// Typo tolerance: a word that matches nothing is read as the nearest frequent vocabulary word, and said so;
// a word that matches anything is left alone.
import { describe, expect, it } from 'vitest';
import { search, setAnnotations } from '../../../../src-main/search/search-index';
import { FixtureLibrary, ROOT, withFixtureLibrary } from './search-fixture';
import { searchQuery as query } from '../../../support/search-query';

let lib: FixtureLibrary;
const find = (text: string): ReturnType<typeof search> => search(lib.db, ROOT, query(text));

withFixtureLibrary((opened) => (lib = opened));

describe('typo correction', () => {
  it('reads a transposition as the word it was meant to be', () => {
    const r = find('Lavorv');
    expect(r.corrections).toEqual([{ from: 'Lavorv', to: 'lavrov' }]);
    expect(r.total).toBe(2);
    expect(r.hits[0]?.snippet?.some((run) => run.hit && run.text === 'Lavrov')).toBe(true);
  });

  it('allows two edits in long words, one in shorter ones', () => {
    expect(find('glacers').corrections).toEqual([{ from: 'glacers', to: 'glaciers' }]);
    expect(find('microbse').corrections).toEqual([{ from: 'microbse', to: 'microbes' }]);
    expect(find('agremants').corrections).toEqual([{ from: 'agremants', to: 'agreements' }]);
    // Two edits in a six-letter word is too far.
    expect(find('lvarvo').corrections).toEqual([]);
  });

  it("corrects from the analyst's annotations too", () => {
    setAnnotations(lib.db, ROOT, [
      {
        id: 'n1',
        articleId: 'russia/blinken-lavrov.txt',
        kind: 'article',
        text: 'Sanctions angle: check the EU package',
        tags: [],
        colour: null,
      },
    ]);
    const r = find('sanctons');
    expect(r.corrections).toEqual([{ from: 'sanctons', to: 'sanctions' }]);
    expect(r.hits.map((h) => h.id)).toEqual(['russia/blinken-lavrov.txt']);
  });

  it('corrects only the word that matches nothing', () => {
    const r = find('ukraine lavorv');
    expect(r.corrections).toEqual([{ from: 'lavorv', to: 'lavrov' }]);
    expect(r.total).toBe(2);
  });

  it('never touches words that match, even when together they match nothing', () => {
    expect(find('lavrov glaciers')).toMatchObject({ total: 0, corrections: [] });
    // "lavro" is a prefix of a real word while it is being typed.
    expect(find('lavro')).toMatchObject({ total: 2, corrections: [] });
  });

  it('leaves short words, numbers, phrases and exclusions alone', () => {
    expect(find('xq').corrections).toEqual([]);
    expect(find('20155').corrections).toEqual([]);
    expect(find('"lavorv"').corrections).toEqual([]);
    expect(find('ukraine -lavorv')).toMatchObject({ corrections: [] });
    expect(find('qqqqqqqq')).toMatchObject({ total: 0, corrections: [] });
  });
});
