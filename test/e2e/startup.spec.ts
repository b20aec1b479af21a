// Starting and staying up, end to end over the real main services: a remembered library folder that is
// not there is kept and shown with Retry and Choose folder… (item 6), a corrupt catalog is rebuilt and a
// crashed catalog worker restarted with a notice and no file lost, and the start-up error page shows
// what failed as text (item 1).
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, APP_ORIGIN } from './host/dossier-host';
import { articleText, expect, SEED_ARTICLE, test as base } from './fixtures';
import { SEED_TITLE } from './reader-actions';

interface Startup {
  /** The remembered library folder is there, or on a drive that is not connected. */
  readonly folder: 'there' | 'missing';
  /** What catalog.sqlite holds before the start, when anything. */
  readonly catalog: string | null;
}

const test = base.extend<{ startup: Startup; missingRoot: string }>({
  startup: [{ folder: 'there', catalog: null }, { option: true }],
  missingRoot: async ({ library }, use) => use(join(library.root, 'unmounted-drive', 'Dossier Library')),
  host: async ({ page, library, startup, missingRoot }, use) => {
    const userData = await mkdtemp(join(tmpdir(), 'dossier-e2e-data-'));
    if (startup.catalog !== null) await writeFile(join(userData, 'catalog.sqlite'), startup.catalog);
    const libraryRoot = startup.folder === 'missing' ? missingRoot : library.root;
    const host = await startHost(page, { libraryRoot, userData });
    await use(host);
    await host.close();
    await rm(userData, { recursive: true, force: true });
  },
});

const rows = (page: import('@playwright/test').Page) => page.getByTestId('article-list').locator('.article-row');

const HARBOUR = articleText(
  'Harbour pilots return to work after overnight talks',
  '20240305',
  'https://example.org/h',
  ['Pilots at the harbour returned to work on Tuesday morning after talks that ran through the night.'],
);

test.describe('a remembered library folder that is not there', () => {
  test.use({ startup: { folder: 'missing', catalog: null } });

  test('is kept and shown with Retry and Choose folder…, and Retry opens it once it is back', async ({
    app,
    host,
    missingRoot,
  }) => {
    const banner = app.getByTestId('library-problem');
    await expect(banner).toContainText(`The library folder ${missingRoot} is not there.`);
    await expect(banner.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(banner.getByRole('button', { name: 'Choose folder…' })).toBeVisible();
    await expect(app.getByTestId('missing-folder-state')).toContainText(missingRoot);
    await expect(app.getByTestId('library-root')).toHaveText(missingRoot);
    await expect(app.getByTestId('empty-state')).toBeHidden();
    await app.screenshot({ path: 'test-results/screenshots/library-missing.png' });

    // Still not there: the analyst is told, and nothing changes.
    await banner.getByRole('button', { name: 'Retry' }).click();
    await expect(app.getByTestId('toast').filter({ hasText: 'is not there' })).toBeVisible();
    await expect(banner).toBeVisible();

    await mkdir(missingRoot, { recursive: true });
    await copyFile(SEED_ARTICLE, join(missingRoot, 'seed.txt'));
    await writeFile(join(missingRoot, 'harbour.txt'), HARBOUR);
    await banner.getByRole('button', { name: 'Retry' }).click();

    await expect(rows(app)).toHaveCount(2);
    await expect(rows(app).filter({ hasText: SEED_TITLE })).toHaveCount(1);
    await expect(rows(app).filter({ hasText: 'Harbour pilots return to work' })).toHaveCount(1);
    await expect(banner).toBeHidden();
    await expect(app.getByTestId('missing-folder-state')).toBeHidden();
    expect(host.library.currentRoot).toBe(missingRoot);
    await app.screenshot({ path: 'test-results/screenshots/library-missing-retried.png' });
  });
});

test.describe('a catalog file that is not a database', () => {
  test.use({ startup: { folder: 'there', catalog: 'not a catalog: half a file left by a full disk '.repeat(80) } });

  test('is rebuilt from the folder, and the analyst is told', async ({ app }) => {
    await expect(rows(app)).toHaveCount(1);
    await expect(rows(app).first()).toContainText(SEED_TITLE);
    const notice = app.getByTestId('toast').filter({ hasText: 'The library catalog could not be read' });
    await expect(notice).toContainText('Your highlights, notes and briefs are not stored in the catalog');
    await app.screenshot({ path: 'test-results/screenshots/catalog-rebuilt.png' });
  });
});

test('a catalog worker that crashes is restarted: the analyst is told, and new files still arrive', async ({
  app,
  host,
  library,
}) => {
  await expect(rows(app)).toHaveCount(1);
  await host.catalogWorkers[0]?.terminate();
  await expect(
    app.getByTestId('toast').filter({ hasText: 'The library catalog stopped unexpectedly and was restarted.' }),
  ).toBeVisible();
  await library.write('harbour.txt', HARBOUR);
  await expect(rows(app)).toHaveCount(2);
  await app.getByLabel('Search the library').fill('pilots');
  await expect(rows(app)).toHaveCount(1);
  expect(host.catalogWorkers).toHaveLength(2);
});

test('the start-up error page says what failed as text, and where the work is kept', async ({ page, host }) => {
  expect(host.catalogWorkers.length).toBeGreaterThan(0);
  const what = 'EACCES: permission denied, open <b>settings.json</b>';
  const query = new URLSearchParams({
    what,
    detail: 'Error: EACCES\n    at open',
    data: '/home/analyst/.config/Dossier',
  });
  await page.goto(`${APP_ORIGIN}/error.html?${query.toString()}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier could not start');
  await expect(page.getByTestId('error-what')).toHaveText(what);
  await expect(page.getByTestId('error-what').locator('b')).toHaveCount(0);
  await expect(page.getByTestId('error-data')).toContainText('/home/analyst/.config/Dossier');
  await expect(page.getByRole('heading', { name: 'What to do' })).toBeVisible();
  await page.locator('summary').click();
  await expect(page.getByTestId('error-detail')).toContainText('at open');
  await page.screenshot({ path: 'test-results/screenshots/startup-error.png', fullPage: true });
});
