// Language detection on real text: Mozilla Readability's test pages (their expected-metadata.json names the
// language), the seed article, a CNN Arabic report and the Declaration of Human Rights in other scripts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleLanguage, primaryLanguage } from '../../../../src-main/articles/language';
import { parseArticle } from '../../../../src-main/articles/parse';

const ROOT = resolve(__dirname, '../../../..');
const CORPUS = resolve(ROOT, '../shared/corpora/readability-test-pages.tar.xz');
const SEED = resolve(ROOT, '../shared/seed-articles/000_08978045df2b272e.txt');
const FIXTURES = resolve(ROOT, 'test/fixtures/languages');

/** Pages whose "article" is Lorem ipsum, whatever their metadata says: no language to find. */
const LOREM = new Set(['data-url-image', 'hidden-nodes', 'missing-paragraphs']);

let dir = '';
let pages: { name: string; lang: string; paragraphs: string[] }[] = [];

function paragraphsOf(html: string): string[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('p, h1, h2, h3, li, pre, td')]
    .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

const byName = (name: string): string[] => pages.find((page) => page.name === name)?.paragraphs ?? [];
const bodyOf = (libraryFile: string): string[] =>
  readFileSync(libraryFile, 'utf8').split('\n').slice(3).filter(Boolean);
const udhr = JSON.parse(readFileSync(join(FIXTURES, 'udhr-preambles.json'), 'utf8')) as Record<string, string>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-lang-'));
  execFileSync('tar', ['-xJf', CORPUS, '-C', dir]);
  const root = join(dir, 'test/test-pages');
  pages = readdirSync(root).flatMap((name) => {
    const meta = JSON.parse(readFileSync(join(root, name, 'expected-metadata.json'), 'utf8')) as { lang?: string };
    if (!meta.lang || LOREM.has(name)) return [];
    return [
      { name, lang: meta.lang, paragraphs: paragraphsOf(readFileSync(join(root, name, 'expected.html'), 'utf8')) },
    ];
  });
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('articleLanguage on real pages', () => {
  it('finds the language every Readability page with a declared language is written in, without the hint', () => {
    expect(pages.length).toBeGreaterThan(60);
    const languages = new Set(pages.map((page) => primaryLanguage(page.lang)));
    // English, Czech, German, Spanish, French, Portuguese, Japanese, Chinese.
    expect([...languages].sort()).toEqual(['cs', 'de', 'en', 'es', 'fr', 'ja', 'pt', 'zh']);
    const wrong = pages
      .map((page) => ({
        page: page.name,
        want: primaryLanguage(page.lang),
        got: articleLanguage(page.paragraphs, null),
      }))
      .filter(({ want, got }) => want !== got);
    expect(wrong).toEqual([]);
  });

  it('tells Chinese from Japanese by the kana among the Han characters', () => {
    expect(articleLanguage(byName('pixnet'), null)).toBe('zh');
    expect(articleLanguage(byName('yahoo-4'), null)).toBe('ja');
  });

  it('reads the seed article as English, and a Markdown or text article gets its language when parsed', () => {
    const bytes = readFileSync(SEED);
    const parsed = parseArticle(bytes, { fileName: 'seed.txt' });
    expect(parsed.ok && parsed.article.language).toBe('en');
    const arabic = parseArticle(readFileSync(join(FIXTURES, 'ar-cnn-syria.txt')), { fileName: 'cnn.txt' });
    expect(arabic.ok && arabic.article.language).toBe('ar');
  });

  it('reads Arabic news as Arabic, and the scripts that decide alone', () => {
    expect(articleLanguage(bodyOf(join(FIXTURES, 'ar-cnn-syria.txt')), null)).toBe('ar');
    expect(articleLanguage(bodyOf(join(FIXTURES, 'he-udhr-preamble.txt')), null)).toBe('he');
    for (const lang of ['he', 'el', 'ko', 'th']) expect(articleLanguage([udhr[lang] as string], null)).toBe(lang);
  });

  it('chooses among the languages of one script: Cyrillic, Arabic, Devanagari', () => {
    for (const lang of ['ru', 'uk', 'bg', 'fa', 'ur', 'hi']) {
      expect({ lang, got: articleLanguage([udhr[lang] as string], null) }).toEqual({ lang, got: lang });
    }
  });
});

describe('what the original declares', () => {
  it('is normalised and kept when the text agrees', () => {
    const seed = bodyOf(SEED);
    expect(articleLanguage(seed, 'en-GB')).toBe('en');
    expect(articleLanguage([udhr.ru as string], 'ru_RU')).toBe('ru');
  });

  it('gives way when the text is clearly another language or another script', () => {
    const french = byName('lemonde-1');
    expect(articleLanguage(french, 'en')).toBe('fr');
    expect(articleLanguage(bodyOf(SEED), 'de')).toBe('en');
    expect(articleLanguage([udhr.uk as string], 'ru')).toBe('uk');
    expect(articleLanguage(bodyOf(join(FIXTURES, 'ar-cnn-syria.txt')), 'en')).toBe('ar');
  });

  it('is kept for a language of the script the detector does not know, or another written in Han characters', () => {
    // franc-min has no Macedonian: a Cyrillic text declared Macedonian stays so.
    expect(articleLanguage([udhr.bg as string], 'mk')).toBe('mk');
    const chinese = byName('pixnet');
    // Japanese prose is never pages of Han without a kana: declared Japanese, it is Chinese.
    expect(articleLanguage(chinese, 'ja')).toBe('zh');
    expect(articleLanguage(chinese, 'yue-HK')).toBe('yue');
  });
});

describe('short and mixed text', () => {
  it('says nothing from a few letters: the declared language (normalised) or null', () => {
    expect(articleLanguage([], null)).toBeNull();
    expect(articleLanguage(['2022', '—', '12:30'], 'EN-us')).toBe('en');
    expect(articleLanguage(['Hello there'], null)).toBeNull();
    expect(articleLanguage(['Hello there'], 'fr')).toBe('fr');
  });

  it('trusts a script that decides alone from a short title, but no trigram guess on one line', () => {
    expect(articleLanguage(['הכרזה בדבר זכויות האדם'], null)).toBe('he');
    expect(articleLanguage(['Κυβέρνηση και Βουλή σήμερα'], null)).toBe('el');
    // One short line of Cyrillic could be Russian, Ukrainian or Bulgarian: no guess without a hint.
    expect(articleLanguage(['Заявление правительства'], null)).toBeNull();
    expect(articleLanguage(['Заявление правительства'], 'ru')).toBe('ru');
  });

  it('goes by most of the letters: an Arabic report with a Latin agency name, an English text quoting Russian', () => {
    const arabic = bodyOf(join(FIXTURES, 'ar-cnn-syria.txt'));
    expect(arabic[0]).toContain('(CNN)');
    expect(articleLanguage([arabic[0] as string], null)).toBe('ar');
    const seed = bodyOf(SEED);
    expect(articleLanguage([seed[0] as string, (udhr.ru as string).slice(0, 120), ...seed.slice(1)], null)).toBe('en');
    // A Chinese article with English product names is still Chinese.
    expect(
      articleLanguage(
        ['苹果公司发布了新款 iPhone 15 Pro Max 和 Apple Watch Ultra 智能手表，售价从七千九百九十九元起。'],
        null,
      ),
    ).toBe('zh');
  });

  it('reads only the opening of a long article: what follows its first page does not sway it', () => {
    const seed = bodyOf(SEED);
    const french = byName('lemonde-1');
    const long = [...seed.slice(0, 8), ...Array.from({ length: 2000 }, (_, i) => french[i % french.length] as string)];
    expect(long.join('\n').length).toBeGreaterThan(100 * seed.slice(0, 8).join('\n').length);
    expect(articleLanguage(long, null)).toBe('en');
  });
});
