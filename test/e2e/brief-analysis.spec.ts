// A brief whose sections are an ACH matrix and a timeline range, end to end: two quotes highlighted in the
// reader, a matrix (three hypotheses, a typed assumption, a non-diagnostic Arabic quote) and a brief with
// both kinds of section written into the page's IndexedDB as the Hypotheses and Timeline views store them;
// the composer and the preview show the table and the dated list, and every export (Markdown, HTML, PDF read
// with pdftotext, Word's XML, JSON) writes the table, the scores, the ranking and the list, each quote and
// the cited article against the one source list. A removed section comes back with Undo.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe-check';
import { unzipEntry } from './evidence-actions';
import { briefExportButton, exportAndClose, type FormatLabel } from './export-actions';
import { articleText, expect, FIXTURES, test } from './fixtures';
import { highlightPassage, openArticle, SEED_TITLE } from './reader-actions';
import { schemeShots } from './screenshots';

const QUOTE = 'the Russians have responded with proposed dates for late next week';
const OTHER = 'push for further engagements with Russia through the NATO-Russia Council';
const ARABIC = readFileSync(join(FIXTURES, 'languages/ar-cnn-syria.txt'), 'utf8').split('\n');
const ARABIC_TITLE = ARABIC[0] ?? '';
const ARABIC_PARAGRAPH = ARABIC[3] ?? '';
const ARABIC_QUOTE = 'أكدت جهات سورية معارضة أن فصائل مسلحة معارضة';
const ARABIC_ID = 'world/syria.txt';

test.use({
  seedFiles: {
    [ARABIC_ID]: articleText(ARABIC_TITLE, '20220215', 'https://arabic.example.com/news/syria', [ARABIC_PARAGRAPH]),
  },
});

/**
 * Writes the matrix and the brief as the Hypotheses and Timeline views store them (and the Arabic quote's
 * highlight), with IndexedDB itself; the quote is judged credibility 2 and its event dated 18 Feb 2022.
 */
async function seedAnalysis(page: Page): Promise<void> {
  const quoteStart = ARABIC_PARAGRAPH.indexOf(ARABIC_QUOTE);
  await page.evaluate(
    async ({ quote, arabic, arabicId, arabicTitle, start, paragraph }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('dossier');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      type Stored = {
        id: string;
        libraryId: string;
        articleId: string;
        articleTitle: string;
        quote: { exact: string };
      };
      const all = await new Promise<Stored[]>((resolve, reject) => {
        const request = db.transaction('highlights').objectStore('highlights').getAll();
        request.onsuccess = () => resolve(request.result as Stored[]);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
      const found = all.find((h) => h.quote.exact === quote);
      if (!found) throw new Error('the highlight is not stored');
      const now = Date.now();
      const tx = db.transaction(['highlights', 'achMatrices', 'briefs'], 'readwrite');
      tx.objectStore('highlights').put({ ...found, credibility: 2, eventDate: '2022-02-18', updatedAt: now });
      const end = start + arabic.length;
      tx.objectStore('highlights').put({
        ...found,
        id: 'hl-arabic',
        articleId: arabicId,
        articleHash: '',
        articleTitle: arabicTitle,
        quote: {
          exact: arabic,
          prefix: paragraph.slice(Math.max(0, start - 32), start),
          suffix: paragraph.slice(end, end + 32),
        },
        position: { start, end },
        note: '',
        tags: [],
        createdAt: now,
        updatedAt: now,
      });
      const row = (id: string, ratings: Record<string, string>, extra: object) => ({ id, ratings, ...extra });
      tx.objectStore('achMatrices').put({
        id: 'matrix-e2e',
        libraryId: found.libraryId,
        question: 'Will the talks happen?',
        hypotheses: [
          { id: 'h1', label: 'Talks go ahead' },
          { id: 'h2', label: 'Talks called off' },
          { id: 'h3', label: 'Talks postponed' },
        ],
        rows: [
          row(
            'row-quote',
            { h1: 'C', h2: 'I', h3: 'N' },
            {
              kind: 'highlight',
              highlightId: found.id,
              text: quote,
              articleId: found.articleId,
              articleTitle: found.articleTitle,
            },
          ),
          row(
            'row-assumption',
            { h1: 'I', h2: 'C', h3: 'C' },
            {
              kind: 'assumption',
              highlightId: null,
              text: 'Moscow wants to be seen talking.',
              articleId: '',
              articleTitle: '',
              credibility: 'high',
            },
          ),
          row(
            'row-arabic',
            { h1: 'N', h2: 'N', h3: 'N' },
            {
              kind: 'highlight',
              highlightId: 'hl-arabic',
              text: arabic,
              articleId: arabicId,
              articleTitle: arabicTitle,
            },
          ),
        ],
        createdAt: now,
        updatedAt: now,
      });
      tx.objectStore('briefs').put({
        id: 'brief-analysis',
        title: 'Analysis brief',
        summary: '',
        sections: [
          { id: 'sec-ach', heading: 'Competing hypotheses', text: '', items: [], ach: { matrixId: 'matrix-e2e' } },
          {
            id: 'sec-time',
            heading: 'Build-up',
            text: '',
            items: [],
            timeline: {
              from: '2022-02-01',
              to: '2022-02-28',
              grouping: 'tag',
              entries: [
                {
                  kind: 'article',
                  articleId: arabicId,
                  articleTitle: arabicTitle,
                  date: '2022-02-15',
                  group: 'Diplomacy',
                },
                {
                  kind: 'event',
                  highlightId: found.id,
                  articleId: found.articleId,
                  articleTitle: found.articleTitle,
                  quote,
                  date: '2022-02-17',
                  group: 'Military',
                },
                {
                  kind: 'event',
                  highlightId: 'hl-arabic',
                  articleId: arabicId,
                  articleTitle: arabicTitle,
                  quote: arabic,
                  date: '2022-02-16',
                  group: 'Diplomacy',
                },
              ],
            },
          },
        ],
        createdAt: now,
        updatedAt: now,
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
      db.close();
    },
    {
      quote: QUOTE,
      arabic: ARABIC_QUOTE,
      arabicId: ARABIC_ID,
      arabicTitle: ARABIC_TITLE,
      start: quoteStart,
      paragraph: ARABIC_PARAGRAPH,
    },
  );
}

/** The citations every format must write: the seed article is source 1 (first quoted), the Arabic one 2. */
const CITE = { quote: '[1, para. 1; F2]', arabic: '[2, para. 1]', article: '[2]' } as const;
const RANKING = 'Least inconsistent first: H3, H2, H1';
const TIMELINE = [
  `15 Feb 2022 — Published: “${ARABIC_TITLE}” ${CITE.article}`,
  `16 Feb 2022 — ${ARABIC_QUOTE} ${CITE.arabic} (reported 15 Feb 2022, 1 day earlier)`,
  `18 Feb 2022 — ${QUOTE} ${CITE.quote} (reported 11 Feb 2022, 7 days earlier)`,
];

test('ACH and timeline sections show in the brief and export with their citations in all five formats', async ({
  app,
  host,
}) => {
  // Five exports through the dialog, one of them printed: minutes on a loaded 2-core machine.
  test.setTimeout(300_000);
  await openArticle(app, SEED_TITLE);
  await highlightPassage(app, QUOTE);
  await highlightPassage(app, OTHER);
  await expect(app.getByTestId('highlight-card')).toHaveCount(2);
  await seedAnalysis(app);
  // Dexie keeps its queries' answers; the page reads the records written behind its back after a reload.
  await app.reload();

  await app.getByRole('tab', { name: 'Briefs' }).click();
  await expect(app.locator('.brief-row', { hasText: 'Analysis brief' })).toContainText(
    '0 items · 1 ACH table · 1 timeline',
  );
  await app.locator('.brief-row', { hasText: 'Analysis brief' }).click();
  const editor = app.getByTestId('brief-editor');
  const table = editor.getByRole('table', { name: 'ACH matrix: Will the talks happen?' });
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.locator('tbody tr').nth(1)).toHaveText(/^Assumption: Moscow wants to be seen talking\./);
  await expect(table.locator('tbody tr.not-diagnostic')).toContainText(ARABIC_QUOTE);
  await expect(table.locator('tfoot')).toHaveText('Weighted inconsistency−1.41−1.000.00');
  await expect(editor.getByTestId('ach-section').locator('.ach-ranking')).toHaveText(RANKING);
  await expect(editor.getByTestId('timeline-section').locator('li')).toHaveText(
    TIMELINE.map((line) => line.replace(/ \[[^\]]*\]/, '')),
  );
  const preview = app.getByTestId('brief-preview');
  await expect(preview.locator('.ach-table cite')).toHaveText([` ${CITE.quote}`, ` ${CITE.arabic}`]);
  await expect(preview.getByTestId('timeline-section').locator('li')).toHaveText(TIMELINE);
  await expect(preview.locator('.preview-sources li')).toHaveCount(2);
  await expectNoSeriousViolations(app, 'brief with ACH and timeline sections');
  await schemeShots(app, 'brief-analysis');

  const out = await mkdtemp(join(tmpdir(), 'dossier-e2e-analysis-'));
  const exportAs = async (label: FormatLabel, file: string): Promise<string> => {
    const path = join(out, file);
    await exportAndClose(host, briefExportButton(app), path, label);
    return path;
  };

  const md = await readFile(await exportAs('Markdown', 'brief.md'), 'utf8');
  const esc = (text: string): string => text.replace(/[[\]]/g, '\\$&');
  expect(md).toContain('| Evidence | H1 | H2 | H3 | Cred. | Rel. |');
  expect(md).toContain(`| ${QUOTE} ${esc(CITE.quote)} | C | I | N | Medium | Medium |`);
  expect(md).toContain('| *Assumption:* Moscow wants to be seen talking. | I | C | C | High | Medium |');
  expect(md).toContain(`| ${ARABIC_QUOTE} ${esc(CITE.arabic)} *(not diagnostic)* | N | N | N | Medium | Medium |`);
  expect(md).toContain('| **Weighted inconsistency** | −1.41 | −1.00 | 0.00 | | |');
  expect(md).toContain(`**${RANKING}**`);
  expect(md).toContain(`### Diplomacy\n\n- ${esc(TIMELINE[0] ?? '')}\n- ${esc(TIMELINE[1] ?? '')}\n\n### Military`);
  expect(md).toContain(`- ${esc(TIMELINE[2] ?? '')}`);
  expect(md).toMatch(
    /## Sources\n\n1\. russiaherald\\?\.com, “Blinken accepts[^\n]*\n2\. arabic\\?\.example\\?\.com, “/,
  );

  const html = await readFile(await exportAs('HTML', 'brief.html'), 'utf8');
  expect(html).toContain('<th scope="col" class="evidence-col">Evidence</th>');
  expect(html).toContain(`<span dir="auto">${ARABIC_QUOTE}</span> <a class="cite" dir="ltr" href="#source-2">`);
  expect(html).toContain('<tfoot><tr><th scope="row">Weighted inconsistency</th><td class="score">−1.41</td>');
  // The exported file as a reader's browser shows it, for a person to look at.
  const reader = await app.context().newPage();
  await reader.goto(`file://${join(out, 'brief.html')}`);
  await expect(reader.locator('table.ach')).toBeVisible();
  await reader.screenshot({ path: 'test-results/screenshots/brief-analysis-export-html.png', fullPage: true });
  await reader.close();

  const pdfText = execFileSync('pdftotext', [await exportAs('PDF', 'brief.pdf'), '-'])
    .toString()
    .replace(/\s+/g, ' ');
  expect(pdfText).toContain('Weighted inconsistency');
  expect(pdfText).toContain(RANKING);
  expect(pdfText).toContain('Moscow wants to be seen talking.');
  expect(pdfText).toContain(CITE.quote);
  expect(pdfText).toContain(TIMELINE[2]);

  const docx = await readFile(await exportAs('Word', 'brief.docx'));
  const documentXml = unzipEntry(docx, 'word/document.xml');
  expect(documentXml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
  const wordText = documentXml.replace(/<[^>]+>/g, '');
  expect(wordText).toContain(`${QUOTE} ${CITE.quote}`);
  expect(wordText).toContain('Weighted inconsistency−1.41−1.000.00');
  expect(wordText).toContain(RANKING);
  expect(wordText).toContain(TIMELINE[2]);

  const json = JSON.parse(await readFile(await exportAs('JSON', 'brief.json'), 'utf8')) as {
    sections: {
      evidence: { id: string; highlightId: string; quote: string }[];
      ach?: { hypotheses: { label: string; rank: number }[]; rows: { ratings: unknown[]; evidenceId: unknown }[] };
      timeline?: { entries: { date: string; evidenceId: string }[] };
    }[];
  };
  expect(json.sections[0]?.ach?.hypotheses.map((h) => [h.label, h.rank])).toEqual([
    ['Talks go ahead', 3],
    ['Talks called off', 2],
    ['Talks postponed', 1],
  ]);
  expect(json.sections[0]?.ach?.rows.map((r) => r.evidenceId)).toEqual(['row-quote', null, 'row-arabic']);
  expect(json.sections[1]?.timeline?.entries.map((e) => e.date)).toEqual(['2022-02-15', '2022-02-16', '2022-02-18']);
  expect(json.sections[1]?.evidence.map((e) => [e.highlightId === '', e.quote])).toEqual([
    [true, ''],
    [false, ARABIC_QUOTE],
    [false, QUOTE],
  ]);

  // Removing the ACH section, then Undo, puts it back where it was.
  await editor
    .getByRole('region', { name: /^Section 1:/ })
    .getByRole('button', { name: 'Remove section' })
    .click();
  await expect(editor.getByTestId('ach-section')).toHaveCount(0);
  await app.getByTestId('toast').last().getByRole('button', { name: 'Undo' }).click();
  await expect(editor.getByTestId('brief-section').first().getByTestId('ach-section')).toBeVisible();
  await expect(editor.getByTestId('brief-section').nth(1).getByTestId('timeline-section')).toBeVisible();
});
