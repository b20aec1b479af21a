// Analysis of Competing Hypotheses end to end: from highlights in three articles (one judged improbable, so
// its row starts at low credibility), a matrix with three hypotheses and five evidence rows (four quotes, one
// assumption) rated by the keyboard; the scores, ranks and non-diagnostic row are what Heuer's weighted
// count gives by hand; leaving out the low-credibility row changes the leader; a row's quote opens in the
// reader; the CSV and a brief in all five formats carry the table.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe-check';
import { cardOf, unzipEntry } from './evidence-actions';
import { briefExportButton, exportAndClose, type FormatLabel } from './export-actions';
import { articleText, expect, FIXTURES, test } from './fixtures';
import { highlightPassage, openArticle, SEED_TITLE } from './reader-actions';
import { schemeShots } from './screenshots';
import { selectWithinParagraph } from './select';

const KREMLIN = 'Kremlin says drills near the border will end on schedule';
const PENTAGON = 'Pentagon sees field hospitals and fuel depots moved to the front';
const Q1 = 'Russia and NATO accusing each other of amassing troops';
const Q2 = 'Moscow denies the claims and maintains that it has no intention of attacking any country';
const Q3 = 'units would return to their bases once the exercises end';
const Q4 = 'field hospitals and fuel depots were moved close to the border';
const ASSUMPTION = 'Satellite imagery would show a withdrawal within days';
const QUESTION = 'What is Russia preparing on the Ukrainian border?';
const HYPOTHESES = ['Invasion', 'Coercive diplomacy', 'Exercises only'] as const;
const HEBREW = readFileSync(join(FIXTURES, 'languages/he-udhr-preamble.txt'), 'utf8');
const [HEBREW_TITLE = ''] = HEBREW.split('\n');
const HEBREW_QUOTE = 'הכרה בכבוד הטבעי אשר לכל בני משפחת האדם';
const HEBREW_QUESTION = 'מה מניע את ההכרזה?';
const ARABIC_HYPOTHESIS = 'الكرامة الإنسانية';
const HEBREW_HYPOTHESIS = 'שלום בעולם';

test.use({
  seedFiles: {
    'world/he-udhr-preamble.txt': HEBREW,
    'world/kremlin.txt': articleText(KREMLIN, '20220215', 'https://tass.example.com/world/drills', [
      'A spokesman said the units would return to their bases once the exercises end, as planned last year.',
    ]),
    'world/pentagon.txt': articleText(PENTAGON, '20220217', 'https://defence.example.net/news/depots', [
      'Officials said field hospitals and fuel depots were moved close to the border over the past week.',
    ]),
  },
});

type Rating = 'CC' | 'C' | 'N' | 'I' | 'II' | 'NA';
/** How each rating is typed in a cell: the keys pressed, one after another. */
const KEYS: Record<Rating, string[]> = {
  CC: ['Shift+C'],
  C: ['c'],
  N: ['n'],
  I: ['i'],
  II: ['i', 'i'],
  NA: ['a'],
};
/** The ratings entered, by evidence row (E1…E5) and hypothesis (H1…H3). */
const RATINGS: Rating[][] = [
  ['CC', 'CC', 'CC'], // E1: everyone expects troops: not diagnostic
  ['II', 'C', 'C'], // E2 (credibility 5: low weight): a denial counts against invasion
  ['C', 'I', 'C'],
  ['N', 'C', 'I'],
  ['C', 'N', 'I'], // E5: the assumption
];
/** Credibility weights as PARC's ACH 2.0 gives them: low 1/√2, medium 1; relevance medium (1) throughout. */
const CREDIBILITY = [1, Math.SQRT1_2, 1, 1, 1];
const INCONSISTENCY: Record<Rating, number> = { CC: 0, C: 0, N: 0, I: -1, II: -2, NA: 0 };

/** Heuer's weighted inconsistency by hand, for hypothesis `h` with the rows in `without` left out. */
const score = (h: number, without: readonly number[] = []): number =>
  RATINGS.reduce(
    (sum, row, r) => (without.includes(r) ? sum : sum + INCONSISTENCY[row[h] as Rating] * (CREDIBILITY[r] ?? 0)),
    0,
  );
/** Two decimals with a true minus sign, as the matrix writes a score. */
const shown = (n: number): string => `${n < -0.005 ? '−' : ''}${Math.abs(n).toFixed(2)}`;

/** Tall enough for the matrix and its sensitivity panel. */
const TALL = { width: 1280, height: 1200 };

const grid = (app: Page): Locator => app.getByTestId('ach-grid');
const cell = (app: Page, row: number, col: number): Locator =>
  grid(app)
    .getByTestId('ach-row')
    .nth(row)
    .getByRole('gridcell')
    .filter({ has: app.locator('.ach-rating') })
    .nth(col);

async function addToMatrix(app: Page, quote: string, choice: string): Promise<void> {
  await cardOf(app, quote).getByLabel('Add to matrix').selectOption({ label: choice });
}

test('a matrix from three articles is rated by the keyboard, scored, tested for sensitivity and exported', async ({
  app,
  host,
}) => {
  // Five brief exports, one printed, and a CSV: minutes on a loaded 2-core machine.
  test.setTimeout(480_000);
  const h = [score(0), score(1), score(2)] as const;
  expect(h.map(shown)).toEqual(['−1.41', '−1.00', '−2.00']);

  // Two quotes of the seed article; the second judged improbable (credibility 5). The first starts a matrix.
  await openArticle(app, SEED_TITLE);
  await highlightPassage(app, Q1);
  await addToMatrix(app, Q1, 'New matrix…');
  await cardOf(app, Q1).getByLabel('Question').fill(QUESTION);
  await cardOf(app, Q1).getByRole('button', { name: 'Create' }).click();
  await expect(app.getByTestId('toast').last()).toContainText(`Added to the matrix “${QUESTION}”`);
  await highlightPassage(app, Q2);
  await cardOf(app, Q2).getByRole('combobox', { name: 'Credibility' }).selectOption({ label: '5 — Improbable' });
  await expect(cardOf(app, Q2).getByTestId('grade-badge')).toHaveText('F5');
  await addToMatrix(app, Q2, QUESTION);
  await expect(app.getByTestId('toast').last()).toContainText(`Added to the matrix “${QUESTION}”`);
  await addToMatrix(app, Q2, `✓ ${QUESTION} (already in)`);
  await expect(app.getByTestId('toast').last()).toContainText('Already in the matrix');
  await openArticle(app, KREMLIN);
  await highlightPassage(app, Q3);
  await openArticle(app, PENTAGON);
  await highlightPassage(app, Q4);

  // The matrix: name the two first hypotheses, add a third (its name selected, typed over).
  await host.sendCommand('show-hypotheses');
  const view = app.getByTestId('hypotheses-view');
  await expect(view.getByLabel('Question')).toHaveValue(QUESTION);
  for (const [i, name] of HYPOTHESES.slice(0, 2).entries()) {
    await view.getByLabel(`Hypothesis H${i + 1}`).fill(name);
    await app.keyboard.press('Enter');
  }
  await view.getByRole('button', { name: 'Add hypothesis' }).click();
  await expect(view.getByLabel('Hypothesis H3')).toBeFocused();
  await app.keyboard.type(HYPOTHESES[2]);
  await app.keyboard.press('Enter');
  for (const [i, name] of HYPOTHESES.entries()) await expect(view.getByLabel(`Hypothesis H${i + 1}`)).toHaveValue(name);

  // The two other articles' quotes through Add evidence…, found by the filter; then the assumption.
  await view.getByRole('button', { name: 'Add evidence…' }).click();
  const picker = app.getByRole('dialog', { name: 'Add evidence to the matrix' });
  await expect(picker.getByLabel('Filter highlights')).toBeFocused();
  await expect(picker.getByRole('checkbox')).toHaveCount(2);
  await app.keyboard.type('exercises');
  await expect(picker.getByRole('checkbox')).toHaveCount(1);
  await picker.getByRole('checkbox').check();
  await picker.getByLabel('Filter highlights').fill('depots');
  await picker.getByRole('checkbox', { name: new RegExp(Q4) }).check();
  await picker.getByRole('button', { name: 'Add 2 highlights' }).click();
  await expect(picker).toBeHidden();
  await view.getByRole('button', { name: 'Assumption…' }).click();
  await app.keyboard.type(ASSUMPTION);
  await app.keyboard.press('Enter');
  const rows = grid(app).getByTestId('ach-row');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(2)).toContainText(KREMLIN);
  await expect(rows.nth(4).getByLabel('Assumption E5')).toHaveValue(ASSUMPTION);

  // Credibility defaults from the grade: the improbable quote is low, and says where that comes from.
  await expect(view.getByLabel('Credibility of E2')).toHaveValue('low');
  await expect(rows.nth(1)).toContainText('(from grade F5)');
  await expect(view.getByLabel('Credibility of E1')).toHaveValue('medium');

  // Rate every cell by the keyboard: Tab into the grid (one stop), arrows between cells.
  await view.getByLabel('Relevance of E1').focus();
  await app.keyboard.press('Tab');
  await expect(cell(app, 0, 0)).toBeFocused();
  for (const [r, row] of RATINGS.entries()) {
    for (const [c, rating] of row.entries()) {
      for (const key of KEYS[rating]) await app.keyboard.press(key);
      await expect(cell(app, r, c)).toHaveAttribute('data-rating', rating);
      if (c < row.length - 1) await app.keyboard.press('ArrowRight');
    }
    if (r < RATINGS.length - 1) {
      await app.keyboard.press('ArrowDown');
      await app.keyboard.press('Home');
    }
  }
  await expect(cell(app, 4, 0)).not.toBeFocused();
  await expect(cell(app, 4, 2)).toBeFocused();
  // A slip and its correction: Delete clears, the cell is typed again.
  await app.keyboard.press('n');
  await expect(cell(app, 4, 2)).toHaveAttribute('data-rating', 'N');
  await app.keyboard.press('Delete');
  await expect(cell(app, 4, 2)).toHaveAttribute('data-rating', '');
  await app.keyboard.press('i');
  await expect(cell(app, 4, 2)).toHaveText(/^I/);
  // The grid took the Delete: the highlight open behind, in the hidden reader, is still there.
  await expect(rows.nth(3).getByRole('button', { name: Q4 })).toBeEnabled();
  await expect(app.getByTestId('toast').filter({ hasText: 'Highlight deleted' })).toHaveCount(0);

  // The scores under the columns, their ranks, the ranking in words, and the one non-diagnostic row.
  await expect(view.getByTestId('ach-score')).toHaveText([
    new RegExp(`^${shown(h[0])} Rank 2`),
    new RegExp(`^${shown(h[1])} Rank 1`),
    new RegExp(`^${shown(h[2])} Rank 3`),
  ]);
  await expect(view.getByTestId('ach-ranking')).toHaveText(
    `Least inconsistent first: H2 (${shown(h[1])}), H1 (${shown(h[0])}), H3 (${shown(h[2])})`,
  );
  await expect(view.getByTestId('ach-diagnostic')).toHaveText([
    'Not diagnostic',
    /^spread 1\.41/,
    /^spread 1\.00/,
    /^spread 1\.00/,
    /^spread 1\.00/,
  ]);
  await expect(rows.nth(0)).toHaveClass(/ach-not-diagnostic/);
  await expectNoSeriousViolations(app, 'ACH matrix');
  await schemeShots(app, 'ach-matrix', TALL);

  // Sensitivity: without the low-credibility denial, invasion is no longer counted against and leads.
  const panel = view.getByTestId('ach-sensitivity');
  await expect(panel.getByTestId('ach-verdict')).toHaveText(/Nothing is left out/);
  await panel.getByLabel('Leave out low-credibility evidence').check();
  const without = [score(0, [1]), score(1, [1]), score(2, [1])] as const;
  expect(without.map(shown)).toEqual(['0.00', '−1.00', '−2.00']);
  await expect(panel.getByTestId('ach-verdict')).toHaveText(
    'The ranking changes: H1 now ranks first (with all the evidence: H2).',
  );
  await expect(panel.locator('.ach-ranking-column').nth(1)).toContainText('Without E2');
  await expect(panel.locator('.ach-ranking-column').nth(1).locator('li')).toHaveText([
    new RegExp(`Rank 1 H1 ${HYPOTHESES[0]} ${shown(without[0])}`),
    new RegExp(`Rank 2 H2 ${HYPOTHESES[1]} ${shown(without[1])}`),
    new RegExp(`Rank 3 H3 ${HYPOTHESES[2]} ${shown(without[2])}`),
  ]);
  // Any rows by hand: without E4, exercises are counted against once only and tie coercion for first;
  // without the non-diagnostic E1 nothing moves.
  await panel.getByLabel('Leave out low-credibility evidence').uncheck();
  await panel.getByRole('checkbox', { name: 'E4' }).check();
  expect([0, 1, 2].map((i) => shown(score(i, [3])))).toEqual(['−1.41', '−1.00', '−1.00']);
  await expect(panel.getByTestId('ach-verdict')).toHaveText('The ranking changes: H2 ties H3 for first.');
  await panel.getByRole('checkbox', { name: 'E4' }).uncheck();
  await panel.getByRole('checkbox', { name: 'E1' }).check();
  await expect(panel.getByTestId('ach-verdict')).toHaveText('The ranking holds.');

  // One click from a row to its quote in the article, its card selected.
  await rows.nth(2).getByRole('button', { name: Q3 }).click();
  await expect(app.getByTestId('reader').locator('h1')).toHaveText(KREMLIN);
  await expect(cardOf(app, Q3)).toHaveClass(/card-selected/);
  await host.sendCommand('show-hypotheses');
  await expect(grid(app)).toBeVisible();

  // CSV: a line per evidence row, the hypotheses' ratings, and the scores as numbers.
  const out = await mkdtemp(join(tmpdir(), 'dossier-e2e-ach-'));
  const csvPath = join(out, 'matrix.csv');
  host.dialogs.savePaths.push(csvPath);
  await view.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(app.getByTestId('toast').last()).toContainText('Matrix exported as CSV');
  const csv = (await readFile(csvPath, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  const hypothesisColumns = HYPOTHESES.map((name, i) => `H${i + 1}: ${name}`).join(',');
  expect(csv[0]).toBe(`Evidence,Kind,Text,Article,Grade,Credibility,Relevance,${hypothesisColumns},Diagnostic`);
  expect(csv[1]).toBe(`E1,Quote,${Q1},${SEED_TITLE},F6,medium,medium,CC,CC,CC,no`);
  expect(csv[2]).toBe(`E2,Quote,${Q2},${SEED_TITLE},F5,low,medium,II,C,C,yes`);
  expect(csv[5]).toBe(`E5,Assumption,${ASSUMPTION},,,medium,medium,C,N,I,yes`);
  expect(csv[6]).toBe(`Score,,,,,,,${h.map((n) => Math.round(n * 100) / 100 || 0).join(',')},`);
  expect(csv[7]).toBe('Rank,,,,,,,2,1,3,');

  // Into a new brief, then out in every format with the table's words.
  await view.getByLabel('Add the matrix to a brief').selectOption({ label: 'New brief' });
  await expect(app.getByTestId('toast').last()).toContainText(/Matrix added to “Brief/);
  await app.getByRole('tab', { name: 'Briefs' }).click();
  await app.locator('.brief-row', { hasText: /^Brief \d/ }).click();
  const exportAs = async (label: FormatLabel, file: string): Promise<string> => {
    const path = join(out, file);
    await exportAndClose(host, briefExportButton(app), path, label);
    return path;
  };
  const tableWords = [QUESTION, ...HYPOTHESES, Q3, ASSUMPTION, shown(h[2])];
  const md = await readFile(await exportAs('Markdown', 'brief.md'), 'utf8');
  for (const words of tableWords) expect(md).toContain(words);
  // The table's rows as the ratings were typed, and the scores computed by hand.
  expect(md).toContain(`| *Assumption:* ${ASSUMPTION} | C | N | I | Medium | Medium |`);
  expect(md).toContain(`| **Weighted inconsistency** | ${h.map(shown).join(' | ')} | | |`);
  const html = await readFile(await exportAs('HTML', 'brief.html'), 'utf8');
  for (const words of tableWords) expect(html).toContain(words);
  const pdf = execFileSync('pdftotext', [await exportAs('PDF', 'brief.pdf'), '-'])
    .toString()
    .replace(/\s+/g, ' ');
  for (const words of [QUESTION, ...HYPOTHESES, ASSUMPTION, shown(h[2])]) expect(pdf).toContain(words);
  const docx = await readFile(await exportAs('Word', 'brief.docx'));
  const documentXml = unzipEntry(docx, 'word/document.xml')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
  for (const words of tableWords) expect(documentXml).toContain(words);
  const json = await readFile(await exportAs('JSON', 'brief.json'), 'utf8');
  for (const words of [QUESTION, ...HYPOTHESES, Q3, ASSUMPTION]) expect(json).toContain(words);
});

test('a matrix in Hebrew and Arabic reads right to left; removals, a copy and a deletion come back with Undo', async ({
  app,
  host,
}) => {
  test.setTimeout(180_000);
  await openArticle(app, HEBREW_TITLE);
  await selectWithinParagraph(app, HEBREW_QUOTE);
  await app.getByTestId('highlight-toolbar').getByRole('button', { name: 'Highlight as Key fact' }).click();
  await expect(cardOf(app, HEBREW_QUOTE)).toBeVisible();

  // No matrix yet: the workspace says what ACH is and asks the first question.
  await host.sendCommand('show-hypotheses');
  const view = app.getByTestId('hypotheses-view');
  await expect(view.getByRole('heading', { name: 'Competing hypotheses' })).toBeVisible();
  await expectNoSeriousViolations(app, 'Hypotheses with no matrix');
  await view.getByLabel('Question').fill(HEBREW_QUESTION);
  await app.keyboard.press('Enter');
  // The first hypothesis's name waits selected: typing replaces it.
  await expect(view.getByLabel('Hypothesis H1')).toBeFocused();
  await app.keyboard.type(ARABIC_HYPOTHESIS);
  await app.keyboard.press('Tab');
  await view.getByLabel('Hypothesis H2').fill(HEBREW_HYPOTHESIS);
  await app.keyboard.press('Enter');
  await view.getByRole('button', { name: 'Add evidence…' }).click();
  const picker = app.getByRole('dialog', { name: 'Add evidence to the matrix' });
  await picker.getByRole('checkbox').check();
  await picker.getByRole('button', { name: 'Add 1 highlight' }).click();

  // A click on a cell opens its menu; the keyboard works in it too.
  const row = grid(app).getByTestId('ach-row');
  await cell(app, 0, 0).click();
  await app
    .getByRole('menu', { name: 'Rate E1 against H1' })
    .getByRole('menuitemradio', { name: /Very consistent/ })
    .click();
  await expect(cell(app, 0, 0)).toHaveAttribute('data-rating', 'CC');
  await expect(cell(app, 0, 0)).toBeFocused();
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('menu', { name: 'Rate E1 against H2' })).toBeVisible();
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(cell(app, 0, 1)).toHaveAttribute('data-rating', 'I');
  await expect(row.first().getByTestId('ach-diagnostic')).toHaveText(/^spread 1\.00/);

  // Right to left where the words are: the question, the hypotheses and the quote each take their own way.
  const direction = (locator: Locator): Promise<string> => locator.evaluate((e) => getComputedStyle(e).direction);
  expect(await direction(view.getByLabel('Question'))).toBe('rtl');
  expect(await direction(view.getByLabel('Hypothesis H1'))).toBe('rtl');
  expect(await direction(row.first().locator('.ach-quote q'))).toBe('rtl');
  await expect(row.first()).toContainText(HEBREW_TITLE);
  await expectNoSeriousViolations(app, 'Hypotheses in Hebrew and Arabic');
  await schemeShots(app, 'ach-rtl', TALL);

  // A third hypothesis removed and brought back; the row removed and brought back with its ratings.
  await view.getByRole('button', { name: 'Add hypothesis' }).click();
  await expect(view.getByLabel('Hypothesis H3')).toHaveValue('Hypothesis 3');
  await view.getByRole('button', { name: 'Remove H3' }).click();
  await expect(view.getByLabel('Hypothesis H3')).toHaveCount(0);
  await expect(view.getByRole('button', { name: 'Remove H2' })).toBeDisabled();
  await app.getByTestId('toast').filter({ hasText: 'Removed H3' }).getByRole('button', { name: 'Undo' }).click();
  await expect(view.getByLabel('Hypothesis H3')).toHaveValue('Hypothesis 3');
  await view.getByRole('button', { name: 'Remove E1' }).click();
  await expect(row).toHaveCount(0);
  await app.getByTestId('toast').filter({ hasText: 'Removed E1' }).getByRole('button', { name: 'Undo' }).click();
  await expect(cell(app, 0, 0)).toHaveAttribute('data-rating', 'CC');

  // A copy, then the copy deleted and brought back.
  const list = app.getByRole('navigation', { name: 'Matrices' });
  await list.getByRole('button', { name: `Copy ${HEBREW_QUESTION}` }).click();
  await expect(view.getByLabel('Question')).toHaveValue(`${HEBREW_QUESTION} (copy)`);
  await expect(cell(app, 0, 1)).toHaveAttribute('data-rating', 'I');
  await list.getByRole('button', { name: `Delete ${HEBREW_QUESTION} (copy)` }).click();
  await expect(list.locator('.ach-row')).toHaveCount(1);
  await app.getByTestId('toast').filter({ hasText: 'Deleted' }).getByRole('button', { name: 'Undo' }).click();
  await expect(list.locator('.ach-row')).toHaveCount(2);
  await expect(view.getByLabel('Question')).toHaveValue(`${HEBREW_QUESTION} (copy)`);
});
