// Search in other scripts end to end, on library files made of real text from the saved test pages
// (test/support/corpus-pages.ts): Chinese and Japanese found inside unspaced text, Greek, Arabic and Russian
// typed without their accents, vowel marks or capitals, marked in rows and in the reader as written; and the
// Language filter.
import type { Page } from '@playwright/test';
import { CORPUS_TIMEOUT, openCorpus, type CorpusPages } from '../support/corpus-pages';
import { articleText, expect, test, type LibraryFolder } from './fixtures';
import { foundWords } from './found-words';

let corpus: CorpusPages;
test.beforeAll(async () => {
  test.setTimeout(CORPUS_TIMEOUT);
  corpus = await openCorpus(['wikipedia-2', 'gmw', 'yahoo-4']);
});
test.afterAll(() => corpus.close());

/** The corpus's Arabic "New Zealand" with its vowels written (harakat). */
const VOCALIZED_ZEALAND = 'نِيُوزِيلَنْدَا';

interface Written {
  readonly chinese: string;
  readonly japanese: string;
  readonly titles: Map<string, string>;
}

/** Writes the articles into the library folder and waits until the list has them all. */
async function writeArticles(app: Page, library: LibraryFolder): Promise<Written> {
  const titles = corpus.otherLanguageTitles('wikipedia-2');
  const title = (lang: string): string => titles.get(lang) ?? '';
  const chinese = corpus.title('gmw');
  const japanese = corpus.title('yahoo-4');
  const files: Record<string, string> = {
    'zh/gmw.txt': articleText(chinese, '20160101', 'https://www.example.org/gmw', corpus.paragraphs('gmw')),
    'ja/yahoo-4.txt': articleText(japanese, '20160309', 'https://www.example.org/y', corpus.paragraphs('yahoo-4')),
    'el/zealand.txt': articleText(title('el'), '20240301', 'https://el.example.org/a', [title('el')]),
    'ru/zealand.txt': articleText(title('ru'), '20240301', 'https://ru.example.org/a', [title('ru')]),
    'ar/zealand.txt': articleText(VOCALIZED_ZEALAND, '20240301', 'https://ar.example.org/a', [title('ar')]),
    'he/zealand.txt': articleText(title('he'), '20240301', 'https://he.example.org/a', [title('he')]),
  };
  for (const [path, text] of Object.entries(files)) await library.write(path, text);
  // The seed article and these.
  const count = Object.keys(files).length + 1;
  await expect(app.getByTestId('library-count')).toContainText(`${count} articles`);
  return { chinese, japanese, titles };
}

const rows = (app: Page): ReturnType<Page['locator']> => app.getByTestId('article-list').locator('.article-row');

test('finds Chinese, Japanese, Greek, Arabic and Russian as analysts type them, marked as written', async ({
  app,
  library,
}) => {
  const { chinese, japanese, titles } = await writeArticles(app, library);
  const search = app.getByLabel('Search the library');

  await search.fill('火星 ');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText(chinese);
  await expect(rows(app).first().locator('.snippet mark').first()).toHaveText('火星');

  await search.fill('トレンドマイクロ');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText(japanese);

  await search.fill('ζηλανδια ');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first().locator('mark').first()).toHaveText('Ζηλανδία');

  await search.fill(`${titles.get('ar') ?? ''} `);
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first().locator('mark').first()).toHaveText(VOCALIZED_ZEALAND);

  await search.fill('ЗЕЛАНДИЯ ');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first().locator('mark').first()).toHaveText('Зеландия');

  // A mixed query finds nothing where not every word is; then a Chinese hit opens with its word marked.
  await search.fill('зеландия 火星 ');
  await expect(app.getByTestId('no-results')).toBeVisible();
  await search.fill('宇航员 ');
  await rows(app).first().click();
  await expect(app.getByTestId('reader').locator('h1')).toHaveText(chinese);
  const expected = corpus.paragraphs('gmw').join('\n').split('宇航员').length - 1;
  await expect.poll(() => foundWords(app)).toEqual(Array.from({ length: expected }, () => '宇航员'));
});

test('the Language filter lists the languages there are and narrows the list', async ({ app, library, host }) => {
  await writeArticles(app, library);
  await app.getByRole('button', { name: /^Filters/u }).click();
  const choice = app.getByLabel('Language', { exact: true });
  const summary = await host.library.summary();
  const known = (summary.languages ?? []).filter((row) => row.language !== null);
  if (known.length === 0) {
    // Until articles' languages are detected from their text, a .txt file has none: every article is of
    // unknown language, and the filter offers just that.
    await expect(choice.locator('option')).toHaveText(['Any language', 'Unknown language (7)']);
    await choice.selectOption({ label: 'Unknown language (7)' });
    await expect(rows(app)).toHaveCount(7);
    return;
  }
  // With detection: each language by its English name, with its count.
  await expect(choice.locator('option', { hasText: 'Chinese (1)' })).toHaveCount(1);
  await expect(choice.locator('option', { hasText: 'Japanese (1)' })).toHaveCount(1);
  await choice.selectOption({ label: 'Chinese (1)' });
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText(corpus.title('gmw'));
  // It combines with a query, and language: in a query says the same.
  await app.getByLabel('Search the library').fill('トレンドマイクロ ');
  await expect(app.getByTestId('no-results')).toBeVisible();
  await app.getByRole('button', { name: 'Clear filters' }).click();
  await app.getByLabel('Search the library').fill('language:ja');
  await expect(rows(app)).toHaveCount(1);
  await expect(rows(app).first()).toContainText(corpus.title('yahoo-4'));
});
