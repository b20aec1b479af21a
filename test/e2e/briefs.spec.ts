// Briefs end to end: highlight passages in two articles, compose a brief from them, reorder it, export
// every format and read the files back: Markdown, HTML, PDF (pdftotext), Word (its XML) and JSON.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startHost } from './host/dossier-host';
import { articleText, expect, test } from './fixtures';
import { highlightPassage, openArticle, SEED_TITLE } from './reader-actions';
import { articleExportButton, briefExportButton, exportAndClose, type FormatLabel } from './export-actions';
import { unzipEntry } from './evidence-actions';

const MINSK_TITLE = 'Minsk Agreements remain unobserved as clashes continue in Donbas';
const QUOTE_A = 'Russia and NATO accusing each other of amassing troops';
const QUOTE_B = 'the only responsible way to resolve this crisis is through diplomacy and dialogue';
const QUOTE_C = 'the agreement has so far not been observed and sporadic clashes continue';

test.use({
  seedFiles: {
    'europe/minsk.txt': articleText(MINSK_TITLE, '20220218', 'https://www.example.org/world/minsk-agreements', [
      "The conflict in Donbas between Ukraine's government and the breakaway of Donetsk and Luhansk " +
        "People's Republics has been going on since 2014.",
      'The Minsk Agreements, designed to find a political resolution to the conflict, was negotiated ' +
        'by the leaders of France, Germany, Russia, and Ukraine in February 2015.',
      'However, the agreement has so far not been observed and sporadic clashes continue.',
    ]),
  },
});

async function highlightIn(app: Page, title: string, passage: string, meaning: string): Promise<void> {
  await openArticle(app, title);
  await highlightPassage(app, passage, meaning);
  await expect(
    app
      .locator('mark.hl')
      .filter({ hasText: passage.slice(0, 20) })
      .first(),
  ).toBeVisible();
}

test('compose a brief from highlights in two articles, reorder it, and export every format', async ({ app, host }) => {
  // Five exports through the dialog, one of them printed: minutes on a loaded 2-core machine.
  test.setTimeout(300_000);
  await highlightIn(app, SEED_TITLE, QUOTE_A, 'Key fact');
  await app.getByLabel('Highlight tags').fill('troops');
  await app.getByLabel('Highlight tags').press('Enter');
  await highlightIn(app, SEED_TITLE, QUOTE_B, 'Claim to verify');
  await highlightIn(app, MINSK_TITLE, QUOTE_C, 'Contradiction');

  // From the reader: the last highlight goes into a new brief.
  await app.getByLabel('Add to brief').selectOption({ label: 'New brief' });
  await expect(app.getByTestId('toast').last()).toContainText(/Added to “Brief \d{1,2} [A-Z][a-z]{2} \d{4}”/);

  await app.getByRole('tab', { name: 'Briefs' }).click();
  await app.locator('.brief-row', { hasText: /^Brief \d/ }).click();
  await app.getByLabel('Brief title').fill('Troops, talks and <b>Minsk</b>');
  await app.getByLabel('Brief summary').fill('Diplomacy continues while **both sides** build up forces.');
  await app.getByLabel('Section heading').fill('Military build-up');

  // In bulk: everything from the seed article, by article filter.
  await app.getByRole('button', { name: '+ Add evidence…' }).click();
  const picker = app.getByTestId('evidence-picker');
  await picker.getByLabel('Evidence article').selectOption({ label: SEED_TITLE });
  await expect(picker.locator('.picker-list li')).toHaveCount(2);
  await picker.getByRole('button', { name: 'Add 2 highlights' }).click();
  const items = app.getByTestId('evidence-item');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText(QUOTE_C);

  // Reorder: by keyboard, then by drag and drop.
  await items.nth(0).locator('blockquote').focus();
  await app.keyboard.press('Alt+ArrowDown');
  await expect(items.nth(1)).toContainText(QUOTE_C);
  await items.nth(2).dragTo(items.nth(0));
  await expect(items.nth(0)).toContainText(QUOTE_B);
  await items.nth(1).getByLabel('Evidence comment').fill('NATO says the same of Russia.');

  const preview = app.getByTestId('brief-preview');
  await expect(preview.locator('h1')).toHaveText('Troops, talks and <b>Minsk</b>');
  // One list of sources; each quote cites its source's number and paragraph in the text.
  await expect(preview.locator('.preview-notes li')).toHaveCount(0);
  await expect(preview.locator('.preview-sources li')).toHaveCount(2);
  await expect(preview.locator('.preview-quote cite')).toHaveText([
    /^\[1, para\. \d+\]$/,
    /^\[1, para\. \d+\]$/,
    /^\[2, para\. 3\]$/,
  ]);
  // The summary's Markdown is shown as formatting, not as asterisks.
  await expect(preview.locator('strong', { hasText: 'both sides' })).toBeVisible();
  await expect(preview).not.toContainText('**');
  await expect(preview).toContainText('russiaherald.com');
  // The composer saves its draft shortly after the last edit; the list shows what is saved.
  await expect(app.locator('.brief-row', { hasText: 'Troops, talks' })).toContainText('3 items');
  await app.screenshot({ path: 'test-results/screenshots/brief-composer.png' });

  const out = await mkdtemp(join(tmpdir(), 'dossier-e2e-brief-'));
  const exportAs = async (label: FormatLabel, file: string): Promise<string> => {
    const path = join(out, file);
    await exportAndClose(host, briefExportButton(app), path, label);
    return path;
  };

  const md = await readFile(await exportAs('Markdown', 'brief.md'), 'utf8');
  for (const quote of [QUOTE_A, QUOTE_B, QUOTE_C]) expect(md.split(quote).length - 1).toBe(1);
  expect(md).toContain('NATO says the same of Russia.');
  expect(md).toContain('russiaherald.com');
  expect(md).toContain('example.org');

  const html = await readFile(await exportAs('HTML', 'brief.html'), 'utf8');
  expect(html).not.toMatch(/<script/i);
  expect(html).toContain('Troops, talks and &lt;b&gt;Minsk&lt;/b&gt;');
  for (const quote of [QUOTE_A, QUOTE_B, QUOTE_C]) expect(html).toContain(quote);

  const pdfPath = await exportAs('PDF', 'brief.pdf');
  const pdf = await readFile(pdfPath);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString().replace(/\s+/g, ' ');
  for (const quote of [QUOTE_A, QUOTE_C]) expect(pdfText).toContain(quote);
  expect(pdfText).toContain('Sources');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    pdfPath,
    join('test-results', 'screenshots', 'brief-pdf'),
  ]);

  const docx = await readFile(await exportAs('Word', 'brief.docx'));
  const documentXml = unzipEntry(docx, 'word/document.xml');
  expect(documentXml).toContain('Heading1');
  expect(documentXml).toContain(QUOTE_B.replace(/'/g, '&apos;'));
  expect(documentXml).toContain('russiaherald.com');
  expect(documentXml).toContain('example.org');

  const json = JSON.parse(await readFile(await exportAs('JSON', 'brief.json'), 'utf8')) as {
    format: string;
    sections: { evidence: { quote: string }[] }[];
  };
  expect(json.format).toBe('dossier-brief');
  expect(json.sections[0]?.evidence.map((e) => e.quote)).toEqual([QUOTE_B, QUOTE_A, QUOTE_C]);
});

test('one click exports an article with its annotations, and a brief’s JSON imports into a fresh profile', async ({
  app,
  host,
  library,
  browser,
}) => {
  test.setTimeout(180_000);
  await highlightIn(app, SEED_TITLE, QUOTE_A, 'Key fact');
  const out = await mkdtemp(join(tmpdir(), 'dossier-e2e-article-'));
  const mdPath = join(out, 'article.md');
  await exportAndClose(host, articleExportButton(app), mdPath, 'Markdown');
  const md = await readFile(mdPath, 'utf8');
  expect(md).toContain(`# ${SEED_TITLE}`);
  expect(md).toContain(QUOTE_A);
  expect(md).toContain('para. 3');

  // A brief exported as JSON by one profile...
  await app.getByLabel('Add to brief').selectOption({ label: 'New brief' });
  await app.getByRole('tab', { name: 'Briefs' }).click();
  await app.locator('.brief-row', { hasText: /^Brief \d/ }).click();
  const jsonPath = join(out, 'brief.json');
  await exportAndClose(host, briefExportButton(app), jsonPath, 'JSON');

  // ...imports into another, re-creating the highlight it quotes.
  const context = await browser.newContext();
  const page = await context.newPage();
  const userData = await mkdtemp(join(tmpdir(), 'dossier-e2e-data3-'));
  const fresh = await startHost(page, { libraryRoot: library.root, userData });
  try {
    await fresh.open();
    await page.getByRole('tab', { name: 'Briefs' }).click();
    fresh.dialogs.openPaths.push(jsonPath);
    await page.getByRole('navigation', { name: 'Briefs' }).getByRole('button', { name: 'Import…' }).click();
    await expect(page.getByTestId('toast').last()).toContainText('1 highlight re-created from the brief.');
    await expect(page.getByTestId('evidence-item')).toContainText(QUOTE_A);
    await page.getByRole('tab', { name: 'Library' }).click();
    await page.getByRole('option', { name: new RegExp(SEED_TITLE) }).click();
    await expect(page.locator('mark.hl-yellow')).toHaveText(QUOTE_A);
  } finally {
    await fresh.close();
    await context.close();
  }
});
