// Search in other scripts over a real catalog and index, with real text from the saved test pages
// (test/support/corpus-pages.ts): Cyrillic, Arabic and Farsi, Greek and Hebrew folded as analysts type
// them, Chinese and Japanese found inside their unspaced text, mixed queries, and the language filter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchFilters, SearchResults, Snippet } from '../../../../src-preload/contract';
import { search } from '../../../../src-main/search/search-index';
import { MAX_LEAD } from '../../../../src-main/search/snippet';
import { CORPUS_TIMEOUT, openCorpus, type CorpusPages } from '../../../support/corpus-pages';
import { searchQuery } from '../../../support/search-query';
import { FixtureLibrary, ROOT, SEED } from './search-fixture';

let corpus: CorpusPages;
let lib: FixtureLibrary;
/** The titles of Wikipedia's "New Zealand" and "Hermitian matrix" in other languages, by language tag. */
let zealand: Map<string, string>;
let hermitian: Map<string, string>;

const article = (title: string, paragraphs: readonly string[]): string =>
  [title, '20240301', 'https://example.org/a', ...paragraphs].join('\n') + '\n';

const title = (titles: Map<string, string>, lang: string): string => {
  const found = titles.get(lang);
  if (!found) throw new Error(`the corpus has no ${lang} title`);
  return found;
};

/** The corpus's Arabic "New Zealand" with its vowels written (harakat), as dictionaries and schoolbooks write it. */
const VOCALIZED_ZEALAND = 'نِيُوزِيلَنْدَا';

beforeAll(async () => {
  corpus = await openCorpus(['wikipedia-2', 'wikipedia-3', 'gmw', 'qq', 'yahoo-4']);
  zealand = corpus.otherLanguageTitles('wikipedia-2');
  hermitian = corpus.otherLanguageTitles('wikipedia-3');
  const chinese = (page: string): string => article(corpus.title(page), corpus.paragraphs(page));
  lib = await FixtureLibrary.open({
    'english/seed.txt': SEED,
    'ru/new-zealand.txt': article(title(zealand, 'ru'), [`${title(hermitian, 'ru')}.`]),
    'uk/new-zealand.txt': article(title(zealand, 'uk'), [`${title(hermitian, 'uk')}.`]),
    'ar/new-zealand.txt': article(title(zealand, 'ar'), [`${title(hermitian, 'ar')}.`]),
    'ar/new-zealand-vocalized.txt': article(VOCALIZED_ZEALAND, [`${title(hermitian, 'ar')}.`]),
    'fa/new-zealand.txt': article(title(zealand, 'fa'), [`${title(hermitian, 'fa')}.`]),
    'el/new-zealand.txt': article(title(zealand, 'el'), ['Wikipedia']),
    'he/new-zealand.txt': article(title(zealand, 'he'), ['Wikipedia']),
    'zh/gmw.txt': chinese('gmw'),
    'zh/qq.txt': chinese('qq'),
    'ja/yahoo-4.txt': chinese('yahoo-4'),
    // Every name of the one article, in each language Wikipedia links it in.
    'mixed/new-zealand-names.txt': article('New Zealand', [...zealand.values()]),
  });
}, CORPUS_TIMEOUT);

afterAll(async () => {
  await lib.close();
  await corpus.close();
});

const find = (text: string, filters: SearchFilters = {}): SearchResults =>
  search(lib.db, ROOT, searchQuery(text, { filters }));
const ids = (results: SearchResults): string[] => results.hits.map((hit) => hit.id).sort();
const marked = (runs: Snippet | null | undefined): string[] =>
  (runs ?? []).filter((run) => run.hit).map((run) => run.text);
const hit = (results: SearchResults, id: string): SearchResults['hits'][number] => {
  const found = results.hits.find((h) => h.id === id);
  if (!found) throw new Error(`${id} was not found`);
  return found;
};

describe('Cyrillic', () => {
  it('finds Russian words in any case, and marks them as written', () => {
    expect(title(zealand, 'ru')).toBe('Новая Зеландия');
    const lower = find('новая зеландия ');
    expect(ids(lower)).toEqual(['mixed/new-zealand-names.txt', 'ru/new-zealand.txt']);
    expect(ids(find('НОВАЯ ЗЕЛАНДИЯ '))).toEqual(ids(lower));
    expect(marked(hit(lower, 'ru/new-zealand.txt').markedTitle)).toEqual(['Новая', 'Зеландия']);
    expect(ids(find('эрмитова '))).toEqual(['ru/new-zealand.txt']);
  });

  it('keeps Ukrainian і apart from Russian и', () => {
    expect(ids(find('зеландія '))).toEqual(['mixed/new-zealand-names.txt', 'uk/new-zealand.txt']);
    expect(ids(find('ЕРМІТОВА '))).toEqual(['uk/new-zealand.txt']);
  });
});

describe('Arabic and Farsi', () => {
  it('finds a word with or without its vowel marks (harakat), and shows the marks as written', () => {
    expect(VOCALIZED_ZEALAND.normalize('NFD').replace(/\p{M}/gu, '')).toBe(title(zealand, 'ar'));
    const plain = find(`${title(zealand, 'ar')} `);
    expect(ids(plain)).toEqual(['ar/new-zealand-vocalized.txt', 'ar/new-zealand.txt', 'mixed/new-zealand-names.txt']);
    expect(ids(find(`${VOCALIZED_ZEALAND} `))).toEqual(ids(plain));
    expect(marked(hit(plain, 'ar/new-zealand-vocalized.txt').markedTitle)).toEqual([VOCALIZED_ZEALAND]);
  });

  it('reads a word stretched with tatweel as the word', () => {
    const stretched = title(hermitian, 'ar').replace('هير', 'هيـــر');
    expect(ids(find(`${stretched} `))).toEqual(['ar/new-zealand-vocalized.txt', 'ar/new-zealand.txt']);
  });

  it('finds Farsi ی and ک typed as Arabic ي and ك, and the other way round', () => {
    const farsi = title(hermitian, 'fa');
    expect(farsi).toContain('ی');
    expect(ids(find(`${farsi.replaceAll('ی', 'ي')} `))).toEqual(['fa/new-zealand.txt']);
    expect(ids(find(`${title(zealand, 'fa')} `))).toEqual(['fa/new-zealand.txt', 'mixed/new-zealand-names.txt']);
  });
});

describe('Greek and Hebrew', () => {
  it('finds Greek without its accents (tonos) and in capitals, and marks it as written', () => {
    expect(title(zealand, 'el')).toBe('Νέα Ζηλανδία');
    const results = find('νεα ζηλανδια ');
    expect(ids(results)).toEqual(['el/new-zealand.txt', 'mixed/new-zealand-names.txt']);
    expect(ids(find('ΝΈΑ ΖΗΛΑΝΔΊΑ '))).toEqual(ids(results));
    expect(marked(hit(results, 'el/new-zealand.txt').markedTitle)).toEqual(['Νέα', 'Ζηλανδία']);
  });

  it('finds Hebrew typed with or without its vowel points (niqqud)', () => {
    expect(title(zealand, 'he')).toBe('ניו זילנד');
    expect(ids(find('זילנד '))).toEqual(['he/new-zealand.txt', 'mixed/new-zealand-names.txt']);
    expect(ids(find('זִילַנְד '))).toEqual(['he/new-zealand.txt', 'mixed/new-zealand-names.txt']);
  });
});

describe('Chinese and Japanese', () => {
  it('finds Chinese terms of one, two, three and four characters inside unspaced text', () => {
    expect(ids(find('火星 '))).toEqual(['zh/gmw.txt']);
    expect(ids(find('宇航员 '))).toEqual(['zh/gmw.txt']);
    expect(ids(find('人工智能 '))).toEqual(['zh/qq.txt']);
    expect(ids(find('酒 '))).toContain('zh/gmw.txt');
    // The same characters in another order are another word.
    const text = corpus.paragraphs('gmw').join('');
    expect(text.includes('星火')).toBe(false);
    expect(find('星火 ').total).toBe(0);
  });

  it('shows a Chinese snippet that starts near the hit, with the term marked whole', () => {
    const results = find('火星 ');
    const snippet = hit(results, 'zh/gmw.txt').snippet ?? [];
    expect(marked(snippet)).toContain('火星');
    expect(snippet.some((run) => run.text.includes('\u200b'))).toBe(false);
    const lead = snippet[0]?.hit ? '' : (snippet[0]?.text ?? '');
    // A Chinese character shows about twice as wide as a Latin letter.
    expect([...lead].length * 2).toBeLessThanOrEqual(MAX_LEAD + 2);
    expect(snippet.map((run) => run.text).join('').length).toBeGreaterThan(20);
  });

  it('finds Japanese katakana and kanji terms, and a term while it is being typed', () => {
    expect(ids(find('トレンドマイクロ '))).toEqual(['ja/yahoo-4.txt']);
    expect(ids(find('暗号化 '))).toEqual(['ja/yahoo-4.txt']);
    expect(ids(find('Wi-Fiプロテクション '))).toEqual(['ja/yahoo-4.txt']);
    expect(ids(find('トレンド'))).toEqual(['ja/yahoo-4.txt']);
    expect(marked(hit(find('暗号化 '), 'ja/yahoo-4.txt').snippet)).toContain('暗号化');
  });

  it('keeps the query language working: OR, NOT, NEAR, phrases and title:', () => {
    expect(ids(find('火星 OR 人工智能 '))).toEqual(['zh/gmw.txt', 'zh/qq.txt']);
    expect(find('火星 -酒 ').total).toBe(0);
    expect(ids(find('人工智能 -火星 '))).toEqual(['zh/qq.txt']);
    // Each character is a word: "以平民化旅行的形式，去探索和殖民火星" has nine between 旅行 and 火星.
    expect(ids(find('NEAR(火星 旅行, 9) '))).toEqual(['zh/gmw.txt']);
    expect(find('NEAR(火星 旅行, 8) ').total).toBe(0);
    expect(ids(find('"太空 探险" '))).toEqual(['zh/gmw.txt']);
    expect(ids(find('title:宇航员 '))).toEqual(['zh/gmw.txt']);
    expect(find('title:火星 ').total).toBe(0);
  });

  it('finds a query mixing scripts only where all its words are', () => {
    expect(ids(find(`Зеландия ${title(zealand, 'zh')} `))).toEqual(['mixed/new-zealand-names.txt']);
    expect(ids(find('зеландия lavrov ')).length).toBe(0);
  });

  it('still finds English as before', () => {
    expect(ids(find('lavrov '))).toEqual(['english/seed.txt']);
  });
});

describe('the language filter', () => {
  beforeAll(() => {
    const languages: Record<string, string | null> = {
      'english/seed.txt': 'en',
      'ru/new-zealand.txt': 'ru',
      'uk/new-zealand.txt': 'uk',
      'ar/new-zealand.txt': 'ar',
      'ar/new-zealand-vocalized.txt': 'ar',
      'fa/new-zealand.txt': 'fa',
      'el/new-zealand.txt': 'el',
      'he/new-zealand.txt': 'he',
      'zh/gmw.txt': 'zh',
      'zh/qq.txt': 'zh',
      'ja/yahoo-4.txt': 'ja',
      'mixed/new-zealand-names.txt': null,
    };
    for (const [path, language] of Object.entries(languages)) lib.setLanguage(path, language);
  });

  it('lists the articles of the chosen languages, with or without words', () => {
    expect(ids(find('', { languages: ['zh'] }))).toEqual(['zh/gmw.txt', 'zh/qq.txt']);
    expect(ids(find('', { languages: ['ru', 'uk'] }))).toEqual(['ru/new-zealand.txt', 'uk/new-zealand.txt']);
    expect(ids(find('зеланди', { languages: ['ru'] }))).toEqual(['ru/new-zealand.txt']);
    expect(ids(find('', { languages: ['und'] }))).toEqual(['mixed/new-zealand-names.txt']);
    expect(find('火星 ', { languages: ['ja'] }).total).toBe(0);
  });

  it('reads language: in a query by code or name, combined with the other filters', () => {
    expect(ids(find('language:zh'))).toEqual(['zh/gmw.txt', 'zh/qq.txt']);
    expect(ids(find('language:Chinese 火星 '))).toEqual(['zh/gmw.txt']);
    expect(ids(find('language:русский'))).toEqual(['ru/new-zealand.txt']);
    expect(ids(find('language:fas'))).toEqual(['fa/new-zealand.txt']);
    expect(ids(find('language:ar language:fa'))).toEqual([
      'ar/new-zealand-vocalized.txt',
      'ar/new-zealand.txt',
      'fa/new-zealand.txt',
    ]);
    expect(ids(find('language:unknown'))).toEqual(['mixed/new-zealand-names.txt']);
    // Leaving a language out keeps the articles whose language is not known.
    expect(ids(find('зеландия -language:ru '))).toEqual(['mixed/new-zealand-names.txt']);
    expect(ids(find('language:zh', { dateFrom: '2024-03-02' }))).toEqual([]);
    expect(ids(find('language:zh', { folder: 'zh', languages: ['zh', 'ja'] }))).toEqual(['zh/gmw.txt', 'zh/qq.txt']);
  });

  it('says what it cannot read as a language, and searches the rest', () => {
    const results = find('language:klingonese 火星 ');
    expect(ids(results)).toEqual(['zh/gmw.txt']);
    expect(results.problems).toEqual([expect.stringContaining('“klingonese” is not a language')]);
    expect(find('(language:zh OR 火星) ').problems).toEqual([expect.stringContaining('language:zh narrows')]);
    expect(find('language:zh 火星 ').shape?.fields).toEqual(['language']);
  });

  it('counts the library’s articles per language for the filter', () => {
    const { languages } = lib.catalog.summary(ROOT, { broken: 10, domains: 10, folders: 10 });
    expect(languages?.[0]).toEqual({ language: 'ar', articles: 2 });
    expect(languages).toContainEqual({ language: 'zh', articles: 2 });
    expect(languages).toContainEqual({ language: null, articles: 1 });
    expect(languages?.reduce((sum, row) => sum + row.articles, 0)).toBe(12);
  });
});
