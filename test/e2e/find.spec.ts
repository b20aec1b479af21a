// Find inside an article: a search hit opens with the query's words marked and the first scrolled into
// view, highlights made over them stay whole; the find bar (Ctrl+Shift+F) counts, steps both ways with
// wrap-around and closes with Escape; right-to-left articles and queries too.
import { AxeBuilder } from '@axe-core/playwright';
import { articleText, expect, test } from './fixtures';
import { currentWord, foundWords, markInView } from './found-words';
import { highlightPassage } from './reader-actions';

const FILLER = [
  'Delegations from both sides met again on Tuesday to discuss the technical questions left open last month.',
  'Officials said the talks covered the inspection regime, the schedule for prisoner exchanges and insurance.',
  'Shipping companies have asked for written guarantees before they send vessels back into the region.',
  'Analysts cautioned that earlier rounds had ended without agreement on the most contested points.',
];
const paragraphs = Array.from({ length: 36 }, (_, i) => `${FILLER[i % FILLER.length]} (${i + 1})`);
paragraphs[24] = 'The next round of grain talks will be held in Istanbul, the foreign ministry said on Wednesday.';
paragraphs[30] = 'Turkish mediators in Istanbul said grain shipments could resume within weeks.';
paragraphs[33] = 'A further meeting on grain insurance is planned for the spring.';
const GRAIN_TITLE = 'Grain corridor talks to resume after a month of delays';

const ARABIC_TITLE = 'محادثات في جنيف الأسبوع المقبل';
const ARABIC_PARAGRAPHS = [
  'قالت مصادر دبلوماسية إن المحادثات ستعقد في جنيف الأسبوع المقبل.',
  'وأضافت المصادر أن الوفود ستناقش ملف الحبوب، وأن جولة أخرى في جنيف ممكنة.',
];

test.use({
  seedFiles: {
    'world/grain-talks.txt': articleText(GRAIN_TITLE, '20220301', 'https://news.example.net/grain', paragraphs),
    'world/geneva-ar.txt': articleText(ARABIC_TITLE, '20220302', 'https://www.example.org/geneva', ARABIC_PARAGRAPHS),
  },
});

const openHit = async (page: import('@playwright/test').Page, query: string, title: string): Promise<void> => {
  await page.getByLabel('Search the library').fill(query);
  const row = page.getByTestId('article-list').locator('.article-row').filter({ hasText: title });
  await expect(row).toHaveCount(1);
  await row.click();
  await expect(page.getByTestId('reader').locator('h1')).toHaveText(title);
};

test('a search hit opens with the query’s words marked and the first in view', async ({ app }) => {
  await openHit(app, 'istanbul ', GRAIN_TITLE);
  await expect.poll(() => foundWords(app)).toEqual(['Istanbul', 'Istanbul']);
  // The first mark is far below the article's start: the reader scrolled to it.
  await expect.poll(() => markInView(app)).toBe(true);
  expect(await app.getByTestId('reader').evaluate((pane) => pane.scrollTop)).toBeGreaterThan(0);
  // Marking added nothing to the text: no element, the paragraphs as the file has them.
  await expect(app.getByTestId('article-body').locator('mark')).toHaveCount(0);
  await expect(app.getByTestId('article-body').locator('p').nth(24)).toHaveText(paragraphs[24] ?? '');
  await app.screenshot({ path: '/tmp/find-opened-hit.png' });

  // A highlight over a marked word is drawn whole, and the words stay marked over its new text nodes.
  await highlightPassage(app, 'held in Istanbul, the foreign ministry');
  await expect(app.getByTestId('article-body').locator('mark.hl')).toHaveText('held in Istanbul, the foreign ministry');
  await expect.poll(() => foundWords(app)).toEqual(['Istanbul', 'Istanbul']);
});

test('the find bar opens prefilled, counts, and steps both ways around the article', async ({ app }) => {
  test.slow(); // a dozen steps, each waited on, and an axe-core pass
  await openHit(app, 'istanbul ', GRAIN_TITLE);
  await app.keyboard.press('Control+Shift+F');
  const find = app.getByRole('searchbox', { name: 'Find in this article' });
  await expect(find).toBeFocused();
  // Prefilled with the library query's words.
  await expect(find).toHaveValue('istanbul');
  const count = app.getByTestId('find-count');
  await expect(count).toHaveText('1 of 2');

  await find.fill('grain');
  await expect(count).toHaveText('1 of 3');
  await expect.poll(() => currentWord(app)).toBe('grain');
  await expect.poll(() => foundWords(app)).toEqual(['grain', 'grain', 'grain']);
  await find.press('Enter');
  await expect(count).toHaveText('2 of 3');
  await find.press('F3');
  await expect(count).toHaveText('3 of 3');
  await expect.poll(() => markInView(app)).toBe(true);
  // Past the last match, back to the first; before the first, round to the last.
  await find.press('Enter');
  await expect(count).toHaveText('1 of 3');
  await find.press('Shift+Enter');
  await expect(count).toHaveText('3 of 3');
  await find.press('Shift+F3');
  await expect(count).toHaveText('2 of 3');
  await app.getByRole('button', { name: 'Previous match' }).click();
  await expect(count).toHaveText('1 of 3');
  await app.screenshot({ path: '/tmp/find-bar.png' });
  const axe = await new AxeBuilder({ page: app }).include('[data-testid="find-bar"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  // Escape closes the bar from its buttons too.
  await expect(app.getByRole('button', { name: 'Previous match' })).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('find-bar')).toHaveCount(0);
});

test('the find bar takes phrases and prefixes, says when nothing matches, and Escape gives the focus back', async ({
  app,
}) => {
  await openHit(app, 'istanbul ', GRAIN_TITLE);
  const search = app.getByLabel('Search the library');
  await search.focus();
  await app.keyboard.press('Control+Shift+F');
  const find = app.getByRole('searchbox', { name: 'Find in this article' });
  await expect(find).toBeFocused();
  const count = app.getByTestId('find-count');
  // A phrase, and the last word as a prefix while it is typed.
  await find.fill('"grain shipments" resu');
  await expect(count).toHaveText('1 of 2');
  await expect.poll(() => foundWords(app)).toEqual(['grain shipments', 'resume']);
  await find.fill('zanzibar');
  await expect(count).toHaveText('No matches');
  await expect.poll(() => foundWords(app)).toEqual([]);

  await find.press('Escape');
  await expect(app.getByTestId('find-bar')).toHaveCount(0);
  await expect(search).toBeFocused();
  // Closed, the article shows the library query's words again, with no current one.
  await expect.poll(() => foundWords(app)).toEqual(['Istanbul', 'Istanbul']);
  expect(await currentWord(app)).toBeNull();
  // F3 opens the bar again, keeping what was typed.
  await app.keyboard.press('F3');
  await expect(find).toHaveValue('zanzibar');
});

test('right-to-left articles and queries are marked and found', async ({ app }) => {
  await openHit(app, 'جنيف', ARABIC_TITLE);
  await expect.poll(() => foundWords(app)).toEqual(['جنيف', 'جنيف']);
  await expect(app.getByTestId('article-list').locator('.row-title mark')).toHaveText('جنيف');
  await app.screenshot({ path: '/tmp/find-rtl-hit.png' });
  await app.keyboard.press('Control+Shift+F');
  const find = app.getByRole('searchbox', { name: 'Find in this article' });
  await expect(find).toHaveValue('جنيف');
  await find.fill('المصادر');
  await expect(app.getByTestId('find-count')).toHaveText('1 of 1');
  await expect.poll(() => currentWord(app)).toBe('المصادر');
  await find.fill('"جولة أخرى"');
  await expect(app.getByTestId('find-count')).toHaveText('1 of 1');
  await expect.poll(() => currentWord(app)).toBe('جولة أخرى');
  await app.screenshot({ path: '/tmp/find-rtl-bar.png' });
});
