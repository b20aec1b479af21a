// A hyphen at a line's end: a word broken in two is joined, a compound keeps its hyphen.
import { describe, expect, it } from 'vitest';
import { hyphenJoin, wordsOf } from '../../../../../../src-main/articles/formats/pdf/pdf-hyphens';

const none = wordsOf([]);

describe('a hyphen at the end of a line', () => {
  it('joins a word broken across lines', () => {
    expect(hyphenJoin('the inter-', 'national community', none)).toBe('');
    expect(hyphenJoin('Agree\u2010', 'ments, designed', none)).toBe('');
    expect(hyphenJoin('пере-', 'говоры в Женеве', none)).toBe('');
  });

  it('always joins at a soft hyphen', () => {
    expect(hyphenJoin('Spokes\u00AD', 'Person', none)).toBe('');
  });

  it('keeps the hyphen before a capital or a number', () => {
    expect(hyphenJoin('the Russian-', 'Ukrainian border', none)).toBe('-');
    expect(hyphenJoin('the NATO-', 'Russia Council', none)).toBe('-');
    expect(hyphenJoin('COVID-', '19 cases', none)).toBe('-');
  });

  it('keeps the hyphen of compounds with self-, well-, non- and the like', () => {
    expect(hyphenJoin('a well-', 'known envoy', none)).toBe('-');
    expect(hyphenJoin('a self-', 'declared republic', none)).toBe('-');
    expect(hyphenJoin('the non-', 'aligned states', none)).toBe('-');
  });

  it('goes by how the document writes the word elsewhere', () => {
    const words = wordsOf(['a cease-fire was agreed', 'the ceasefire held']);
    expect(hyphenJoin('the cease-', 'fire', wordsOf(['a cease-fire was agreed']))).toBe('-');
    expect(hyphenJoin('the cease-', 'fire', wordsOf(['the ceasefire held']))).toBe('');
    expect(words.has('cease-fire')).toBe(true);
  });

  it('is no join for a dash or a line with no hyphen', () => {
    expect(hyphenJoin('Ukraine --', 'the Normandy group', none)).toBeNull();
    expect(hyphenJoin('Ukraine -', 'the Normandy group', none)).toBeNull();
    expect(hyphenJoin('said Price.', 'Meanwhile', none)).toBeNull();
  });
});
