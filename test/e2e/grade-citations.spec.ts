// Grades in briefs and in the library list end to end: an outlet graded B in the source register and a
// highlight of it judged credibility 2 are cited "B2" beside the quote in the preview and in every export
// (Markdown, HTML, PDF read with pdftotext, Word's XML, JSON's grade); the list filtered by grade B shows
// only that outlet's articles, and sorted by grade lists them first, from the keyboard as from the mouse.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe-check';
import { gradeOutlet, unzipEntry } from './evidence-actions';
import { briefExportButton, exportAndClose, type FormatLabel } from './export-actions';
import { articleText, expect, test } from './fixtures';
import { tabTo } from './keyboard-actions';
import { highlightPassage, openArticle, SEED_TITLE } from './reader-actions';

const HERALD = 'russiaherald.com';
const QUOTE = 'Russia and NATO accusing each other of amassing troops';
const HERALD_SECOND = 'Lavrov answers the American letter on security guarantees';
const MINSK = 'Minsk Agreements remain unobserved as clashes continue in Donbas';
const PORT = 'Harbour pilots return to work after a week of talks';

test.use({
  seedFiles: {
    'world/herald-letter.txt': articleText(HERALD_SECOND, '20220120', 'https://www.russiaherald.com/news/letter', [
      'The foreign minister said the reply would be studied before any meeting was fixed.',
    ]),
    'world/minsk.txt': articleText(MINSK, '20220218', 'https://www.example.org/world/minsk-agreements', [
      'However, the agreement has so far not been observed and sporadic clashes continue.',
    ]),
    'local/port.txt': articleText(PORT, '20240320', 'https://news.example.net/port/pilots', [
      'The pilots voted to return after the port authority agreed to review the rota.',
    ]),
  },
});

/** The library list's rows, top to bottom. */
const rows = (app: Page): Locator => app.getByRole('listbox', { name: 'Articles' }).getByRole('option');

test('a graded quote is cited with its grade in every export; the list filters and sorts by grade', async ({
  app,
  host,
}) => {
  // Five exports through the dialog, one of them printed: minutes on a loaded 2-core machine.
  test.setTimeout(300_000);
  await expect(rows(app)).toHaveCount(4);
  await gradeOutlet(app, HERALD, /Usually reliable/, 'B');

  // The highlight, judged credibility 2 on its card, goes into a new brief.
  await app.getByRole('tab', { name: 'Library' }).click();
  await openArticle(app, SEED_TITLE);
  await highlightPassage(app, QUOTE);
  const card = app.getByTestId('highlight-card').last();
  await card.getByRole('combobox', { name: 'Credibility' }).selectOption({ label: '2 — Probably true' });
  await expect(card.getByTestId('grade-badge')).toHaveText('B2');
  await card.getByLabel('Add to brief').selectOption({ label: 'New brief' });
  await expect(app.getByTestId('toast').last()).toContainText(/Added to “Brief/);

  await app.getByRole('tab', { name: 'Briefs' }).click();
  await app.locator('.brief-row', { hasText: /^Brief \d/ }).click();
  await app.getByLabel('Brief title').fill('Graded evidence');
  const preview = app.getByTestId('brief-preview');
  await expect(preview.locator('.preview-quote cite')).toHaveText(/^\[1, para\. \d+; B2\]$/);
  await expect(preview.locator('.preview-grade')).toHaveText('Grade B2: usually reliable; probably true');
  await expect(preview.locator('.preview-grade-key')).toContainText('B2: usually reliable; probably true');
  await expect(app.locator('.brief-row', { hasText: 'Graded evidence' })).toContainText('1 item');
  await expectNoSeriousViolations(app, 'brief preview with a graded quote');
  await app.screenshot({ path: 'test-results/screenshots/grade-citations-preview.png' });

  const out = await mkdtemp(join(tmpdir(), 'dossier-e2e-grades-'));
  const exportAs = async (label: FormatLabel, file: string): Promise<string> => {
    const path = join(out, file);
    await exportAndClose(host, briefExportButton(app), path, label);
    return path;
  };
  /** The quote's citation as every format writes it: `[1, para. N; B2]`, right after the quote. */
  const CITED = new RegExp(`${QUOTE} \\\\?\\[1, para\\. \\d+; B2\\\\?\\]`);

  const md = await readFile(await exportAs('Markdown', 'brief.md'), 'utf8');
  expect(md).toMatch(CITED);
  expect(md).toContain('B2: usually reliable; probably true');

  const html = await readFile(await exportAs('HTML', 'brief.html'), 'utf8');
  expect(html).toMatch(new RegExp(`${QUOTE} <a class="cite" dir="ltr" href="#source-1">\\[1, para\\. \\d+; B2\\]</a>`));

  const pdfPath = await exportAs('PDF', 'brief.pdf');
  const pdfText = execFileSync('pdftotext', [pdfPath, '-']).toString().replace(/\s+/g, ' ');
  expect(pdfText).toMatch(CITED);

  const docx = await readFile(await exportAs('Word', 'brief.docx'));
  const documentXml = unzipEntry(docx, 'word/document.xml').replace(/<[^>]+>/g, '');
  expect(documentXml).toMatch(CITED);

  const json = JSON.parse(await readFile(await exportAs('JSON', 'brief.json'), 'utf8')) as {
    sections: { evidence: { quote: string; grade?: unknown }[] }[];
  };
  expect(json.sections[0]?.evidence).toEqual([
    expect.objectContaining({ quote: QUOTE, grade: { reliability: 'B', credibility: 2, text: 'B2' } }),
  ]);

  // The list by source grade, from the keyboard: Filters, then the grade B toggle.
  await app.getByRole('tab', { name: 'Library' }).click();
  const filters = app.getByRole('button', { name: 'Filters' });
  await filters.click();
  const gradeB = app.getByRole('group', { name: 'Source grade' }).getByRole('button', { name: /graded B/ });
  await tabTo(app, gradeB);
  await app.keyboard.press('Enter');
  await expect(gradeB).toHaveAttribute('aria-pressed', 'true');
  await expect(rows(app)).toHaveCount(2);
  await expect(rows(app)).toHaveText([new RegExp(SEED_TITLE.slice(0, 30)), new RegExp(HERALD_SECOND)]);
  await expectNoSeriousViolations(app, 'library filtered by source grade');
  await app.screenshot({ path: 'test-results/screenshots/grade-filter.png' });

  // F counts the outlets not graded.
  await app
    .getByRole('group', { name: 'Source grade' })
    .getByRole('button', { name: /graded F/ })
    .click();
  await gradeB.click();
  await expect(rows(app)).toHaveText([new RegExp(PORT), new RegExp(MINSK)]);
  await app.getByRole('button', { name: 'Clear filters' }).click();

  // Sorted by grade: the B outlet's articles first (newest first), then the ungraded, newest first.
  await app.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Source grade' });
  await expect(rows(app)).toHaveText([
    new RegExp(SEED_TITLE.slice(0, 30)),
    new RegExp(HERALD_SECOND),
    new RegExp(PORT),
    new RegExp(MINSK),
  ]);

  // A new grade reorders the list at once: example.org graded A comes first.
  await gradeOutlet(app, 'example.org', /Completely reliable/, 'A');
  await app.getByRole('tab', { name: 'Library' }).click();
  await expect(rows(app).first()).toHaveText(new RegExp(MINSK));
});
