// Reads what the reader marks through the CSS Custom Highlight API, which leaves no element in the page to
// query: the text of each found range, the current one, and whether a range is in the reader's view.
import type { Page } from '@playwright/test';

const FOUND = 'dossier-found';
const CURRENT = 'dossier-found-current';

/** The text under each range of the named highlight, in text order. */
function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((key) => {
    const highlight = CSS.highlights.get(key);
    return [...(highlight ?? [])].map((staticRange) => {
      const range = document.createRange();
      range.setStart(staticRange.startContainer, staticRange.startOffset);
      range.setEnd(staticRange.endContainer, staticRange.endOffset);
      return range.toString();
    });
  }, name);
}

export const foundWords = (page: Page): Promise<string[]> => highlightTexts(page, FOUND);

export const currentWord = async (page: Page): Promise<string | null> =>
  (await highlightTexts(page, CURRENT))[0] ?? null;

/** Whether the current range (else the first found one) lies inside the reader pane's visible area. */
export function markInView(page: Page): Promise<boolean> {
  return page.evaluate(
    ({ found, current }) => {
      const staticRange = [...(CSS.highlights.get(current) ?? CSS.highlights.get(found) ?? [])][0];
      const pane = document.querySelector('[data-testid="reader"]');
      if (!staticRange || !pane) return false;
      const range = document.createRange();
      range.setStart(staticRange.startContainer, staticRange.startOffset);
      range.setEnd(staticRange.endContainer, staticRange.endOffset);
      const box = range.getBoundingClientRect();
      const view = pane.getBoundingClientRect();
      return box.height > 0 && box.top >= view.top && box.bottom <= view.bottom;
    },
    { found: FOUND, current: CURRENT },
  );
}
