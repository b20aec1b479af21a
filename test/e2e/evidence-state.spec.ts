// The evidence table keeps its sort, filter, selection and focused row for the session, per library: leaving
// the Evidence tab for the library and coming back by the toolbar tab or by Ctrl+4 finds them as they were;
// another library's table starts fresh, and coming back to the first library finds its own again.
import type { Locator, Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleText, expect, test } from './fixtures';
import { highlightPassage, openArticle, SEED_TITLE } from './reader-actions';

const CLAIM = 'Russia and NATO accusing each other of amassing troops';
const OTHER_TITLE = 'Satellite images show new Russian deployments near Ukraine';
const SUPPORT = 'more than 100,000 Russian troops are now massed near the border';
const DENIAL = 'Moscow says the drills will be over by Friday';
const OTHER = articleText(OTHER_TITLE, '20220214', 'https://www.dw.com/en/satellite-images/a-60771', [
  'New satellite images show Russian deployments in Belarus, Crimea and western Russia, a US company said.',
  `Western officials estimate that ${SUPPORT} with Ukraine, in what they call the largest build-up in decades.`,
  `${DENIAL}, and the units will then return to their bases.`,
]);
const HARBOUR_TITLE = 'Harbour strike leaves container ships waiting off Port Ardley';
const HARBOUR_PASSAGE = 'dock workers began a strike over pay';
const HARBOUR = articleText(HARBOUR_TITLE, '20240318', 'https://news.example.org/harbour', [
  `Eleven container ships were anchored off Port Ardley on Monday as ${HARBOUR_PASSAGE}.`,
  'Union leaders said the walkout would last until the port authority returned to talks.',
]);

test.use({ seedFiles: { 'world/deployments.txt': OTHER } });

const grid = (app: Page): Locator => app.getByRole('grid', { name: 'Evidence' });
const bodyRows = (app: Page): Locator => grid(app).locator('[role="row"][data-highlight-id]');
const articleHeader = (app: Page): Locator => grid(app).getByRole('columnheader', { name: 'Article' });
const textFilter = (app: Page): Locator => app.getByLabel('Filter by words in the quote, note or title');
const bulk = (app: Page): Locator => app.getByTestId('bulk-bar');

async function changeFolder(app: Page, host: { dialogs: { folders: (string | null)[] } }, folder: string) {
  host.dialogs.folders.push(folder);
  await app.getByRole('button', { name: 'Change folder…' }).click();
  await expect(app.getByTestId('library-root')).toHaveText(folder);
}

async function showEvidence(app: Page): Promise<void> {
  await app.getByRole('tab', { name: 'Evidence' }).click();
  await expect(app.getByTestId('evidence-view')).toBeVisible();
}

async function showLibrary(app: Page): Promise<void> {
  await app.getByRole('tab', { name: 'Library' }).click();
  await expect(app.getByTestId('evidence-view')).toHaveCount(0);
}

/** The table as left: sorted by article, filtered to "troops", the first two rows selected, the second focused. */
async function expectKept(app: Page): Promise<void> {
  await expect(articleHeader(app)).toHaveAttribute('aria-sort', 'ascending');
  await expect(textFilter(app)).toHaveValue('troops');
  await expect(app.getByTestId('evidence-count')).toHaveText('2 of 3 highlights');
  await expect(bodyRows(app)).toHaveCount(2);
  await expect(bodyRows(app).nth(0)).toContainText(CLAIM);
  await expect(bodyRows(app).nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(bodyRows(app).nth(1)).toContainText(SUPPORT);
  await expect(bodyRows(app).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(bulk(app)).toContainText('2 highlights selected');
  const focused = await bodyRows(app).nth(1).getAttribute('id');
  await expect(grid(app)).toHaveAttribute('aria-activedescendant', focused ?? 'a row id');
}

test('the evidence table keeps its sort, filter and selection per library across tab changes', async ({
  app,
  host,
  library,
}) => {
  test.slow(); // three highlights, four visits to the table and two changes of library
  await openArticle(app, SEED_TITLE);
  await highlightPassage(app, CLAIM);
  await openArticle(app, OTHER_TITLE);
  await highlightPassage(app, SUPPORT);
  await highlightPassage(app, DENIAL);

  await showEvidence(app);
  await expect(app.getByTestId('evidence-count')).toHaveText('3 highlights');
  await articleHeader(app).click();
  await expect(articleHeader(app)).toHaveAttribute('aria-sort', 'ascending');
  await textFilter(app).fill('troops');
  await expect(app.getByTestId('evidence-count')).toHaveText('2 of 3 highlights');
  await grid(app).focus();
  await app.keyboard.press('Home');
  await app.keyboard.press('Space');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Space');
  await expectKept(app);

  // Away to the library and back by the toolbar tab, then by the menu's Ctrl+4.
  await showLibrary(app);
  await showEvidence(app);
  await expectKept(app);
  await showLibrary(app);
  await host.sendCommand('show-evidence');
  await expect(app.getByTestId('evidence-view')).toBeVisible();
  await expectKept(app);

  // Another library: its table starts fresh (no sort, no filter, nothing selected).
  const other = await mkdtemp(join(tmpdir(), 'dossier-e2e-evidence-b-'));
  try {
    await writeFile(join(other, 'harbour.txt'), HARBOUR);
    await showLibrary(app);
    await changeFolder(app, host, other);
    await openArticle(app, HARBOUR_TITLE);
    await highlightPassage(app, HARBOUR_PASSAGE);
    await showEvidence(app);
    await expect(app.getByTestId('evidence-count')).toHaveText('1 highlight');
    await expect(articleHeader(app)).toHaveAttribute('aria-sort', 'none');
    await expect(textFilter(app)).toHaveValue('');
    await expect(bodyRows(app)).toHaveCount(1);
    await expect(bodyRows(app).first()).toHaveAttribute('aria-selected', 'false');
    await expect(bulk(app)).toHaveCount(0);

    // The first library again: its own table as it was left.
    await showLibrary(app);
    await changeFolder(app, host, library.root);
    await showEvidence(app);
    await expectKept(app);
  } finally {
    await rm(other, { recursive: true, force: true });
  }
});
