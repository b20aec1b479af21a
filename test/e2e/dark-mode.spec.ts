// Dark mode follows the system: with a dark colour scheme the page, the panes and the reader turn dark
// with light text, and every highlight colour stays visible on the page and keeps its text legible.
import { articleText, expect, test } from './fixtures';
import { layoutShot } from './layout-checks';
import { highlightPassage, openArticle, SEED_TITLE } from './reader-actions';

/** WCAG relative luminance of a computed `rgb(...)` colour. */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const c = Number(part) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

const ARABIC_TITLE = 'محادثات جنيف تستأنف الأسبوع المقبل';

test.use({
  seedFiles: {
    'ar/talks.txt': articleText(ARABIC_TITLE, '20220218', 'https://www.example.org/ar/geneva', [
      'قال وزير الخارجية إن المحادثات ستستأنف في جنيف الأسبوع المقبل بمشاركة الوفدين.',
      'وأضاف أن الحل الدبلوماسي هو الطريق الوحيد المسؤول لحل هذه الأزمة.',
    ]),
  },
});

test('a dark system scheme gives dark panes, light text and highlights that stay visible', async ({ app }, info) => {
  test.slow(); // five highlights made with the mouse, and three screenshots
  await app.emulateMedia({ colorScheme: 'dark' });
  await openArticle(app, SEED_TITLE);
  const passages = [
    ['Russia and NATO accusing each other', 'Key fact'],
    ['amassing troops on the Russian-Ukrainian border', 'Claim to verify'],
    ['Moscow denies the claims', 'Contradiction'],
    ['no intention of attacking any country', 'Context'],
    ['proposed dates for late next week', 'Follow up'],
  ] as const;
  for (const [passage, meaning] of passages) await highlightPassage(app, passage, meaning);
  await expect(app.locator('mark.hl')).toHaveCount(5);

  const colours = await app.evaluate(() => {
    const style = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`missing ${selector}`);
      return getComputedStyle(element);
    };
    const marks = [...document.querySelectorAll('mark.hl')].map((mark) => {
      const s = getComputedStyle(mark);
      return { background: s.backgroundColor, text: s.color };
    });
    return {
      page: style(':root').backgroundColor,
      text: style('body').color,
      readerText: style('.reader-body').color,
      list: style('.library').backgroundColor,
      notes: style('[data-testid="annotations-panel"]').backgroundColor,
      toolbar: style('.toolbar').backgroundColor,
      marks,
    };
  });
  for (const surface of [colours.page, colours.list, colours.notes, colours.toolbar]) {
    expect(luminance(surface), surface).toBeLessThan(0.05);
  }
  expect(luminance(colours.text)).toBeGreaterThan(0.6);
  expect(luminance(colours.readerText)).toBeGreaterThan(0.6);
  expect(contrast(colours.readerText, colours.page)).toBeGreaterThan(7);

  // Each highlight shows against the page, keeps its text legible, and differs from the others.
  for (const mark of colours.marks) {
    expect(contrast(mark.background, colours.page), mark.background).toBeGreaterThan(1.5);
    expect(contrast(mark.text, mark.background), mark.background).toBeGreaterThan(4.5);
  }
  expect(new Set(colours.marks.map((m) => m.background)).size).toBe(5);
  await layoutShot(app, info, 'dark-reader');

  await openArticle(app, ARABIC_TITLE);
  // selectWithMouse drags from left to right, as Latin text runs; the Arabic passage is selected as a
  // range instead, and highlighted with its colour's key.
  await app.getByTestId('article-body').evaluate((body, passage) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(passage);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + passage.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return;
    }
    throw new Error(`not in the article: ${passage}`);
  }, 'الحل الدبلوماسي');
  await expect(app.getByTestId('highlight-toolbar')).toBeVisible();
  await app.keyboard.press('3');
  await expect(app.locator('mark.hl-purple')).toHaveText('الحل الدبلوماسي');
  await layoutShot(app, info, 'dark-rtl');

  await app.getByRole('tab', { name: 'Briefs' }).click();
  await app.getByRole('button', { name: 'New brief' }).first().click();
  await expect(app.getByLabel('Brief title')).toBeVisible();
  await layoutShot(app, info, 'dark-briefs');
});
