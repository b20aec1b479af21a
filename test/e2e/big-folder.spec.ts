// A big folder never looks empty: from the moment it starts opening (Change folder…), through a page loaded
// mid-read, until its first rows arrive, and when it is opened again, the list and the main pane say it is
// being read, with its file count once known; "Your library is empty" never shows, not for one frame.
import type { Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleText, expect, test } from './fixtures';

const FILES = 3000;

/**
 * Plain JS run before the app's own script on every load: records each text the reading state, the empty
 * state and the list's empty line show, as they change, from the first frame.
 */
const RECORDER = `(() => {
  const seen = [];
  window.__stateTexts = seen;
  const look = () => {
    for (const id of ['reading-state', 'empty-state', 'list-empty']) {
      const text = document.querySelector('[data-testid="' + id + '"]')?.textContent ?? null;
      if (text !== null && seen.at(-1) !== id + ': ' + text) seen.push(id + ': ' + text);
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

const stateTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as { __stateTexts?: string[] }).__stateTexts ?? []);

async function bigFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'dossier-e2e-big-'));
  for (let start = 0; start < FILES; start += 250) {
    await Promise.all(
      Array.from({ length: Math.min(250, FILES - start) }, (_, k) => {
        const i = start + k;
        const text = articleText(`Dispatch ${i} on the pipeline talks`, '20220215', `https://example.org/${i}`, [
          `Paragraph ${i} of the dispatch.`,
        ]);
        return writeFile(join(folder, `dispatch-${String(i).padStart(4, '0')}.txt`), text);
      }),
    );
  }
  return folder;
}

test('a big folder says it is being read, with its file count, and never that the library is empty', async ({
  page,
  host,
  library,
}) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const big = await bigFolder();
  try {
    await page.addInitScript({ content: RECORDER });
    await host.open();
    const count = page.getByTestId('library-count');
    const pane = page.getByTestId('reading-state');
    const listLine = page.getByTestId('list-empty');
    await expect(count).toHaveText('1 article');

    // Change folder…: held while its files are found, then at the start of their read.
    const listing = host.holdPhase(big, 'listing');
    const reading = host.holdPhase(big, 'reading');
    host.dialogs.folders.push(big);
    await page.getByRole('button', { name: 'Change folder…' }).click();
    await listing.reached;
    await expect(pane).toContainText('Reading the library…');
    await expect(pane).toContainText(`finding the files in ${big}`);
    await expect(listLine).toContainText('Reading the library folder…');
    // The library before is not this one: its rows give way at once.
    await expect(page.getByTestId('article-list').locator('.article-row')).toHaveCount(0);
    await expect(page.getByTestId('scan-progress')).toContainText(`Opening the library: finding the files in ${big}`);
    await page.screenshot({ path: 'test-results/screenshots/big-folder-opening.png' });
    listing.release();

    await reading.reached;
    await expect(pane.locator('h1')).toHaveText(`Reading ${FILES.toLocaleString()} files…`);
    await expect(page.getByTestId('reading-progress')).toContainText(`0 of ${FILES.toLocaleString()} read`);
    await expect(listLine).toContainText(`Reading ${FILES.toLocaleString()} files…`);
    await expect(page.getByTestId('library-root')).toHaveText(big);
    await page.screenshot({ path: 'test-results/screenshots/big-folder-reading.png' });

    // The window loaded again mid-read (a reload, a crash recovered): the count shows from its first summary.
    const beforeReload = await stateTexts(page);
    await page.reload();
    await expect(pane.locator('h1')).toHaveText(`Reading ${FILES.toLocaleString()} files…`);
    await expect(page.getByTestId('scan-progress')).toContainText(`0 of ${FILES.toLocaleString()} files`);
    const afterReload = await stateTexts(page);
    reading.release();
    await expect(count).toHaveText(`${FILES.toLocaleString()} articles`, { timeout: 180_000 });
    await expect(page.getByTestId('scan-progress')).toBeHidden({ timeout: 180_000 });
    await expect(pane).toBeHidden();

    // Opened again, both are listed from the catalog at once.
    host.dialogs.folders.push(library.root);
    await page.getByRole('button', { name: 'Change folder…' }).click();
    await expect(count).toHaveText('1 article');
    host.dialogs.folders.push(big);
    await page.getByRole('button', { name: 'Change folder…' }).click();
    await expect(count).toHaveText(`${FILES.toLocaleString()} articles`);
    await expect(page.getByTestId('scan-progress')).toBeHidden({ timeout: 60_000 });

    const texts = [...beforeReload, ...afterReload, ...(await stateTexts(page))];
    expect(texts).toContainEqual(expect.stringContaining(`reading-state: Reading ${FILES.toLocaleString()} files…`));
    expect(afterReload.some((text) => text.includes(`${FILES.toLocaleString()} files`))).toBe(true);
    expect(texts.filter((text) => /empty-state|No article files/.test(text))).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await rm(big, { recursive: true, force: true });
  }
});
