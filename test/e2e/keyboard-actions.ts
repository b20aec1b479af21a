// What an analyst who never touches the mouse does, shared by the keyboard and accessibility specs: Tab
// (or Shift+Tab) until a control has the focus, and read where the focus and the text caret are.
import type { Locator, Page } from '@playwright/test';

const isFocused = (target: Locator): Promise<boolean> => target.evaluate((el) => el === document.activeElement);

/** Presses `key` until `target` has the focus; returns how many presses it took (fails after `max`). */
export async function tabTo(page: Page, target: Locator, key = 'Tab', max = 40): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    if (await isFocused(target)) return presses;
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing');
  throw new Error(`${key} did not reach the control in ${max} presses; the focus is on ${at}`);
}

/** The text the page's selection holds (what 1–5 would highlight). */
export function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => document.getSelection()?.toString() ?? '');
}

/** Presses a key `times` times. */
export async function pressTimes(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}
