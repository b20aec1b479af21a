// The words a library query marks in the reader: words, phrases, the typed prefix, and everything that is
// not a word to find (exclusions, operators, parentheses, field prefixes) left out.
import { describe, expect, it } from 'vitest';
import { queryWords, wordsAsText } from '../../../../src-shared/search/query-words';

const words = (text: string): string[] => queryWords(text).map((w) => `${w.tokens.join(' ')}${w.prefix ? '*' : ''}`);

describe('queryWords', () => {
  it('reads words and phrases, the last one as a prefix while it is typed', () => {
    expect(words('lavrov blinken')).toEqual(['lavrov', 'blinken*']);
    expect(words('lavrov blinken ')).toEqual(['lavrov', 'blinken']);
    expect(words('"foreign minister" lavr')).toEqual(['foreign minister', 'lavr*']);
    expect(words('"foreign minis')).toEqual(['foreign minis*']);
    expect(words('"foreign minister"')).toEqual(['foreign minister']);
    // One letter is a whole word, as in the index.
    expect(words('lavrov s')).toEqual(['lavrov', 's']);
  });

  it('folds case and diacritics as the index does', () => {
    expect(words('LAVRÓV Café-Crème ')).toEqual(['lavrov', 'cafe creme']);
    expect(words('İstanbul ')).toEqual(['istanbul']);
  });

  it('leaves out excluded words, also in groups and behind fields', () => {
    expect(words('strike -archive')).toEqual(['strike']);
    expect(words('strike -"archive copy" port')).toEqual(['strike', 'port*']);
    expect(words('-(harbour OR port) strike ')).toEqual(['strike']);
    expect(words('-title:archive strike ')).toEqual(['strike']);
    expect(words('-archive')).toEqual([]);
  });

  it('leaves out operators, parentheses and field prefixes', () => {
    expect(words('(lavrov OR blinken) AND ')).toEqual(['lavrov', 'blinken']);
    expect(words('lavrov NOT putin ')).toEqual(['lavrov']);
    expect(words('sanct* lavrov ')).toEqual(['sanct*', 'lavrov']);
    expect(words('lavrov NEAR blinken ')).toEqual(['lavrov', 'blinken']);
    expect(words('lavrov NEAR/5 blinken ')).toEqual(['lavrov', 'blinken']);
    expect(words('NEAR(lavrov blinken)')).toEqual(['lavrov', 'blinken']);
    expect(words('title:lavrov source:reuters ')).toEqual(['lavrov', 'reuters']);
    expect(words('TITLE:"foreign minister" source:(tass OR ria)')).toEqual(['foreign minister', 'tass', 'ria']);
    // Lower-case "or" and "near" are words; a word ending in a colon is not a field.
    expect(words('war or peace near kyiv ')).toEqual(['war', 'or', 'peace', 'near', 'kyiv']);
    expect(words('note: lavrov ')).toEqual(['note', 'lavrov']);
  });

  it('takes FTS5 syntax and odd input as text, without throwing', () => {
    for (const input of ['', '"', '""', '(', ')', '-', '--', '*', ':', 'title:', '"(', '-(', '))((', 'a"b"c']) {
      expect(() => queryWords(input)).not.toThrow();
    }
    expect(words('"')).toEqual([]);
    expect(words('lavrov*')).toEqual(['lavrov*']);
    expect(words('--lavrov ')).toEqual([]);
    expect(words('- lavrov ')).toEqual(['lavrov']);
  });

  it('lists a word once and reads right-to-left words', () => {
    expect(words('lavrov Lavrov LAVROV ')).toEqual(['lavrov']);
    expect(words('جنيف المحادثات')).toEqual(['جنيف', 'المحادثات*']);
    expect(words('"שר החוץ" ')).toEqual(['שר החוץ']);
  });
});

describe('wordsAsText', () => {
  it('gives text that reads back as the same words', () => {
    const text = wordsAsText(queryWords('"Foreign Minister" -putin title:Lavr'));
    expect(text).toBe('"foreign minister" lavr');
    expect(queryWords(text)).toEqual(queryWords('"Foreign Minister" -putin title:Lavr'));
  });
});
