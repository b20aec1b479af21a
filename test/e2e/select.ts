// Selects a passage of the open article by dragging the mouse across it, as a person would.
import type { Page } from '@playwright/test';

/** Drags from the first character of `passage` to its last; the passage may span paragraphs. */
export async function selectWithMouse(page: Page, passage: string): Promise<void> {
  await page
    .getByTestId('article-body')
    .getByText(passage.split('\n')[0] ?? passage, { exact: false })
    .first()
    .waitFor();
  // The page may still move (a header line or a list row arriving) between reading the letters' places and the
  // drag: a drag that missed the passage is done again, from a cleared selection, as a person would.
  for (let attempt = 1; ; attempt++) {
    await dragOver(page, passage);
    const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
    if (selected.replace(/\s+/g, '') === passage.replace(/\s+/g, '') || attempt === 3) return;
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    await page.getByTestId('highlight-toolbar').waitFor({ state: 'hidden' });
  }
}

async function dragOver(page: Page, passage: string): Promise<void> {
  const points = await page.evaluate((text) => {
    const body = document.querySelector('[data-testid="article-body"]');
    if (!body) throw new Error('no article body');
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    // Paragraph breaks count as a single "\n" between paragraphs, like the article text model.
    let flat = '';
    const owners: { node: Text; offset: number }[] = [];
    let lastParagraph: Element | null = null;
    for (const node of nodes) {
      const paragraph = node.parentElement?.closest('[data-paragraph]') ?? null;
      if (lastParagraph && paragraph !== lastParagraph) {
        flat += '\n';
        owners.push({ node, offset: -1 });
      }
      lastParagraph = paragraph;
      for (let i = 0; i < (node.data ?? '').length; i++) {
        flat += node.data[i];
        owners.push({ node, offset: i });
      }
    }
    const at = flat.indexOf(text);
    if (at < 0) throw new Error(`passage not on screen: ${text}`);
    const first = owners[at];
    const last = owners[at + text.length - 1];
    if (!first || !last || first.offset < 0 || last.offset < 0) throw new Error('passage must start and end on text');
    const rectOf = (node: Text, offset: number): DOMRect => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getClientRects()[0] ?? range.getBoundingClientRect();
    };
    first.node.parentElement?.scrollIntoView({ block: 'center' });
    const a = rectOf(first.node, first.offset);
    const b = rectOf(last.node, last.offset);
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
  }, passage);
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move((points.x1 + points.x2) / 2, (points.y1 + points.y2) / 2, { steps: 4 });
  await page.mouse.move(points.x2, points.y2, { steps: 4 });
  await page.mouse.up();
}

/**
 * Selects a passage inside one paragraph as the keyboard would (Shift+arrows), exactly: for right-to-left
 * text, where a drag from the first letter's left edge starts at the wrong end.
 */
export async function selectWithinParagraph(page: Page, passage: string): Promise<void> {
  await page.getByTestId('article-body').getByText(passage, { exact: false }).first().waitFor();
  // A re-render still under way (a highlight just deleted or added) may replace the text the selection sits in,
  // which drops it: then the passage is selected again, as a person would, up to three times.
  for (let attempt = 1; attempt < 3; attempt++) {
    await selectText(page, passage);
    await page.waitForFunction(
      (text) =>
        document.querySelector('[data-testid="highlight-toolbar"]') !== null ||
        document.getSelection()?.toString() !== text,
      passage,
    );
    if ((await page.getByTestId('highlight-toolbar').count()) > 0) return;
  }
  await selectText(page, passage);
  // The selection is reported to the reader by an event: wait until it offers to highlight it.
  await page.getByTestId('highlight-toolbar').waitFor();
}

async function selectText(page: Page, passage: string): Promise<void> {
  await page.evaluate((text) => {
    const body = document.querySelector('[data-testid="article-body"]');
    if (!body) throw new Error('no article body');
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + text.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`passage not in one text node: ${text}`);
  }, passage);
}
