// The move from file:// to app://dossier end to end: work made by the page at its old origin is read there
// by the same dump the app's hidden window runs, kept by main, and made again by the page at its new origin
// before it opens its database, so the analyst finds every highlight, note and ACH matrix where it was.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { APP_ORIGIN, IDB_DUMP_FILE, serveRenderer } from './host/dossier-host';
import { highlightPassage, openArticle, SEED_TITLE } from './reader-actions';
import { putWorkRecords, readWorkDb } from './work-db';

// Another origin for the page to have lived at, as file:// was: its IndexedDB is not the new origin's.
const OLD_ORIGIN = 'http://127.0.0.1:47913';
const QUOTE = 'Russia and NATO accusing each other of amassing troops';

test('highlights and notes made at the old origin are there at the new one', async ({ page, host }) => {
  await page.route(`${OLD_ORIGIN}/**`, serveRenderer);
  await page.goto(`${OLD_ORIGIN}/index.html`);
  await openArticle(page, SEED_TITLE);
  await highlightPassage(page, QUOTE);
  const card = page.getByTestId('highlight-card');
  await card.getByRole('button', { name: 'Add note' }).click();
  await page.getByLabel('Highlight note').fill('Made before the move.');
  await page.getByLabel('Highlight tags').fill('moved');
  await page.getByLabel('Highlight tags').press('Enter');
  await expect(card.locator('.tag-chip')).toHaveText(/moved/);
  // An ACH matrix of the same library, as the Hypotheses view keeps it.
  const [highlight] = (await readWorkDb(page)).highlights as { libraryId: string }[];
  const matrix = {
    id: 'matrix-before-the-move',
    libraryId: highlight?.libraryId ?? '',
    question: 'Will the talks go ahead?',
    hypotheses: [{ id: 'yes', label: 'They go ahead' }],
    rows: [],
    createdAt: 1,
    updatedAt: 1,
  };
  await putWorkRecords(page, 'achMatrices', [matrix]);

  // What the hidden window's preload does in the app, at the old origin (evaluated, as the page's CSP
  // rightly refuses an injected script tag).
  await page.evaluate(await readFile(IDB_DUMP_FILE, 'utf8'));
  const dumped = await page.evaluate(() => {
    if (!window.__dossierDumpDatabases) throw new Error('the dump is not in the page');
    return window.__dossierDumpDatabases();
  });
  expect(dumped.flatMap((database) => database.stores).some((store) => store.records.length > 0)).toBe(true);
  await host.legacyWork.collect(async () => dumped);

  await page.goto(`${APP_ORIGIN}/index.html`);
  await openArticle(page, SEED_TITLE);
  await expect(page.locator('mark.hl-yellow')).toHaveText(QUOTE);
  await expect(page.getByTestId('highlight-card')).toContainText('Made before the move.');
  await expect(page.getByTestId('highlight-card')).toContainText('moved');
  expect(await host.legacyWork.take()).toEqual([]);
  expect((await readWorkDb(page)).achMatrices).toEqual([matrix]);
  await page.screenshot({ path: 'test-results/screenshots/legacy-origin-moved.png' });

  // Once moved, a reload does not make the databases again over the work made since.
  await page.reload();
  await openArticle(page, SEED_TITLE);
  await expect(page.locator('mark.hl-yellow')).toHaveCount(1);
});
