// A query typed while a large folder's text is still being made searchable: the list says how much of the
// library it searched, fills in as indexing goes on, and ends with what the same query typed afresh finds.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { articleText, expect, test } from './fixtures';

const FILES = 3000;
/** Every this-many-th report quotes Lavrov: 3000 / 400 rounds up to 8 articles. */
const LAVROV_EVERY = 400;
const LAVROV_COUNT = Math.ceil(FILES / LAVROV_EVERY);

async function writeLibrary(folder: string): Promise<void> {
  const words = 'Officials said the talks would continue next week as negotiators weighed the proposals'.split(' ');
  await Promise.all(
    Array.from({ length: FILES }, (_, i) => {
      const lavrov = i % LAVROV_EVERY === 0;
      return writeFile(
        join(folder, `report-${String(i).padStart(4, '0')}.txt`),
        articleText(
          lavrov ? `Lavrov comments on report ${i}` : `Report ${i}: ${words[i % words.length]} update`,
          `2021${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`,
          `https://reports.example.org/${i}`,
          [
            `${words.slice(i % 7).join(' ')} (report ${i}).`,
            lavrov ? `Sergei Lavrov said the Minsk talks (report ${i}) would go on.` : `Archive line of report ${i}.`,
          ],
        ),
      );
    }),
  );
}

/** The count line and the titles of the first rows, once every row in view has arrived. */
async function resultsOf(page: Page): Promise<{ count: string; titles: string[] }> {
  const list = page.getByTestId('article-list');
  await expect(list.locator('.article-row.placeholder')).toHaveCount(0);
  const titles = await list.locator('.article-row .row-title').allInnerTexts();
  return { count: await page.getByTestId('library-count').innerText(), titles };
}

test.describe('search while the text is indexed', () => {
  test.use({ seedFiles: {}, scanStep: 20 });

  test('results typed during indexing refresh as it grows and match a fresh search once done', async ({
    page,
    host,
  }) => {
    // 3,000 files read and indexed in steps of 20: several times a small test's time on a loaded machine.
    test.slow();
    const folder = await mkdtemp(join(tmpdir(), 'dossier-e2e-indexing-'));
    await writeLibrary(folder);
    const indexing = host.holdPhase(folder, 'indexing');
    host.dialogs.folders.push(folder);
    await host.open();
    await page.getByRole('button', { name: 'Change folder…' }).click();
    await indexing.reached;
    const count = page.getByTestId('library-count');
    await expect(count).toHaveText('3,000 articles', { timeout: 60_000 });

    // Held at the start of indexing: nothing of the text is searchable, and the list says so.
    const search = page.getByLabel('Search the library');
    await search.fill('lavrov ');
    await expect(count).toContainText('0 results for “lavrov”');
    await expect(page.getByTestId('search-partial')).toHaveText(' · searching 0% of the library');
    await expect(page.getByTestId('no-results')).toContainText('Only 0% of the library is searchable yet');
    await page.screenshot({ path: '/tmp/search-indexing-held.png' });

    // Let it go: the same query, never typed again, fills in and ends whole, without the partial note.
    // Every count line shown on the way is kept, to check that none claims more than the query finds.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { countsSeen: string[] }).countsSeen = seen;
      const line = document.querySelector('[data-testid="library-count"]');
      if (!line) throw new Error('no count line');
      new MutationObserver(() => seen.push(line.textContent ?? '')).observe(line, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    indexing.release();
    await expect(page.getByTestId('scan-progress')).toBeHidden({ timeout: 120_000 });
    await expect(count).toContainText(`${LAVROV_COUNT} results for “lavrov”`, { timeout: 30_000 });
    await expect(page.getByTestId('search-partial')).toBeHidden();
    const typedDuring = await resultsOf(page);
    const seen = await page.evaluate(() => (window as unknown as { countsSeen: string[] }).countsSeen);
    const totals = seen.flatMap((text) => {
      const match = /^([\d,]+) results? for/u.exec(text);
      return match ? [Number((match[1] ?? '').replaceAll(',', ''))] : [];
    });
    expect(totals.length).toBeGreaterThan(0);
    expect(totals.every((n, i) => n <= LAVROV_COUNT && n >= (totals[i - 1] ?? 0))).toBe(true);
    await page.screenshot({ path: '/tmp/search-indexing-done.png' });

    await search.fill('');
    await expect(count).toHaveText('3,000 articles');
    await search.fill('lavrov ');
    await expect(count).toContainText(`${LAVROV_COUNT} results for “lavrov”`);
    const typedAfter = await resultsOf(page);
    expect(typedDuring.titles).toHaveLength(LAVROV_COUNT);
    expect(typedDuring.titles.every((title) => title.startsWith('Lavrov comments'))).toBe(true);
    expect(typedDuring.count.replace(/ · \d+ ms$/u, '')).toBe(typedAfter.count.replace(/ · \d+ ms$/u, ''));
    expect(typedDuring.titles).toEqual(typedAfter.titles);
    await rm(folder, { recursive: true, force: true });
  });
});
