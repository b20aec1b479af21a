// Keyboard-complete: the list is one tab stop moved by arrows, the article text takes a caret that
// selects with the keys, 1–5 highlight, Tab reaches each highlight and Enter opens its card; skip links,
// the workspace tabs and the `?` sheet work without the mouse. No test here clicks.
import type { Locator, Page } from '@playwright/test';
import { articleText, expect, test } from './fixtures';
import { pressTimes, selectedText, tabTo } from './keyboard-actions';
import { SEED_TITLE } from './reader-actions';

const FIRST = 'Talks resumed in Geneva on Monday. Both sides agreed to meet again within a week.';
const SECOND = 'Observers said the mood was calmer than at the last round.';
const titleOf = (n: number): string => `Ceasefire talks, day ${String(n).padStart(2, '0')}`;

// 40 articles newer than the seed article, newest first in the list: day 40 on top, then 39 …
const seedFiles: Record<string, string> = {};
for (let n = 1; n <= 40; n++) {
  const two = (value: number): string => String(value).padStart(2, '0');
  const date = `2024${two(1 + Math.floor((n - 1) / 28))}${two(1 + ((n - 1) % 28))}`;
  seedFiles[`talks/day-${n}.txt`] = articleText(titleOf(n), date, `https://news.example/talks/${n}`, [FIRST, SECOND]);
}
test.use({ seedFiles });
// Each test walks a long path key by key; on a machine shared with other runs that takes a while.
test.describe.configure({ timeout: 150_000 });

/** Tab to the first skip link and follow it: the article list has the focus, its rows listed. */
async function skipToList(app: Page): Promise<Locator> {
  const list = app.getByRole('listbox', { name: 'Articles' });
  await expect(list.getByRole('option').first()).toBeVisible();
  await app.keyboard.press('Tab');
  await expect(app.getByRole('link', { name: 'Skip to article list' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(list).toBeFocused();
  return list;
}

test('without the mouse: list, article, keyboard selection, highlight, its card, and out of the list', async ({
  app,
}) => {
  const list = app.getByRole('listbox', { name: 'Articles' });
  await expect(list.getByRole('option').first()).toContainText(titleOf(40));
  await app.keyboard.press('Tab');
  await expect(app.getByRole('link', { name: 'Skip to article list' })).toBeFocused();
  await tabTo(app, list);

  // One tab stop; the keys move the active row and open its article.
  const h1 = app.getByTestId('reader').locator('h1');
  await app.keyboard.press('ArrowDown');
  await expect(h1).toHaveText(titleOf(40));
  await app.keyboard.press('ArrowDown');
  await expect(h1).toHaveText(titleOf(39));
  await app.keyboard.press('End');
  await expect(h1).toHaveText(SEED_TITLE); // the oldest, below the 40 talks
  const active = app.locator(`#${await list.getAttribute('aria-activedescendant')}`);
  await expect(active).toBeInViewport();
  await expect(active).toHaveAttribute('aria-selected', 'true');
  await expect(active).toHaveAttribute('aria-posinset', String(await active.getAttribute('aria-setsize')));
  await app.keyboard.press('Home');
  await expect(h1).toHaveText(titleOf(40));
  await app.screenshot({ path: '/tmp/keys-list-focus.png' });
  await app.keyboard.press('PageDown');
  const paged = Number(
    await app.locator(`#${await list.getAttribute('aria-activedescendant')}`).getAttribute('aria-posinset'),
  );
  expect(paged).toBeGreaterThan(2);
  await expect(h1).toHaveText(titleOf(41 - paged));
  await app.keyboard.press('PageUp');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(h1).toHaveText(titleOf(39));
  await expect(list).toBeFocused();

  // Tab leaves the list of 40 in one press.
  await app.keyboard.press('Tab');
  await expect(list).not.toBeFocused();
  expect(await list.evaluate((el) => el.contains(document.activeElement))).toBe(false);

  // Into the text: a caret at the first paragraph; Shift+→ selects, 2 highlights as "Claim to verify".
  const text = app.getByRole('document', { name: 'Article text' });
  await tabTo(app, text);
  await expect(app.getByTestId('text-caret')).toBeVisible();
  await pressTimes(app, 'Shift+ArrowRight', 'Talks resumed'.length);
  expect(await selectedText(app)).toBe('Talks resumed');
  await expect(app.getByTestId('highlight-toolbar')).toBeVisible();
  await app.keyboard.press('2');
  const mark = app.locator('mark.hl-red');
  await expect(mark).toHaveText('Talks resumed');
  await expect(mark).toHaveAttribute('data-letter', 'Cl');
  await expect(text).toBeFocused();

  // S selects the sentence at the caret, a paragraph further on (Ctrl+↓); 4 makes it "Context".
  await app.keyboard.press('Control+ArrowDown');
  await app.keyboard.press('s');
  expect(await selectedText(app)).toBe(SECOND);
  await app.keyboard.press('4');
  await expect(app.locator('mark.hl-blue')).toHaveText(SECOND);
  await app.screenshot({ path: '/tmp/keys-marks.png' });

  // Tab reaches each highlight in reading order; Enter opens its card.
  const first = app.getByRole('button', { name: 'Claim to verify highlight: Talks resumed' });
  const second = app.getByRole('button', { name: `Context highlight: ${SECOND}` });
  await app.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await app.keyboard.press('Tab');
  await expect(second).toBeFocused();
  await app.keyboard.press('Shift+Tab');
  await expect(first).toBeFocused();
  await app.screenshot({ path: '/tmp/keys-focus-mark.png' });
  await app.keyboard.press('Enter');
  const card = app.locator('[data-testid="highlight-card"].card-selected');
  await expect(card).toContainText('Talks resumed');
  await expect(card.locator('.card-quote')).toBeFocused();
  await expect(card.locator('.card-quote')).toHaveAttribute('aria-expanded', 'true');
});

test('skip links and the workspace tabs, from the keyboard', async ({ app }) => {
  await skipToList(app);
  await app.keyboard.press('ArrowDown');
  await expect(app.getByTestId('reader').locator('h1')).toHaveText(titleOf(40));

  await tabTo(app, app.getByRole('link', { name: 'Skip to article', exact: true }), 'Shift+Tab');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('document', { name: 'Article text' })).toBeFocused();
  await expect(app.getByTestId('text-caret')).toBeVisible();
  await tabTo(app, app.getByRole('link', { name: 'Skip to notes' }), 'Shift+Tab');
  await app.screenshot({ path: '/tmp/keys-skip-link.png' });
  await app.keyboard.press('Enter');
  await expect(app.getByRole('complementary', { name: 'Annotations' })).toBeFocused();

  // The tabs: one tab stop, arrows switch and show the panel.
  const library = app.getByRole('tab', { name: 'Library' });
  const briefs = app.getByRole('tab', { name: 'Briefs' });
  await tabTo(app, library, 'Shift+Tab');
  await expect(briefs).toHaveAttribute('tabindex', '-1');
  await app.keyboard.press('ArrowRight');
  await expect(briefs).toBeFocused();
  await expect(briefs).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByRole('tabpanel', { name: 'Briefs' })).toBeVisible();
  await app.screenshot({ path: '/tmp/keys-tabs.png' });
  await app.keyboard.press('ArrowLeft');
  await expect(library).toBeFocused();
  await expect(app.getByRole('tabpanel', { name: 'Library' })).toBeVisible();
});

test('? opens the sheet of shortcuts, which keeps the focus until Escape gives it back', async ({ app }) => {
  const library = app.getByRole('tab', { name: 'Library' });
  await expect(app.getByRole('listbox', { name: 'Articles' }).getByRole('option').first()).toBeVisible();
  await tabTo(app, library);

  // ? opens the sheet: focus inside and kept there, Escape closes it, the focus comes back.
  await app.keyboard.press('?');
  const sheet = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Ctrl+Shift+F');
  await expect(sheet.getByRole('heading', { name: 'Article text (Tab into it: a caret shows)' })).toBeVisible();
  await app.screenshot({ path: '/tmp/keys-sheet.png' });
  for (let i = 0; i < 3; i++) {
    await app.keyboard.press('Tab');
    expect(await sheet.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  await app.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(library).toBeFocused();

  // Typing ? in a field types it.
  const search = app.getByLabel('Search the library');
  await tabTo(app, search);
  await app.keyboard.press('?');
  await expect(search).toHaveValue('?');
  await expect(sheet).toBeHidden();
});

test.describe('right-to-left text', () => {
  const ARABIC = 'استؤنفت المحادثات في جنيف يوم الاثنين. واتفق الطرفان على اللقاء مجددا.';
  const HEBREW = 'המשקיפים אמרו שהאווירה הייתה רגועה יותר מאשר בסבב הקודם.';
  test.use({
    seedFiles: { 'ar/talks.txt': articleText('محادثات جنيف', '20990101', 'https://news.example/ar', [ARABIC, HEBREW]) },
  });

  test('W selects the Arabic word at the caret, P the Hebrew paragraph; marks show their letters', async ({ app }) => {
    await skipToList(app);
    await app.keyboard.press('ArrowDown');
    await expect(app.getByTestId('reader').locator('h1')).toHaveText('محادثات جنيف');
    await tabTo(app, app.getByRole('document', { name: 'Article text' }));
    await app.keyboard.press('w');
    expect(await selectedText(app)).toBe('استؤنفت');
    await app.keyboard.press('1');
    await expect(app.locator('mark.hl-yellow')).toHaveText('استؤنفت');
    await expect(app.locator('mark.hl-yellow')).toHaveAttribute('data-letter', 'K');
    await app.keyboard.press('Control+ArrowDown');
    await app.keyboard.press('p');
    expect(await selectedText(app)).toBe(HEBREW);
    await app.keyboard.press('3');
    await expect(app.locator('mark.hl-purple')).toHaveText(HEBREW);
    await expect(app.locator('mark.hl-purple')).toHaveAttribute('data-letter', 'Cn');
    // Shift+← in right-to-left text extends forward in reading order, as Chromium moves it on screen.
    await app.keyboard.press('Control+Home');
    await pressTimes(app, 'Shift+ArrowLeft', 3);
    expect(await selectedText(app)).toBe('است');
    await app.screenshot({ path: '/tmp/keys-rtl.png' });
  });
});
