// Pictures for a person to look at (what they show is checked by the assertions), light and dark.
import type { Page } from '@playwright/test';

/**
 * test-results/screenshots/`name`-light.png and -dark.png, the page left light. With `size`, taken at that
 * viewport (tall enough for what they show), the page's own size put back after.
 */
export async function schemeShots(
  page: Page,
  name: string,
  size?: { readonly width: number; readonly height: number },
): Promise<void> {
  const before = page.viewportSize();
  if (size) await page.setViewportSize(size);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `test-results/screenshots/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  if (size && before) await page.setViewportSize(before);
}
