// What the analyst does in the reader, shared by the specs: open an article from the list by its title,
// and highlight a passage by selecting it with the mouse and picking a colour's meaning.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { selectWithMouse } from './select';

/** The seed article every test's library holds. */
export const SEED_TITLE = 'Blinken accepts invitation to meet Lavrov late next week if Russia does not invade Ukraine';

export async function openArticle(page: Page, title: string): Promise<void> {
  await page.getByRole('option', { name: new RegExp(title) }).click();
  await expect(page.getByTestId('reader').locator('h1')).toHaveText(title);
}

/** Selects the passage in the open article and highlights it with the colour of that meaning. */
export async function highlightPassage(page: Page, passage: string, meaning = 'Key fact'): Promise<void> {
  await selectWithMouse(page, passage);
  await page
    .getByTestId('highlight-toolbar')
    .getByRole('button', { name: `Highlight as ${meaning}` })
    .click();
}
