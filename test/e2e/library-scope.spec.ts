// Work belongs to its library, end to end: highlights made in library A never show on B's file of the same
// name, B's search never finds A's notes and B does not list A's work as missing; switching back shows A's
// work again, and A renamed and chosen again is still A. Annotation search says what it could not take.
import type { Page } from '@playwright/test';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleText, expect, test } from './fixtures';
import { highlightPassage, openArticle, SEED_TITLE } from './reader-actions';

const HARBOUR_TITLE = 'Harbour strike leaves container ships waiting off Port Ardley';
const HARBOUR = articleText(HARBOUR_TITLE, '20240318', 'https://news.example.org/harbour', [
  'Eleven container ships were anchored off Port Ardley on Monday as dock workers began a strike over pay.',
  'Union leaders said the walkout would last until the port authority returned to talks.',
]);
const PASSAGE = 'dock workers began a strike over pay';

test.use({ seedFiles: { 'reports/harbour.txt': HARBOUR } });

const rows = (page: Page) => page.getByTestId('article-list').locator('.article-row');

async function changeFolder(page: Page, host: { dialogs: { folders: (string | null)[] } }, folder: string) {
  host.dialogs.folders.push(folder);
  await page.getByRole('button', { name: 'Change folder…' }).click();
  await expect(page.getByTestId('library-root')).toHaveText(folder);
}

/** Highlights the passage in the open article and writes `note` on it. */
async function highlightWithNote(page: Page, passage: string, note: string): Promise<void> {
  await highlightPassage(page, passage);
  const card = page.getByTestId('highlight-card').filter({ hasText: passage });
  await card.getByRole('button', { name: 'Add note' }).click();
  await page.getByLabel('Highlight note').fill(note);
  await page.getByLabel('Highlight note').press('Control+Enter');
  await expect(card).toContainText(note);
}

/** Waits until searching for `word` lists exactly `count` articles (search runs again as annotations sync). */
async function expectFound(page: Page, word: string, count: number): Promise<void> {
  await page.getByLabel('Search the library').fill(word);
  await expect(page.getByTestId('library-count')).toContainText(`${count === 1 ? '1 result' : `${count} results`}`);
  await expect(rows(page)).toHaveCount(count);
  await page.getByLabel('Search the library').press('Escape');
}

test("library B never shows A's work on its file of the same name, and switching back shows it", async ({
  app,
  host,
  library,
}) => {
  await openArticle(app, HARBOUR_TITLE);
  await highlightWithNote(app, PASSAGE, 'Gannetcount of ships rising');
  await openArticle(app, SEED_TITLE);
  await highlightPassage(app, 'Russia and NATO accusing each other of amassing troops');
  await expectFound(app, 'gannetcount', 1);

  // B has a file of the same name with the very same text, and nothing of A's seed article.
  const other = await mkdtemp(join(tmpdir(), 'dossier-e2e-library-b-'));
  try {
    await writeFile(join(other, 'harbour.txt'), HARBOUR);
    await changeFolder(app, host, other);
    await openArticle(app, HARBOUR_TITLE);
    await expect(app.getByTestId('annotations-panel')).toBeVisible();
    await expect(app.locator('mark.hl')).toHaveCount(0);
    await expect(app.getByTestId('highlight-card')).toHaveCount(0);
    await expect(app.getByTestId('missing-list')).toHaveCount(0);
    // B's own note is found once B's work reaches the index; A's note never is.
    await highlightWithNote(app, 'Union leaders said', 'Puffinword from library B');
    await expectFound(app, 'puffinword', 1);
    await expectFound(app, 'gannetcount', 0);
    await app.screenshot({ path: 'test-results/screenshots/library-b.png' });

    await changeFolder(app, host, library.root);
    await openArticle(app, HARBOUR_TITLE);
    await expect(app.locator('mark.hl-yellow')).toHaveText(PASSAGE);
    await expect(app.getByTestId('highlight-card')).toContainText('Gannetcount of ships rising');
    await expectFound(app, 'gannetcount', 1);
    await expectFound(app, 'puffinword', 0);
    await expect(app.getByTestId('missing-list')).toHaveCount(0);
  } finally {
    await rm(other, { recursive: true, force: true });
  }
});

test('the library folder renamed and chosen again keeps its work', async ({ app, host, library }) => {
  await openArticle(app, HARBOUR_TITLE);
  await highlightWithNote(app, PASSAGE, 'Kittiwake tally before the move');
  await expectFound(app, 'kittiwake', 1);

  const renamed = `${library.root} (renamed)`;
  await rename(library.root, renamed);
  try {
    await expect(app.getByTestId('library-problem')).toContainText('was deleted, moved or renamed');
    await changeFolder(app, host, renamed);
    await openArticle(app, HARBOUR_TITLE);
    await expect(app.locator('mark.hl-yellow')).toHaveText(PASSAGE);
    await expect(app.getByTestId('highlight-card')).toContainText('Kittiwake tally before the move');
    await expectFound(app, 'kittiwake', 1);
    await expect(app.getByTestId('missing-list')).toHaveCount(0);
  } finally {
    await rename(renamed, library.root);
  }
});

test('annotation search names the records it left out or shortened, and says when it fails', async ({ app, host }) => {
  // Records too big for search reach the page's database the way older versions or other tools left them:
  // written straight into IndexedDB (Import refuses them at the door now), then the page is loaded again.
  // The list shows once the app has opened (and so created) its work database: its stores exist.
  await expect(app.getByTestId('library-count')).toContainText('article');
  const libraryId = (await host.library.summary()).libraryId ?? '';
  const now = Date.parse('2024-05-01T10:00:00.000Z');
  const noteRecord = (articleId: string, note: string) => ({
    libraryId,
    articleId,
    articleHash: '',
    articleTitle: 'Imported',
    note,
    tags: [],
    updatedAt: now,
  });
  const quote = `Skuaquote ${'shipping '.repeat(30_000)}`;
  const records = {
    articleAnnotations: [
      noteRecord('reports/harbour.txt', 'Skuanote on the strike'),
      noteRecord(`reports/${'x'.repeat(5000)}.txt`, 'A path longer than any file system allows'),
    ],
    highlights: [
      {
        id: '5a1e4c1e-0000-4000-8000-00000000beef',
        libraryId,
        articleId: 'reports/harbour.txt',
        articleHash: '',
        articleTitle: HARBOUR_TITLE,
        quote: { exact: quote, prefix: '', suffix: '' },
        position: { start: 0, end: quote.length },
        color: 'yellow',
        note: '',
        tags: [],
        createdAt: now,
        updatedAt: now,
      },
    ],
  };
  await app.evaluate(async (stores) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dossier');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const tx = db.transaction(Object.keys(stores), 'readwrite');
    for (const [store, items] of Object.entries(stores)) for (const item of items) tx.objectStore(store).put(item);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
    db.close();
  }, records);
  await app.reload();
  const notice = app.getByTestId('annotation-search-notice');
  await expect(notice).toContainText('Annotation search left out 1 record and searches only part of 1 record.');
  await notice.locator('summary').click();
  await expect(notice).toContainText('its article path is 5,012 characters long');
  await expect(notice).toContainText('its text is 270,010 characters; the first 200,000 are searchable');
  await app.screenshot({ path: 'test-results/screenshots/annotation-search-notice.png' });
  await expectFound(app, 'skuanote', 1);
  await expectFound(app, 'skuaquote', 1);
  // The record left out of search is kept, as work on an article the library does not have.
  await expect(app.getByTestId('missing-list')).toContainText('Imported');

  host.failChannel('search:set-annotations', 'the search index is locked');
  await openArticle(app, HARBOUR_TITLE);
  await app.getByTestId('annotations-panel').getByRole('button', { name: 'Edit note' }).click();
  const articleNote = app.getByRole('textbox', { name: 'Article note' });
  await articleNote.fill('Skuanote, revised');
  await articleNote.press('Control+Enter');
  const error = app.getByTestId('annotation-search-error');
  await expect(error).toContainText('Search cannot see your latest highlights and notes: the search index is locked');
  await app.screenshot({ path: 'test-results/screenshots/annotation-search-error.png' });
  host.failChannel('search:set-annotations', null);
  await error.getByRole('button', { name: 'Retry' }).click();
  await expect(error).toBeHidden();
  await expectFound(app, 'revised', 1);
});
