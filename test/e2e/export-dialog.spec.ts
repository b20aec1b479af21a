// The export dialog end to end: a new brief is named and focused, the dialog is a keyboard modal, and the
// files it writes are what a boss receives: the header and "Page N of M" in PDF and Word, URLs without
// tracking that wrap only at slashes, ? and &, no notes or meanings unless asked. Open and Show in folder
// reach main, and the dialog comes back with the last choices and folder, also after a reload.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { articleText, expect, test } from './fixtures';
import { briefExportButton, exportTo, openExportDialog } from './export-actions';
import { highlightPassage, openArticle } from './reader-actions';
import { noteOnHighlight } from './work-actions';

const TITLE = 'Talks in Geneva end without agreement on troop withdrawals';
const PATH = 'https://www.bbc.co.uk/news/world-europe-60000000/geneva-talks-end-without-agreement/analysis';
const TRACKED = `${PATH}?at_medium=RSS&at_campaign=KARANGA&page=2`;
const QUOTE = 'no agreement on the withdrawal of troops from the border';
const ARABIC_TITLE = 'محادثات جنيف تنتهي دون اتفاق';
const ARABIC_QUOTE = 'قال المتحدث إن المحادثات ستستمر الأسبوع المقبل';

test.use({
  seedFiles: {
    'geneva.txt': articleText(TITLE, '20220218', TRACKED, [
      'Negotiators met for six hours in Geneva on Friday.',
      `The talks ended with ${QUOTE}, officials said.`,
    ]),
    'arabic.txt': articleText(ARABIC_TITLE, '20220219', 'https://www.aljazeera.net/news/2022/2/19/geneva', [
      `${ARABIC_QUOTE} في جنيف.`,
    ]),
  },
});

/** The named entry of a .docx (a zip), read with Node's own inflate. */
function unzipEntries(zip: Buffer, pattern: RegExp): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  const found: string[] = [];
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    if (pattern.test(zip.toString('utf8', at + 46, at + 46 + nameLength))) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      found.push((zip.readUInt16LE(at + 10) === 8 ? inflateRawSync(data) : data).toString('utf8'));
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return found.join('\n');
}

/** Where the PDF's text wraps the cited URL: each line's last character before the break, and the next's first. */
function urlBreaks(text: string, url: string): string[] {
  const lines = text.split('\n').map((line) => line.trim());
  const first = lines.findIndex((line) => line.includes(url.slice(0, 30)));
  expect(first, 'the URL is in the PDF').toBeGreaterThan(-1);
  const breaks: string[] = [];
  let seen = (lines[first] ?? '').slice((lines[first] ?? '').indexOf(url.slice(0, 30)));
  for (let i = first + 1; seen.length < url.length && i < lines.length; i++) {
    const next = lines[i] ?? '';
    breaks.push(`${seen.at(-1)}|${next[0]}`);
    seen += next;
  }
  expect(seen.startsWith(url), `the URL reads whole across its lines: ${seen}`).toBe(true);
  return breaks;
}

async function makeBrief(app: Page): Promise<void> {
  await openArticle(app, TITLE);
  await highlightPassage(app, QUOTE, 'Key fact');
  await noteOnHighlight(app, 'Private: **check** with the desk first.');
  await app.getByLabel('Add to brief').selectOption({ label: 'New brief' });
  await expect(app.getByTestId('toast').last()).toContainText(/Added to “Brief \d/);
  await openArticle(app, ARABIC_TITLE);
  await highlightPassage(app, ARABIC_QUOTE, 'Context');
  // The brief just made must be offered before it is picked, or the first choice is "New brief" again.
  const addTo = app.getByLabel('Add to brief');
  await expect(addTo.locator('option', { hasText: /^Brief \d/ })).toHaveCount(1);
  await addTo.selectOption({ index: 1 });
  await expect(app.getByTestId('toast').last()).toContainText(/Added to “Brief \d/);
  await app.getByRole('tab', { name: 'Briefs' }).click();
  await app.locator('.brief-row', { hasText: /^Brief \d/ }).click();
}

async function fillHeader(dialog: Locator): Promise<void> {
  await dialog.getByLabel('Author', { exact: true }).fill('Jane Analyst');
  await dialog.getByLabel('Organisation').fill('Northern Desk');
  await dialog.getByLabel('Handling marking').fill('OFFICIAL-SENSITIVE');
}

test('new briefs are named after the day, and the caret waits in the title', async ({ app }) => {
  await app.getByRole('tab', { name: 'Briefs' }).click();
  const list = app.getByRole('navigation', { name: 'Briefs' });
  await list.getByRole('button', { name: 'New brief' }).click();
  const title = app.getByLabel('Brief title');
  await expect(title).toHaveValue(/^Brief \d{1,2} [A-Z][a-z]{2} \d{4}$/);
  const first = await title.inputValue();
  await list.getByRole('button', { name: 'New brief' }).click();
  await expect(title).toHaveValue(`${first} (2)`);
  await expect(title).toBeFocused();
  // The name is selected: typing replaces it.
  await app.keyboard.type('Second look at Geneva, with a title long enough to need more than one line in the list');
  const row = app.locator('.brief-list li', { hasText: 'Second look at Geneva' });
  await expect(row).toBeVisible();
  await expect(app.locator('.brief-row', { hasText: first })).toHaveCount(1);
  // Copy and × stay inside the list beside a long title.
  const listBox = await list.boundingBox();
  for (const name of [/^Copy/, /^Delete/]) {
    const box = await row.getByRole('button', { name }).boundingBox();
    expect(box && listBox && box.x + box.width <= listBox.x + listBox.width + 0.5).toBe(true);
  }
  await app.screenshot({ path: 'test-results/screenshots/briefs-long-title.png' });
});

test('the dialog exports PDF and Word a boss can receive, opens them, and remembers', async ({ app, host, page }) => {
  test.setTimeout(300_000);
  await makeBrief(app);
  const preview = app.getByTestId('brief-preview');
  await expect(preview.locator('.preview-quote cite')).toHaveText(['[1, para. 2]', '[2, para. 1]']);
  await expect(preview).not.toContainText('Private');
  await expect(preview).not.toContainText('at_medium');

  // A keyboard modal: focus starts inside, Tab stays inside, Escape closes.
  const dialog = await openExportDialog(briefExportButton(app));
  for (let i = 0; i < 25; i++) {
    await app.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const out = await mkdtemp(join(tmpdir(), 'dossier-e2e-export-'));
  try {
    const pdfPath = join(out, 'brief.pdf');
    const pdfDialog = await exportTo(host, briefExportButton(app), pdfPath, 'PDF', async (d) => {
      await expect(d.getByLabel('Analyst notes on highlights')).not.toBeChecked();
      await expect(d.getByLabel('Colour meanings (“Key fact”)')).not.toBeChecked();
      await expect(d.getByLabel(/Remove tracking/)).toBeChecked();
      await fillHeader(d);
      await app.screenshot({ path: 'test-results/screenshots/briefs-export-dialog.png' });
    });
    await pdfDialog.getByRole('button', { name: 'Done' }).click();
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      pdfPath,
      'test-results/screenshots/briefs-pdf',
    ]);
    const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString();
    await writeFile('test-results/screenshots/briefs-pdf.txt', pdfText);
    expect(pdfText).toContain('OFFICIAL-SENSITIVE');
    expect(pdfText).toMatch(/Jane Analyst · Northern Desk · Analysis of \d{1,2} [A-Z][a-z]{2} \d{4}/);
    expect(pdfText).toMatch(/Page 1 of \d/);
    expect(pdfText).not.toContain('at_medium');
    expect(pdfText).not.toContain('KARANGA');
    expect(pdfText).not.toContain('Meaning:');
    expect(pdfText).not.toContain('Private');
    expect(pdfText).not.toMatch(/^\s*Notes\s*$/m);
    // The Arabic quote's words as selected in the reader (the mouse may leave a letter at either end).
    expect(pdfText).toContain('المحادثات ستستمر');
    for (const at of urlBreaks(pdfText, `${PATH}?page=2`)) expect(at).toMatch(/^\/\||^.\|[?&]/);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      pdfPath,
      'test-results/screenshots/briefs-pdf',
    ]);

    // Word, with colour meanings this time; Open and Show in folder on the file written.
    const docxPath = join(out, 'brief.docx');
    const wordDialog = await exportTo(host, briefExportButton(app), docxPath, 'Word', async (d) => {
      await expect(d.getByLabel('Handling marking')).toHaveValue('OFFICIAL-SENSITIVE');
      await d.getByLabel('Colour meanings (“Key fact”)').check();
    });
    await expect(wordDialog.getByRole('button', { name: 'Open' })).toBeFocused();
    await wordDialog.getByRole('button', { name: 'Open' }).click();
    await wordDialog.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => host.fileShellCalls.length).toBe(2);
    expect(host.fileShellCalls).toEqual([
      { call: 'open', path: docxPath },
      { call: 'show', path: docxPath },
    ]);
    await wordDialog.getByRole('button', { name: 'Done' }).click();
    const docx = await readFile(docxPath);
    const body = unzipEntries(docx, /^word\/document\.xml$/);
    expect(body).toContain('Meaning: </w:t>');
    expect(body).not.toContain('Private');
    expect(body).not.toContain('at_medium');
    expect(body).toContain(`${PATH}?page=2`.replace(/&/g, '&amp;'));
    expect(unzipEntries(docx, /^word\/header\d+\.xml$/)).toContain('OFFICIAL-SENSITIVE');
    const footer = unzipEntries(docx, /^word\/footer\d+\.xml$/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    // The second save dialog opened where the first export went.
    expect(host.dialogs.saveRequests.map((r) => r.defaultFolder)).toEqual([undefined, out]);

    // Reloaded, the dialog comes back with the last choices and folder.
    await page.reload();
    await app.getByRole('tab', { name: 'Briefs' }).click();
    await app.locator('.brief-row').first().click();
    const again = await openExportDialog(briefExportButton(app));
    await expect(again.getByRole('radio', { name: 'Word', exact: true })).toBeChecked();
    await expect(again.getByLabel('Colour meanings (“Key fact”)')).toBeChecked();
    await expect(again.getByLabel('Analyst notes on highlights')).not.toBeChecked();
    await expect(again.getByLabel('Author', { exact: true })).toHaveValue('Jane Analyst');
    await expect(again).toContainText(`Last saved in ${out}`);
    // The preview follows the remembered choices.
    await expect(preview.locator('.card-colour').first()).toHaveText('Meaning: Key fact');
    await app.keyboard.press('Escape');
    await app.screenshot({ path: 'test-results/screenshots/briefs-preview.png' });
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('Open and Show in folder refuse a path the page makes up', async ({ app, host }) => {
  const refused = await app.evaluate(async () => {
    const api = (window as unknown as { api: { openExportedFile(p: string): Promise<null> } }).api;
    return api.openExportedFile('/etc/passwd').then(
      () => 'opened',
      (error: unknown) => String(error),
    );
  });
  expect(refused).toContain('only files it exported');
  expect(host.fileShellCalls).toEqual([]);
});
