// Nothing leaves the machine: the analyst's whole journey (open the library, search, highlight, note, make a
// brief from that evidence, export the brief and the article in every format, export the annotations) while
// every request of the page and of the PDF printer's page is recorded. The only ones allowed are the app's
// own origin and the printer's temporary file (a file: URL on this machine); anything else is aborted and
// fails the test.
import type { Page } from '@playwright/test';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_ORIGIN } from './host/dossier-host';
import { expect, test } from './fixtures';
import { highlightPassage, openArticle, SEED_TITLE } from './reader-actions';
import { articleExportButton, briefExportButton, exportAndClose } from './export-actions';

const QUOTE = 'Russia and NATO accusing each other of amassing troops';
const NOTE = 'Compare with the satellite imagery from Belgorod.';
const FORMATS = ['Markdown', 'HTML', 'PDF', 'Word', 'JSON'] as const;
const EXTENSIONS: Record<(typeof FORMATS)[number], string> = {
  Markdown: 'md',
  HTML: 'html',
  PDF: 'pdf',
  Word: 'docx',
  JSON: 'json',
};

/** The PDF printer's page: a file in a private folder under the system's temp folder (print-pdf.ts). */
const PRINT_PAGE = new RegExp(`^${pathToFileURL(tmpdir()).href}/dossier-print-[^/]+/brief\\.html$`);

interface Recorded {
  readonly requests: string[];
  readonly aborted: string[];
  readonly sockets: string[];
}

type WithBlocked = typeof globalThis & { dossierBlocked?: string[] };

/** Records from before the page opens: the page's requests, the context's (the printer too), and sockets. */
async function recordRequests(page: Page): Promise<Recorded> {
  const recorded: Recorded = { requests: [], aborted: [], sockets: [] };
  const context = page.context();
  context.on('request', (request) => recorded.requests.push(request.url()));
  page.on('request', (request) => recorded.requests.push(request.url()));
  page.on('websocket', (socket) => recorded.sockets.push(socket.url()));
  // What the page's CSP stopped before it became a request: an attempt to reach a URL, even if it failed.
  // (zod's probe for eval, blocked as "eval", reaches nothing and is not counted.)
  await page.addInitScript(() => {
    const blocked: string[] = [];
    (globalThis as WithBlocked).dossierBlocked = blocked;
    addEventListener('securitypolicyviolation', (event) => {
      if (event.blockedURI !== 'eval') blocked.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  // The host's page route answers the app's origin; whatever reaches the context's route is elsewhere.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (PRINT_PAGE.test(url)) return route.continue();
    recorded.aborted.push(url);
    return route.abort('blockedbyclient');
  });
  return recorded;
}

test('the whole journey makes no request outside the app', async ({ page, host }) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  const recorded = await recordRequests(page);
  await host.open();

  // Search, open, highlight, note.
  const search = page.getByLabel('Search the library');
  await search.fill('lavrov');
  await expect(page.getByTestId('article-list').locator('.article-row')).toHaveCount(1);
  await openArticle(page, SEED_TITLE);
  await highlightPassage(page, QUOTE);
  await page.getByTestId('highlight-card').getByRole('button', { name: 'Add note' }).click();
  await page.getByLabel('Highlight note').fill(NOTE);
  await page.getByLabel('Highlight note').press('Control+Enter');
  await search.fill('belgorod');
  await expect(page.getByTestId('article-list').locator('.article-row').first()).toContainText('in your notes');

  const out = await mkdtemp(join(tmpdir(), 'dossier-e2e-journey-'));
  try {
    const exported = async (file: string, click: () => Promise<void>, toast: string): Promise<string> => {
      const path = join(out, file);
      host.dialogs.savePaths.push(path);
      await click();
      // Printing a PDF takes a while on a loaded machine; the notice names the file once it is written.
      const notice = page.getByTestId('toast').filter({ hasText: path });
      await expect(notice).toContainText(toast, { timeout: 60_000 });
      expect((await stat(path)).size).toBeGreaterThan(0);
      return path;
    };

    // The article with its annotations, in every format, through the export dialog.
    for (const format of FORMATS) {
      const path = join(out, `article.${EXTENSIONS[format]}`);
      await exportAndClose(host, articleExportButton(page), path, format);
      expect((await stat(path)).size).toBeGreaterThan(0);
    }

    // A brief with that evidence, in every format; the analyst's note goes when asked for.
    await page.getByLabel('Add to brief').selectOption({ label: 'New brief' });
    await page.getByRole('tab', { name: 'Briefs' }).click();
    await page.locator('.brief-row', { hasText: /^Brief \d/ }).click();
    await page.getByLabel('Brief title').fill('Troop build-up');
    await expect(page.getByTestId('evidence-item')).toContainText(QUOTE);
    await expect(page.locator('.brief-row', { hasText: 'Troop build-up' })).toContainText('1 item');
    for (const format of FORMATS) {
      const path = join(out, `brief.${EXTENSIONS[format]}`);
      await exportAndClose(host, briefExportButton(page), path, format, async (dialog) => {
        if (format !== 'JSON') await dialog.getByLabel('Analyst notes on highlights').check();
      });
      expect((await stat(path)).size).toBeGreaterThan(0);
      if (format === 'Markdown') expect(await readFile(path, 'utf8')).toContain(NOTE);
    }

    // All the annotations.
    const annotations = await exported(
      'annotations.json',
      () => page.getByRole('button', { name: 'Export annotations…' }).click(),
      'Your work is exported.',
    );
    expect(await readFile(annotations, 'utf8')).toContain(NOTE);
  } finally {
    await rm(out, { recursive: true, force: true });
  }

  expect(problems).toEqual([]);
  // The recording works: the page's own files were seen, and each PDF export's printer page.
  expect(recorded.requests.filter((url) => url.startsWith(`${APP_ORIGIN}/`)).length).toBeGreaterThan(2);
  expect(new Set(recorded.requests.filter((url) => PRINT_PAGE.test(url))).size).toBe(2);
  const elsewhere = recorded.requests.filter((url) => !url.startsWith(`${APP_ORIGIN}/`) && !PRINT_PAGE.test(url));
  expect(elsewhere).toEqual([]);
  expect(recorded.aborted).toEqual([]);
  expect(recorded.sockets).toEqual([]);
  expect(await page.evaluate(() => (globalThis as WithBlocked).dossierBlocked)).toEqual([]);
});
