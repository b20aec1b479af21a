// Finding query words in article text: whole folded words, phrases across punctuation and paragraphs,
// prefixes, right-to-left scripts, and offsets that point into the text as written.
import { describe, expect, it } from 'vitest';
import { queryWords } from '../../../../src-shared/search/query-words';
import { tokenSpans, tokensOf } from '../../../../src-shared/search/tokens';
import { wordMatches } from '../../../../src-shared/search/word-matches';

const found = (text: string, query: string): string[] =>
  wordMatches(tokenSpans(text), queryWords(query)).map((m) => text.slice(m.start, m.end));

describe('tokenSpans', () => {
  it('gives the index’s tokens with their place in the text as written', () => {
    const text = 'Café-Crème, 2014: ИНФО';
    const spans = tokenSpans(text);
    expect(spans.map((s) => s.token)).toEqual(tokensOf(text));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Café', 'Crème', '2014', 'ИНФО']);
    // Decomposed accents stay with their letter.
    const decomposed = 'Cafe\u0301 noir';
    expect(tokenSpans(decomposed).map((s) => [s.token, decomposed.slice(s.start, s.end)])).toEqual([
      ['cafe', 'Cafe\u0301'],
      ['noir', 'noir'],
    ]);
  });
});

describe('wordMatches', () => {
  const TEXT = 'Sergey Lavrov met Blinken.\nLavrov’s aides said the Foreign Minister would return; lavrovian prose.';

  it('finds whole words, folded, in text order', () => {
    expect(found(TEXT, 'LAVRÓV blinken ')).toEqual(['Lavrov', 'Blinken', 'Lavrov']);
    expect(found(TEXT, 'lavro ')).toEqual([]);
  });

  it('reads the last word as a prefix while it is typed', () => {
    expect(found(TEXT, 'lavro')).toEqual(['Lavrov', 'Lavrov', 'lavrovian']);
  });

  it('finds phrases as words in a row, across punctuation and paragraphs, and prefers them to their words', () => {
    expect(found(TEXT, '"foreign minister" minister ')).toEqual(['Foreign Minister']);
    expect(found(TEXT, '"blinken lavrov"')).toEqual(['Blinken.\nLavrov']);
    expect(found(TEXT, '"minister foreign"')).toEqual([]);
  });

  it('marks nothing for excluded words or an empty query', () => {
    expect(found(TEXT, '-lavrov')).toEqual([]);
    expect(found(TEXT, '')).toEqual([]);
    expect(found('', 'lavrov')).toEqual([]);
  });

  it('finds right-to-left words with their diacritics folded', () => {
    const arabic = 'قالت مصادر دبلوماسية إن المحادثات ستعقد في جِنيف الأسبوع المقبل.';
    expect(found(arabic, 'جنيف ')).toEqual(['جِنيف']);
    const hebrew = 'שר החוץ נפגש עם שר החוץ הרוסי בירושלים.';
    expect(found(hebrew, '"שר החוץ" ')).toEqual(['שר החוץ', 'שר החוץ']);
  });

  it('counts every match of a long article', () => {
    const paragraph = 'The talks on grain shipments resumed in Istanbul. ';
    const long = paragraph.repeat(5000);
    const matches = wordMatches(tokenSpans(long), queryWords('istanbul '));
    expect(matches).toHaveLength(5000);
    expect(matches.at(-1)).toEqual({ start: long.lastIndexOf('Istanbul'), end: long.lastIndexOf('Istanbul') + 8 });
  });
});
