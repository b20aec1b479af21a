// What the layout specs measure in the page: anything that scrolls or spills sideways, how many characters
// a line of the reader holds, and a screenshot written to test-results/layout/ and attached to the test.
import type { Page, TestInfo } from '@playwright/test';

/**
 * Everything that overflows sideways: the document itself, and each element of the app whose content is
 * wider than its box where that box scrolls or clips (text cut with an ellipsis is meant to be cut).
 */
export function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`document ${root.scrollWidth} > ${root.clientWidth}`);
    const name = (element: Element): string =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`;
    for (const element of document.querySelectorAll('.app *')) {
      if (!(element instanceof HTMLElement) || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      if (style.overflowX === 'visible' || style.textOverflow === 'ellipsis') continue;
      if (element.scrollWidth > element.clientWidth + 1) {
        found.push(`${name(element)} ${element.scrollWidth} > ${element.clientWidth}`);
      }
    }
    return found;
  });
}

/** The characters on the first line of the reader's longest paragraph, counted from where its text wraps. */
export function readerLineChars(page: Page): Promise<number> {
  return page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll('[data-testid="article-body"] p')];
    const longest = paragraphs.sort((a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length)[0];
    if (!longest) throw new Error('no paragraph in the reader');
    const walker = document.createTreeWalker(longest, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let firstTop: number | null = null;
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      for (let i = 0; i < text.data.length; i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect || rect.width === 0) continue;
        firstTop ??= rect.top;
        if (rect.top > firstTop + rect.height / 2) return count;
        count++;
      }
    }
    throw new Error(`the longest paragraph fits on one line (${count} characters): it cannot show the measure`);
  });
}

/** Writes the page's screenshot to test-results/layout/<name>.png and attaches it to the test's report. */
export async function layoutShot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = `test-results/layout/${name}.png`;
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
