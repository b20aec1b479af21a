// Large and strange inputs end to end: a drop with a file too large and a binary one among good files, a
// drop of many files sent in batches with progress and Cancel, a FIFO named like an article in the
// library, and a 5 MB brief in Cyrillic exported as PDF through the app's printer and read back.
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Api } from '../../src-preload/contract';
import { FIRST_MARK, LAST_MARK, largeCyrillicBrief } from '../support/large-brief';
import { startHost } from './host/dossier-host';
import { articleText, expect, test } from './fixtures';
import { SEED_TITLE } from './reader-actions';

/** A file to drop: text, or `zeros` bytes of zero made in the page (a large file costs nothing to send). */
type Dropped = { readonly name: string; readonly text: string } | { readonly name: string; readonly zeros: number };

async function drop(page: Page, files: readonly Dropped[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) {
      const body = 'text' in file ? file.text : new Uint8Array(file.zeros);
      transfer.items.add(new File([body], file.name, { type: 'text/plain' }));
    }
    return transfer;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('.app', type, { dataTransfer });
}

const article = (i: number): Dropped => ({
  name: `dropped-${i}.txt`,
  text: articleText(`Dropped report ${i}`, '20240301', `https://news.example.org/${i}`, [`Paragraph of report ${i}.`]),
});

/** Counts the page's import calls (files in each) and holds the `held`-th until the test releases it. */
async function holdImportCall(page: Page, held: number): Promise<void> {
  await page.evaluate((n) => {
    const real = window.__dossierInvoke;
    if (!real) throw new Error('the end-to-end bridge is not in the page');
    const calls: number[] = [];
    let release = (): void => undefined;
    const gate = new Promise<void>((done) => (release = done));
    Object.assign(window, { importCalls: calls, releaseImport: () => release() });
    window.__dossierInvoke = async (channel, args) => {
      if (channel === 'library:import-files' && calls.push((args as unknown[][])[0]?.length ?? 0) === n) await gate;
      return real(channel, args);
    };
  }, held);
}

test('one bad file of ten is refused with its reason, the large one unread, and the other eight are added', async ({
  app,
  library,
}) => {
  const files = [1, 2, 3, 4, 5, 6, 7, 8].map(article);
  files.splice(3, 0, { name: 'huge.txt', zeros: 9 * 1024 * 1024 });
  files.splice(6, 0, { name: 'binary.txt', zeros: 64 });
  await drop(app, files);
  const notice = app.getByTestId('toast').last();
  await expect(notice).toContainText('Added 8 articles, 2 files not added.', { timeout: 60_000 });
  await expect(notice).toContainText('huge.txt: file too large: 9.0 MB (the limit is 8.0 MB); it was not read');
  await expect(notice).toContainText('binary.txt: not readable as an article: binary file: not text');
  await app.screenshot({ path: 'test-results/screenshots/drop-refused.png' });
  expect((await readdir(library.root)).filter((name) => name.startsWith('dropped-'))).toHaveLength(8);
  expect(await readdir(library.root)).not.toContain('huge.txt');
});

test('a drop of 120 files goes 50 at a time with progress, and Cancel stops before the next batch', async ({
  app,
  library,
}) => {
  await holdImportCall(app, 2);
  await drop(
    app,
    Array.from({ length: 120 }, (_, i) => article(i)),
  );
  const progress = app.getByTestId('import-progress');
  await expect(progress).toContainText('Adding dropped files: 50 of 120 files');
  await app.screenshot({ path: 'test-results/screenshots/drop-progress.png' });
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await app.evaluate(() => (window as unknown as { releaseImport: () => void }).releaseImport());
  // Cataloguing a batch of 50 takes seconds on a loaded machine.
  await expect(app.getByTestId('toast').last()).toContainText('Added 100 articles, 20 files not added.', {
    timeout: 60_000,
  });
  await expect(app.getByTestId('toast').last()).toContainText('dropped-119.txt: not added: the import was cancelled');
  await expect(progress).toHaveCount(0);
  expect(await app.evaluate(() => (window as unknown as { importCalls: number[] }).importCalls)).toEqual([50, 50]);
  expect((await readdir(library.root)).filter((name) => name.startsWith('dropped-'))).toHaveLength(100);
});

test('a FIFO named like an article neither hangs the first read nor the watcher', async ({ page, library }) => {
  const fifos = [join(library.root, 'x.txt'), join(library.root, 'late.txt')];
  execFileSync('mkfifo', [fifos[0] as string]);
  const userData = await mkdtemp(join(tmpdir(), 'dossier-e2e-fifo-'));
  const host = await startHost(page, { libraryRoot: library.root, userData });
  try {
    await host.open();
    await expect(page.getByRole('option', { name: new RegExp(SEED_TITLE) })).toBeVisible();
    await expect(page.getByTestId('library-count')).toContainText('1 article');
    execFileSync('mkfifo', [fifos[1] as string]);
    await library.write(
      'after.txt',
      articleText('Written after the FIFO', '20240302', 'https://a.example/1', ['Text.']),
    );
    await expect(page.getByRole('option', { name: /Written after the FIFO/ })).toBeVisible();
    await expect(page.getByTestId('library-count')).toContainText('2 articles');
  } finally {
    for (const fifo of fifos) {
      try {
        closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK)); // frees a reader stuck on it
      } catch {
        // ENXIO: nobody reads it, as it should be.
      }
    }
    await host.close();
    await rm(userData, { recursive: true, force: true });
  }
});

// The brief goes to main through the page's bridge, as the composer's Export button sends it; the composer
// itself is left out, as rendering a 5 MB preview is not what this test is about.
test('a 5 MB brief in Cyrillic exports as PDF through the app’s printer and reads back whole', async ({
  app,
  host,
}) => {
  test.setTimeout(600_000);
  const out = await mkdtemp(join(tmpdir(), 'dossier-e2e-large-'));
  try {
    const pdfPath = join(out, 'large.pdf');
    host.dialogs.savePaths.push(pdfPath);
    const saved = await app.evaluate((document) => {
      const { api } = window as unknown as { api: Api };
      return api.exportBrief({ document, format: 'pdf' });
    }, largeCyrillicBrief().document);
    expect(saved).toBe(pdfPath);
    const text = execFileSync('pdftotext', [pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString();
    expect(text).toContain(FIRST_MARK);
    expect(text).toContain(LAST_MARK);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
