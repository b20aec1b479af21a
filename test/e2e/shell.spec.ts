// The app shell end to end: Ctrl+F reaches the library search from every screen, a folder being read
// never looks like an empty library, and right-to-left article text reads right to left.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleText, expect, test } from './fixtures';

const search = (page: import('@playwright/test').Page) => page.getByLabel('Search the library');

test('Ctrl+F brings the analyst to the library search from the briefs and from an empty library', async ({
  app,
  host,
}) => {
  await app.getByRole('tab', { name: 'Briefs' }).click();
  await expect(app.getByRole('navigation', { name: 'Briefs' })).toBeVisible();
  await host.sendCommand('focus-search');
  await expect(search(app)).toBeFocused();
  await expect(app.getByRole('tab', { name: 'Library' })).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.type('lavrov');
  await expect(app.getByTestId('library-count')).toContainText('1 result for “lavrov”');

  const empty = await mkdtemp(join(tmpdir(), 'dossier-e2e-empty-'));
  try {
    host.dialogs.folders.push(empty);
    await app.getByRole('button', { name: 'Change folder…' }).click();
    await expect(app.getByTestId('empty-state')).toContainText('Your library is empty');
    await app.getByRole('button', { name: 'add files', exact: true }).focus();
    await host.sendCommand('focus-search');
    await expect(search(app)).toBeFocused();
  } finally {
    await rm(empty, { recursive: true, force: true });
  }
});

test.describe('a folder being read', () => {
  test.use({ seedFiles: {}, scanStep: 10 });

  test('says it is reading, never that the library is empty, until its articles are listed', async ({ app, host }) => {
    const folder = await mkdtemp(join(tmpdir(), 'dossier-e2e-reading-'));
    try {
      await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          writeFile(
            join(folder, `report-${String(i).padStart(3, '0')}.txt`),
            articleText(`Report ${i} on the talks`, '20220215', `https://example.org/${i}`, [`Paragraph of ${i}.`]),
          ),
        ),
      );
      // Watch the page from now on: the empty library must not show for a moment, even once.
      await app.evaluate(() => {
        const seen = { empty: false, reading: false };
        (window as { __seen?: typeof seen }).__seen = seen;
        new MutationObserver(() => {
          seen.empty ||= document.querySelector('[data-testid="empty-state"]') !== null;
          seen.reading ||= document.querySelector('[data-testid="reading-state"]') !== null;
        }).observe(document.body, { childList: true, subtree: true });
      });
      host.dialogs.folders.push(folder);
      await app.getByRole('button', { name: 'Change folder…' }).click();
      await expect(app.getByTestId('library-root')).toHaveText(folder);
      await expect(app.getByTestId('library-count')).toHaveText('200 articles', { timeout: 60_000 });
      await expect(app.getByTestId('scan-progress')).toBeHidden({ timeout: 60_000 });
      await expect(app.getByTestId('reading-state')).toBeHidden();
      const seen = await app.evaluate(() => (window as { __seen?: { empty: boolean; reading: boolean } }).__seen);
      expect(seen).toEqual({ empty: false, reading: true });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

test.describe('right-to-left text', () => {
  test.use({
    seedFiles: {
      'ar/talks.txt': articleText(
        'محادثات جنيف تستأنف الأسبوع المقبل',
        '20220218',
        'https://www.example.org/ar/geneva',
        [
          'قال وزير الخارجية إن المحادثات ستستأنف في جنيف الأسبوع المقبل بمشاركة الوفدين.',
          'وأضاف أن الحل الدبلوماسي هو الطريق الوحيد المسؤول لحل هذه الأزمة.',
        ],
      ),
    },
  });

  test('an Arabic article reads right to left in the list and the reader', async ({ app }) => {
    await app.getByRole('option', { name: /محادثات جنيف/ }).click();
    const reader = app.getByTestId('reader');
    await expect(reader.locator('h1')).toHaveText('محادثات جنيف تستأنف الأسبوع المقبل');
    const direction = (selector: string) =>
      reader
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).direction);
    expect(await direction('h1')).toBe('rtl');
    expect(await direction('.reader-body p')).toBe('rtl');
    await app.screenshot({ path: 'test-results/screenshots/reader-rtl.png' });
  });
});
