// Marking query words in other scripts as the index matches them (snippets, find in article, row titles):
// folded the same way, and Chinese and Japanese words found inside unspaced text. Real text from the saved
// test pages (test/support/corpus-pages.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryWords, wordsAsText } from '../../../../src-shared/search/query-words';
import { foldPiece, foldSlowly, tokenSpans, tokensOf } from '../../../../src-shared/search/tokens';
import { wordMatches } from '../../../../src-shared/search/word-matches';
import { CORPUS_TIMEOUT, openCorpus, type CorpusPages } from '../../../support/corpus-pages';

let corpus: CorpusPages;
beforeAll(async () => {
  corpus = await openCorpus(['wikipedia-2', 'gmw', 'yahoo-4']);
}, CORPUS_TIMEOUT);
afterAll(() => corpus.close());

/** The marked parts of `text` for the query, as written. */
const marks = (text: string, query: string): string[] =>
  wordMatches(tokenSpans(text), queryWords(query)).map((m) => text.slice(m.start, m.end));

const occurrences = (text: string, part: string): number => text.split(part).length - 1;

describe('folding as the index folds', () => {
  it('folds case and the marks of Latin, Greek, Arabic and Hebrew, and ё, but keeps й and ї', () => {
    expect(tokensOf('Café ΑΘΉΝΑ Ελλάδας')).toEqual(['cafe', 'αθηνα', 'ελλαδασ']);
    expect(tokensOf('كَتَبَ الكِتَابَ كـتـاب')).toEqual(['كتب', 'الكتاب', 'كتاب']);
    expect(tokensOf('أحمد إلى آخر مدرسة')).toEqual(['احمد', 'الي', 'اخر', 'مدرسه']);
    expect(tokensOf('עִבְרִית')).toEqual(['עברית']);
    expect(tokensOf('Ёлка ещё')).toEqual(['елка', 'еще']);
    expect(tokensOf('мой Київ')).toEqual(['мой', 'київ']);
    expect(tokensOf('٢٠٢٤ ۱۴۰۳ ２０２４')).toEqual(['2024', '1403', '2024']);
  });

  it('takes the short way only for characters that fold to themselves', () => {
    const samples: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (!/[\p{L}\p{N}]/u.test(char) || char.toLowerCase() !== char) continue;
      if (foldPiece(char) === char) samples.push(char);
      expect(foldPiece(char), `U+${code.toString(16)}`).toBe(foldSlowly(char));
    }
    expect(samples.length).toBeGreaterThan(40_000);
  });

  it('reads each character of Chinese and Japanese as a word, and what stands beside them apart', () => {
    expect(tokensOf('2022年3月，北京')).toEqual(['2022', '年', '3', '月', '北', '京']);
    expect(tokensOf('Wi-Fiプロテクション')).toEqual(['wi', 'fi', 'プ', 'ロ', 'テ', 'ク', 'シ', 'ョ', 'ン']);
  });
});

describe('marks in real text', () => {
  it('marks each real Greek, Arabic and Hebrew title typed without its marks', () => {
    const titles = corpus.otherLanguageTitles('wikipedia-2');
    expect(marks(titles.get('el') ?? '', 'ζηλανδια')).toEqual(['Ζηλανδία']);
    expect(marks('نِيُوزِيلَنْدَا', titles.get('ar') ?? '')).toEqual(['نِيُوزِيلَنْدَا']);
    expect(marks(titles.get('he') ?? '', 'זִילַנְד')).toEqual(['זילנד']);
    expect(marks(titles.get('ru') ?? '', 'ЗЕЛАНДИЯ')).toEqual(['Зеландия']);
  });

  it('marks every place a Chinese word stands in a Chinese article, and no other', () => {
    const text = corpus.paragraphs('gmw').join('\n');
    const found = marks(text, '火星 ');
    expect(found.length).toBe(occurrences(text, '火星'));
    expect(new Set(found)).toEqual(new Set(['火星']));
    expect(marks(text, '"太空探险"').length).toBe(occurrences(text, '太空探险'));
  });

  it('marks Japanese katakana and kanji words, and the one being typed', () => {
    const text = corpus.paragraphs('yahoo-4').join('\n');
    expect(marks(text, 'トレンドマイクロ ').length).toBe(occurrences(text, 'トレンドマイクロ'));
    expect(marks(text, '暗号化').length).toBe(occurrences(text, '暗号化'));
    expect(marks(text, 'language:ja 暗号化').length).toBe(occurrences(text, '暗号化'));
  });

  it('gives the find bar the words back as they were typed', () => {
    expect(wordsAsText(queryWords('火星 "太空 探险" Новая language:zh'))).toBe('火星 太空探险 новая');
  });
});
