// A search typed into the library list right after its first row shows, as an analyst would: each key a
// search, until the count names the whole query; then the field is cleared so the list shows again.
import type { Page } from '@playwright/test';

/** Words the bench libraries' Reuters stories hold (crude oil); at first open they may not be indexed yet. */
export const SEARCH_TEXT = 'oil prices';

export interface TypedSearch {
  /** When the first key went down, ms since navigation. */
  readonly startMs: number;
  /** When the count named the whole query, ms since navigation. */
  readonly answeredMs: number;
  /** What the count said then, e.g. "1,204 results for “oil prices”". */
  readonly answer: string;
}

export async function typeSearch(page: Page, timeoutMs: number): Promise<TypedSearch> {
  const field = page.getByLabel('Search the library');
  const count = page.getByTestId('library-count');
  const now = (): Promise<number> => page.evaluate(() => performance.now());
  const startMs = await now();
  await field.pressSequentially(SEARCH_TEXT);
  await count.filter({ hasText: `for “${SEARCH_TEXT}”` }).waitFor({ timeout: timeoutMs });
  const answeredMs = await now();
  const answer = (await count.textContent()) ?? '';
  await field.press('Escape');
  await count.filter({ hasNotText: '“' }).waitFor({ timeout: timeoutMs });
  return { startMs, answeredMs, answer: answer.replace(/\s*·.*$/, '') };
}
