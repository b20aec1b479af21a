// Highlights, notes and tags end to end: made with the mouse, kept across reloads, following edits,
// renames and deletions of the file, managed library-wide, and exported and imported as JSON.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startHost } from './host/dossier-host';
import { expect, SEED_ARTICLE, test } from './fixtures';
import { highlightPassage, openArticle, SEED_TITLE } from './reader-actions';
import { selectWithMouse } from './select';

const SEED_FILE = '000_08978045df2b272e.txt';
const QUOTE = 'Russia and NATO accusing each other of amassing troops';

const openSeed = (app: Page): Promise<void> => openArticle(app, SEED_TITLE);

test('highlight with the mouse, add a note and a tag, and find them again after a reload', async ({ app }) => {
  await openSeed(app);
  await highlightPassage(app, QUOTE);
  await expect(app.locator('mark.hl-yellow')).toHaveText(QUOTE);
  const card = app.getByTestId('highlight-card');
  await expect(card).toHaveCount(1);
  await card.getByRole('button', { name: 'Add note' }).click();
  await app.getByLabel('Highlight note').fill('Both sides claim **troop build-ups**.');
  await app.getByLabel('Highlight tags').fill('troops');
  await app.getByLabel('Highlight tags').press('Enter');
  await expect(card.locator('.tag-chip')).toHaveText(/troops/);
  await app.screenshot({ path: 'test-results/screenshots/highlight.png' });

  await app.reload();
  await openSeed(app);
  await expect(app.locator('mark.hl-yellow')).toHaveText(QUOTE);
  await expect(app.getByTestId('highlight-card')).toContainText('Both sides claim troop build-ups.');
  await expect(app.getByTestId('highlight-card')).toContainText('troops');
  await expect(app.getByRole('option', { name: new RegExp(SEED_TITLE) })).toContainText('✎ 1');
});

test('a highlight spans paragraphs, is made with a key, recoloured, and deleted with undo', async ({ app }) => {
  await openSeed(app);
  await selectWithMouse(app, 'continue. ANI\nTensions over Ukraine');
  await app.keyboard.press('3');
  const marks = app.locator('mark.hl-purple');
  await expect(marks).toHaveCount(2);
  await expect(marks.nth(0)).toHaveText('continue. ANI');
  await expect(marks.nth(1)).toHaveText('Tensions over Ukraine');
  await expect(app.getByTestId('highlight-card')).toContainText('Contradiction');

  await app.getByRole('button', { name: 'Recolour as Follow up' }).click();
  await expect(app.locator('mark.hl-green')).toHaveCount(2);

  await app.getByRole('button', { name: 'Delete highlight' }).click();
  await expect(app.locator('mark.hl')).toHaveCount(0);
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(app.locator('mark.hl-green')).toHaveCount(2);
});

test('the highlight moves with its words when a paragraph is written above it, and its note stays', async ({
  app,
  library,
}) => {
  await openSeed(app);
  await highlightPassage(app, QUOTE, 'Claim to verify');
  await app.getByTestId('highlight-card').getByRole('button', { name: 'Add note' }).click();
  await app.getByLabel('Highlight note').fill('Check against NATO statements.');
  await app.getByLabel('Highlight note').press('Control+Enter');

  const original = await readFile(SEED_ARTICLE, 'utf8');
  const lines = original.split('\n');
  lines.splice(3, 0, 'Editor’s note: this report was updated with a new opening paragraph about the talks in Geneva.');
  await writeFile(join((await library).root, SEED_FILE), lines.join('\n'));

  await expect(app.getByTestId('article-body').locator('p').first()).toContainText('Editor’s note');
  await expect(app.locator('mark.hl-red')).toHaveText(QUOTE);
  await expect(app.getByTestId('highlight-card')).toContainText('Check against NATO statements.');
  await expect(app.getByTestId('orphans')).toHaveCount(0);
});

test('deleting its paragraph makes an orphan, which can be re-attached to new text', async ({ app, library }) => {
  await openSeed(app);
  await highlightPassage(app, QUOTE);
  const original = await readFile(SEED_ARTICLE, 'utf8');
  await writeFile(
    join(library.root, SEED_FILE),
    original
      .split('\n')
      .filter((line) => !line.includes(QUOTE))
      .join('\n'),
  );

  const orphans = app.getByTestId('orphan-card');
  await expect(orphans).toHaveCount(1);
  await expect(orphans).toContainText(QUOTE);
  await expect(app.locator('mark.hl')).toHaveCount(0);
  await app.screenshot({ path: 'test-results/screenshots/orphans.png' });

  await selectWithMouse(app, 'Moscow denies the claims');
  await orphans.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(app.getByTestId('orphan-card')).toHaveCount(0);
  await expect(app.locator('mark.hl-yellow')).toHaveText('Moscow denies the claims');
});

test('renaming or moving the file keeps its annotations', async ({ app, library }) => {
  await openSeed(app);
  await highlightPassage(app, QUOTE);
  await app.getByLabel('Article tags').fill('ukraine');
  await app.getByLabel('Article tags').press('Enter');
  await rename(join(library.root, SEED_FILE), join(library.root, 'blinken-lavrov.txt'));
  await expect(app.getByTestId('reader').locator('.file-id')).toHaveText('blinken-lavrov.txt');
  await expect(app.locator('mark.hl-yellow')).toHaveText(QUOTE);
  await expect(app.getByTestId('annotations-panel').locator('.tag-chip')).toContainText('ukraine');
  await expect(app.getByTestId('missing-list')).toHaveCount(0);
});

test('a deleted file leaves its work under missing articles, and it comes back with the file', async ({
  app,
  library,
}) => {
  await openSeed(app);
  await highlightPassage(app, QUOTE);
  const bytes = await readFile(join(library.root, SEED_FILE));
  await library.remove(SEED_FILE);
  const missing = app.getByTestId('missing-list');
  await expect(missing).toContainText(SEED_TITLE);
  await missing.getByRole('button', { name: new RegExp(SEED_TITLE) }).click();
  await expect(app.getByTestId('missing-highlight')).toContainText(QUOTE);

  await library.write('restored/copy.txt', bytes);
  await expect(missing).toHaveCount(0);
  await app.getByRole('option', { name: new RegExp(SEED_TITLE) }).click();
  await expect(app.locator('mark.hl-yellow')).toHaveText(QUOTE);
});

test('the list filters by colour and tag, and tags are renamed and merged library-wide', async ({ app }) => {
  await openSeed(app);
  await highlightPassage(app, QUOTE, 'Context');
  await app.getByLabel('Highlight tags').fill('nato');
  await app.getByLabel('Highlight tags').press('Enter');
  await app.getByLabel('Article tags').fill('diplomacy');
  await app.getByLabel('Article tags').press('Enter');

  await app.getByRole('button', { name: 'Filters' }).click();
  await app.getByRole('button', { name: 'Only articles with Key fact highlights' }).click();
  await expect(app.getByTestId('library-count')).toContainText('0 articles');
  await app.getByRole('button', { name: 'Only articles with Context highlights' }).click();
  await expect(app.getByTestId('library-count')).toContainText('1 article');
  await app.getByRole('button', { name: 'Clear filters' }).click();
  await app.getByLabel('Filter by tag').selectOption('nato');
  await expect(app.getByTestId('library-count')).toContainText('1 article');

  await app.getByRole('button', { name: 'Tags…' }).click();
  const manager = app.getByTestId('tag-manager');
  await manager.getByLabel('Rename tag nato').fill('alliance');
  await manager.getByLabel('Rename tag nato').press('Enter');
  await expect(manager.getByLabel('Rename tag alliance')).toBeVisible();
  await manager.getByLabel('Choose alliance for merging').check();
  await manager.getByLabel('Choose diplomacy for merging').check();
  await manager.getByLabel('Merge into tag').fill('security');
  await manager.getByRole('button', { name: 'Merge' }).click();
  await expect(manager.getByLabel('Rename tag security')).toBeVisible();
  await expect(manager.locator('.tag-table li')).toHaveCount(1);
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('highlight-card').first()).toContainText('security');
});

test('colour meanings can be renamed, and the toolbar uses the new name', async ({ app }) => {
  await openSeed(app);
  await app
    .getByRole('list', { name: 'Highlight colours' })
    .getByRole('button', { name: /Key fact/ })
    .click();
  await app.getByLabel('Name for colour 1').fill('Confirmed');
  await app.getByLabel('Name for colour 1').press('Enter');
  await highlightPassage(app, QUOTE, 'Confirmed');
  await expect(app.getByTestId('highlight-card')).toContainText('Confirmed');
});

test('export then import into a fresh profile brings back the same highlights', async ({
  app,
  host,
  library,
  browser,
}) => {
  await openSeed(app);
  await highlightPassage(app, QUOTE);
  await app.getByTestId('highlight-card').getByRole('button', { name: 'Add note' }).click();
  await app.getByLabel('Highlight note').fill('Exported note.');
  await app.getByLabel('Highlight note').press('Control+Enter');
  const outDir = await mkdtemp(join(tmpdir(), 'dossier-e2e-export-'));
  const exportPath = join(outDir, 'annotations.json');
  host.dialogs.savePaths.push(exportPath);
  await app.getByRole('button', { name: 'Export annotations…' }).click();
  await expect(app.getByTestId('toast').last()).toContainText('Your work is exported.');
  const exported = JSON.parse(await readFile(exportPath, 'utf8')) as {
    type: string;
    items: { target: { source: string } }[];
  };
  expect(exported.type).toBe('AnnotationCollection');
  expect(exported.items[0]?.target.source).toBe(SEED_FILE);

  const context = await browser.newContext();
  const page = await context.newPage();
  const userData = await mkdtemp(join(tmpdir(), 'dossier-e2e-data2-'));
  const fresh = await startHost(page, { libraryRoot: library.root, userData });
  try {
    await fresh.open();
    await openSeed(page);
    await expect(page.locator('mark.hl')).toHaveCount(0);
    fresh.dialogs.openPaths.push(exportPath, exportPath);
    await page.getByRole('button', { name: 'Import…' }).click();
    const preview = page.getByTestId('import-preview');
    await expect(preview.getByTestId('count-new')).toContainText('1');
    await preview.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByTestId('toast').last()).toContainText('1 new, 0 updated');
    await expect(page.locator('mark.hl-yellow')).toHaveText(QUOTE);
    await expect(page.getByTestId('highlight-card')).toContainText('Exported note.');
    // The same file again would change nothing: the preview says so, and it is cancelled.
    await page.getByRole('button', { name: 'Import…' }).click();
    await expect(preview).toContainText('Nothing in this file would change your work.');
    await expect(preview.getByRole('button', { name: 'Import' })).toBeDisabled();
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await expect(preview).toHaveCount(0);
    await expect(page.locator('mark.hl-yellow')).toHaveCount(1);
  } finally {
    await fresh.close();
    await context.close();
    await rm(userData, { recursive: true, force: true });
    await rm(outDir, { recursive: true, force: true });
  }
});
