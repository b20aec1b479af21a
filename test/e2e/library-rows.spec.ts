// The library list's rows and the reader's header: a long title on two lines with the whole title on hover,
// the query's words marked in the title (a title-only match included) and in a snippet whose match lies
// deep in a long paragraph; the header names title, outlet and date before the file.
import type { Locator, Page } from '@playwright/test';
import { articleText, expect, test } from './fixtures';

const LONG_TITLE =
  'Officials from the regional water authority and three neighbouring councils meet to review the ' +
  'reservoir plan before the summer drought season begins';
const ULTIMATUM_TITLE = 'Lavrov rejects Western ultimatum on Ukraine talks';
const DEEP =
  'The delegations spent most of the morning on procedural questions, with officials from several ministries ' +
  'exchanging draft wording on the sequencing of prisoner exchanges, humanitarian corridors, the inspection ' +
  'regime for grain shipments and the timetable for further technical consultations in Istanbul and Geneva, ' +
  'before the afternoon session opened with a statement read by the spokesman Dmitry Peskov, who said the ' +
  'proposals needed more work.';
const HEBREW_TITLE = 'שר החוץ הרוסי ייפגש עם עמיתו האמריקני בז׳נבה בשבוע הבא כדי לדון בהסלמה בגבול אוקראינה';

test.use({
  seedFiles: {
    'water/reservoir.txt': articleText(LONG_TITLE, '20240620', 'https://www.example.org/reservoir', [
      'The meeting will look at the levels in the upper reservoir and the rules for hosepipe use.',
    ]),
    'world/ultimatum.txt': articleText(ULTIMATUM_TITLE, '20220301', 'https://edition.example.com/ultimatum', [
      'The foreign minister said Moscow would not accept conditions set in advance by Washington.',
      DEEP,
    ]),
    'world/geneva-he.txt': articleText(HEBREW_TITLE, '20220302', 'https://www.example.org/he', [
      'המשלחות דנו במשך רוב הבוקר בשאלות פרוצדורליות, לפני שהמושב נפתח בהצהרה של שר החוץ.',
    ]),
  },
});

const row = (page: Page, text: string): Locator =>
  page.getByTestId('article-list').locator('.article-row').filter({ hasText: text });

/** Lines the element takes on screen, and whether it holds more text than it shows. */
const lines = (element: Locator): Promise<{ lines: number; clipped: boolean }> =>
  element.evaluate((node) => {
    const lineHeight = Number.parseFloat(getComputedStyle(node).lineHeight);
    return { lines: Math.round(node.clientHeight / lineHeight), clipped: node.scrollHeight > node.clientHeight + 1 };
  });

test('a long title shows on two lines, whole on hover, with the query’s words marked', async ({ app }) => {
  const reservoir = row(app, 'Officials from the regional water authority');
  await expect(reservoir).toHaveAttribute('title', LONG_TITLE);
  expect(await lines(reservoir.locator('.row-title'))).toEqual({ lines: 2, clipped: true });
  const hebrew = row(app, 'שר החוץ הרוסי');
  await expect(hebrew).toHaveAttribute('title', HEBREW_TITLE);
  expect((await lines(hebrew.locator('.row-title'))).lines).toBe(2);
  await app.screenshot({ path: '/tmp/find-rows-browse.png' });

  await app.getByLabel('Search the library').fill('reservoir ');
  // Matched in its title and its body: both marked; the snippet's match is on its first lines.
  await expect(reservoir.locator('.row-title mark')).toHaveText('reservoir');
  await expect(reservoir.locator('.snippet mark')).toHaveText('reservoir');
  await app.getByLabel('Search the library').fill('בז׳נבה');
  await expect(hebrew.locator('.row-title mark')).toHaveText('בז׳נבה');
  await app.screenshot({ path: '/tmp/find-rows-rtl.png' });
});

test('a title-only match shows a marked word, and a deep match is not cut from its snippet', async ({ app }) => {
  const search = app.getByLabel('Search the library');
  await search.fill('ultimatum ');
  const ultimatum = row(app, ULTIMATUM_TITLE);
  await expect(ultimatum.locator('.row-title mark')).toHaveText('ultimatum');
  await expect(ultimatum.locator('.snippet')).toContainText('The foreign minister said Moscow');

  await search.fill('peskov ');
  const mark = ultimatum.locator('.snippet mark');
  await expect(mark).toHaveText('Peskov');
  // The mark sits inside the two lines the row shows, not past the clamp.
  const visible = await mark.evaluate((node) => {
    const snippet = node.closest('.snippet')?.getBoundingClientRect();
    const box = node.getBoundingClientRect();
    return snippet !== undefined && box.top >= snippet.top && box.bottom <= snippet.bottom + 1;
  });
  expect(visible).toBe(true);
  await app.screenshot({ path: '/tmp/find-rows-deep.png' });
});

test('the reader’s header shows title, outlet and date first, the file name as a detail', async ({ app }) => {
  await row(app, ULTIMATUM_TITLE).click();
  const header = app.getByTestId('reader').locator('.reader-header');
  await expect(header.locator('h1')).toHaveText(ULTIMATUM_TITLE);
  const order = await header.evaluate((node) => {
    const at = (selector: string): number => {
      const found = node.querySelector(selector);
      if (!found) return -1;
      return [...node.querySelectorAll('*')].indexOf(found);
    };
    return { title: at('h1'), outlet: at('.source-link'), date: at('.reader-date'), file: at('.file-id') };
  });
  expect(order.title).toBeGreaterThanOrEqual(0);
  expect(order.outlet).toBeGreaterThan(order.title);
  expect(order.date).toBeGreaterThan(order.outlet);
  expect(order.file).toBeGreaterThan(order.date);
  await expect(header.locator('.source-link')).toHaveText('edition.example.com');
  await expect(header.locator('.reader-date')).toHaveText(/2022/);
  await expect(header.locator('.file-id')).toHaveText('world/ultimatum.txt');
  // The file name is smaller than the outlet and date it follows.
  const size = (selector: string): Promise<number> =>
    header.locator(selector).evaluate((node) => Number.parseFloat(getComputedStyle(node).fontSize));
  expect(await size('.file-id')).toBeLessThan(await size('.reader-date'));
  await app.screenshot({ path: '/tmp/find-reader-header.png' });
});
