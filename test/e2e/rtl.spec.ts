// Right-to-left reading with real text (test/fixtures/languages: a CNN Arabic report, the Declaration of
// Human Rights in Hebrew): the article runs right to left with each paragraph its own way, a highlight across
// an Arabic word and the embedded "(CNN)" is made with the mouse and restored after a reload, the keyboard
// caret moves visually, the find bar and notes pane work, and list titles are bidi-isolated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { articleText, expect, FIXTURES, test } from './fixtures';
import { schemeShots } from './screenshots';
import { selectWithinParagraph } from './select';

const ARABIC = readFileSync(join(FIXTURES, 'languages/ar-cnn-syria.txt'), 'utf8');
const HEBREW = readFileSync(join(FIXTURES, 'languages/he-udhr-preamble.txt'), 'utf8');
const [ARABIC_TITLE = '', , , ...ARABIC_BODY] = ARABIC.split('\n').filter(Boolean);
const [HEBREW_TITLE = ''] = HEBREW.split('\n');
const SEED = readFileSync(join(FIXTURES, 'articles/000_08978045df2b272e.txt'), 'utf8').split('\n');
const ENGLISH = SEED[3] ?? '';
/** The CNN report's title with its outlet and year before it, in Latin letters and digits. */
const MIXED_TITLE = `CNN 2013: ${ARABIC_TITLE}`;
/**
 * Across Arabic words and the Latin agency name between them. It ends in Arabic: a drag that ends on the edge
 * of an embedded Latin run is ambiguous (that edge is two places in the text), for the analyst's mouse too.
 */
const PASSAGE = 'سوريا (CNN) -- أكدت';

test.use({
  seedFiles: {
    'world/ar-cnn-syria.txt': ARABIC,
    'world/he-udhr-preamble.txt': HEBREW,
    // The Arabic report with an English paragraph (the seed article's first) quoted in its middle.
    'world/mixed.txt': articleText(MIXED_TITLE, '20130803', 'http://arabic.cnn.com/2013/middle_east/8/3/', [
      ...ARABIC_BODY.slice(0, 2),
      ENGLISH,
      ...ARABIC_BODY.slice(2, 4),
    ]),
  },
});

/** Opens the article whose row's name starts with its title (the mixed article's holds the Arabic title too). */
async function openArticle(page: Page, title: string): Promise<void> {
  await page.getByRole('option', { name: new RegExp(`^${title}`) }).click();
  await expect(page.getByTestId('reader').locator('h1')).toHaveText(title);
}

const directionOf = (page: Page, selector: string): Promise<string[]> =>
  page.locator(selector).evaluateAll((elements) => elements.map((e) => getComputedStyle(e).direction));

/**
 * Drags from the logical start of `passage` to its logical end, as a person selects it: a right-to-left letter
 * starts at its right edge, a left-to-right one ends at its right edge.
 */
async function dragAcross(page: Page, passage: string): Promise<void> {
  const points = await page.evaluate((text) => {
    const body = document.querySelector('[data-testid="article-body"]');
    const walker = body && document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker?.nextNode(); n; n = walker?.nextNode()) {
      const node = n as Text;
      const at = node.data.indexOf(text);
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const rect = (offset: number): DOMRect => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      const rtl = (char: string): boolean => /[\u0590-\u08ff]/.test(char);
      const [first, last] = [rect(at), rect(at + text.length - 1)];
      const startX = rtl(text[0] ?? '') ? first.right - 1 : first.left + 1;
      const endX = rtl(text.at(-1) ?? '') ? last.left + 1 : last.right - 1;
      return { x1: startX, y1: first.top + first.height / 2, x2: endX, y2: last.top + last.height / 2 };
    }
    throw new Error(`passage not in one text node: ${text}`);
  }, passage);
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move((points.x1 + points.x2) / 2, points.y1, { steps: 4 });
  await page.mouse.move(points.x2, points.y2, { steps: 4 });
  await page.mouse.up();
}

/** The caret's (or the selection focus's) offset in its paragraph, and the selected text. */
const caretState = (page: Page): Promise<{ paragraph: number; offset: number; selected: string }> =>
  page.evaluate(() => {
    const selection = document.getSelection();
    const node = selection?.focusNode;
    const paragraph = node?.parentElement?.closest('[data-paragraph]');
    if (!selection || !node || !paragraph) throw new Error('no caret in the article');
    const range = document.createRange();
    range.setStart(paragraph, 0);
    range.setEnd(node, selection.focusOffset);
    return {
      paragraph: Number(paragraph.getAttribute('data-paragraph')),
      offset: range.toString().length,
      selected: selection.toString(),
    };
  });

test('an Arabic article reads right to left; a highlight across an Arabic word and "(CNN)" survives reload', async ({
  app,
}) => {
  await openArticle(app, ARABIC_TITLE);
  const reader = app.getByTestId('reader');
  expect(await directionOf(app, '[data-testid="article-body"]')).toEqual(['rtl']);
  expect(await directionOf(app, '[data-testid="reader"] h1')).toEqual(['rtl']);
  expect(new Set(await directionOf(app, '[data-paragraph]'))).toEqual(new Set(['rtl']));
  // The first paragraph opens with Arabic and holds "(CNN)": still right to left, starting at the right.
  const first = app.locator('[data-paragraph="0"]');
  expect(await first.evaluate((p) => getComputedStyle(p).textAlign)).toBe('start');
  await expect(reader.getByTestId('reader-language')).toHaveText('Arabic');

  await dragAcross(app, PASSAGE);
  await app.keyboard.press('1');
  await expect(app.locator('mark.hl')).toHaveText(PASSAGE);
  await expect(app.getByTestId('highlight-card')).toContainText(PASSAGE);

  await app.reload();
  await openArticle(app, ARABIC_TITLE);
  await expect(app.locator('mark.hl')).toHaveText(PASSAGE);
  await expect(app.getByTestId('highlight-card')).toContainText(PASSAGE);
  await expect(app.getByTestId('orphan-card')).toHaveCount(0);
  await schemeShots(app, 'rtl-arabic');
});

test('the caret moves visually in right-to-left text: ArrowLeft goes forward, and Shift selects', async ({ app }) => {
  await openArticle(app, ARABIC_TITLE);
  const body = app.getByTestId('article-body');
  await body.focus();
  // The caret at the start of the second paragraph, as a click there would put it.
  await app.evaluate(() => {
    const paragraph = document.querySelector('[data-paragraph="1"]');
    const text = paragraph && document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT).nextNode();
    if (!text) throw new Error('no second paragraph');
    document.getSelection()?.collapse(text, 0);
  });
  await app.keyboard.press('ArrowLeft');
  expect(await caretState(app)).toMatchObject({ paragraph: 1, offset: 1 });
  await app.keyboard.press('ArrowRight');
  expect(await caretState(app)).toMatchObject({ paragraph: 1, offset: 0 });
  const second = ARABIC_BODY[1] ?? '';
  // Shift+Ctrl+ArrowLeft takes the words ahead; 2 highlights them as the mouse's selection would be.
  await app.keyboard.press('Control+Shift+ArrowLeft');
  await app.keyboard.press('Control+Shift+ArrowLeft');
  const { selected } = await caretState(app);
  expect(selected.trim().length).toBeGreaterThan(4);
  expect(second.startsWith(selected)).toBe(true);
  await app.keyboard.press('2');
  await expect(app.locator('mark.hl')).toHaveText(selected);
});

test('a mixed article: Arabic paragraphs right to left, the English one left to right', async ({ app }) => {
  await openArticle(app, MIXED_TITLE);
  expect(await directionOf(app, '[data-paragraph]')).toEqual(['rtl', 'rtl', 'ltr', 'rtl', 'rtl']);
  expect(await directionOf(app, '[data-testid="article-body"]')).toEqual(['rtl']);
  // A highlight in the English paragraph anchors as one in an Arabic one does.
  await selectWithinParagraph(app, 'the Russians have responded');
  await app.keyboard.press('1');
  await expect(app.locator('mark.hl')).toHaveText('the Russians have responded');
  await app.reload();
  await openArticle(app, MIXED_TITLE);
  await expect(app.locator('mark.hl')).toHaveText('the Russians have responded');
  await schemeShots(app, 'rtl-mixed');
});

test('a Hebrew article reads right to left, with the find bar and the notes pane at work', async ({ app }) => {
  await openArticle(app, HEBREW_TITLE);
  expect(await directionOf(app, '[data-testid="article-body"]')).toEqual(['rtl']);
  await expect(app.getByTestId('reader-language')).toHaveText('Hebrew');
  await app.keyboard.press('Control+Shift+F');
  const find = app.getByRole('searchbox', { name: 'Find in this article' });
  await find.fill('האומות');
  await expect(app.getByTestId('find-count')).toHaveText(/^1 of [2-9]/);
  await app.keyboard.press('Escape');
  await selectWithinParagraph(app, 'יסוד החופש, הצדק והשלום בעולם');
  await app.keyboard.press('4');
  const card = app.getByTestId('highlight-card');
  await expect(card).toContainText('יסוד החופש, הצדק והשלום בעולם');
  await expect(app.locator('mark.hl')).toHaveText('יסוד החופש, הצדק והשלום בעולם');
  await schemeShots(app, 'rtl-hebrew');
});

test('list titles are isolated: an Arabic title with a year and a Latin name keeps the row in order', async ({
  app,
}) => {
  const row = app.getByRole('option', { name: /CNN 2013/ });
  const title = row.locator('.row-title');
  await expect(title).toHaveText(MIXED_TITLE);
  expect(await title.evaluate((e) => [e.tagName, e.matches(':dir(rtl)')])).toEqual(['BDI', true]);
  // The outlet after the title stays left to right, and after it, whatever the title's direction.
  const domain = row.locator('.row-domain');
  expect(await domain.evaluate((e) => e.matches(':dir(ltr)'))).toBe(true);
  await expect(domain).toHaveText('arabic.cnn.com');
});
