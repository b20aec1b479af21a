// The evidence table: highlights from three articles as rows, sorted by a header (mouse and keyboard),
// filtered by meaning, by grade and by an article's tag, two rows selected with ↓/Space and tagged, recoloured
// (with Undo), put in a new brief, weighed in a new ACH matrix and linked; Enter opens the quote in the reader
// with its card selected; a highlight whose quote is gone from its edited file is found by the "orphaned"
// filter; right to left too.
import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe-check';
import { gradeOutlet } from './evidence-actions';
import { articleText, expect, test } from './fixtures';
import { highlightPassage, openArticle, SEED_TITLE } from './reader-actions';
import { selectWithinParagraph } from './select';

const CLAIM = 'Russia and NATO accusing each other of amassing troops';
const OTHER_TITLE = 'Satellite images show new Russian deployments near Ukraine';
const OTHER_URL = 'https://www.dw.com/en/satellite-images/a-60771';
const SUPPORT = 'more than 100,000 Russian troops are now massed near the border';
const DENIAL = 'Moscow says the troops are on exercises';
const OTHER_PARAGRAPHS = [
  'New satellite images show Russian deployments in Belarus, Crimea and western Russia, a US company said.',
  `Western officials estimate that ${SUPPORT} with Ukraine, in what they call the largest build-up in decades.`,
  `${DENIAL} and will return to their bases once the drills are over.`,
];
const ARABIC_TITLE = 'محادثات في جنيف الأسبوع المقبل';
const ARABIC_CLAIM = 'قالت مصادر دبلوماسية إن المحادثات ستعقد في جنيف';

test.use({
  seedFiles: {
    'world/deployments.txt': articleText(OTHER_TITLE, '20220214', OTHER_URL, OTHER_PARAGRAPHS),
    'ar/geneva.txt': articleText(ARABIC_TITLE, '20220301', 'https://www.example.org/geneva', [
      `${ARABIC_CLAIM} الأسبوع المقبل.`,
    ]),
  },
});

const grid = (app: Page): Locator => app.getByRole('grid', { name: 'Evidence' });
const rowOf = (app: Page, quote: string): Locator =>
  grid(app).locator('[role="row"][data-highlight-id]').filter({ hasText: quote });
const count = (app: Page): Locator => app.getByTestId('evidence-count');
const cellOf = (row: Locator, column: string): Locator => row.locator(`.cell-${column}`);

async function shots(app: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme: scheme });
    await app.screenshot({ path: `test-results/screenshots/evidence-${name}-${scheme}.png` });
  }
  await app.emulateMedia({ colorScheme: 'light' });
}

async function showEvidence(app: Page): Promise<void> {
  await app.getByRole('tab', { name: 'Evidence' }).click();
  await expect(app.getByTestId('evidence-view')).toBeVisible();
}

test('an evidence table: sort, filter, select, bulk actions with Undo, open a quote, find an orphan', async ({
  app,
  library,
}) => {
  test.slow(); // four highlights in three articles, a grade, six bulk actions and an edited file
  await openArticle(app, SEED_TITLE);
  await highlightPassage(app, CLAIM);
  await openArticle(app, OTHER_TITLE);
  await highlightPassage(app, SUPPORT, 'Claim to verify');
  await highlightPassage(app, DENIAL, 'Context');
  await app.getByLabel('Article tags').fill('buildup');
  await app.getByLabel('Article tags').press('Enter');
  await expect(app.getByTestId('annotations-panel').locator('.tag-chip')).toContainText('buildup');
  await openArticle(app, ARABIC_TITLE);
  await selectWithinParagraph(app, ARABIC_CLAIM);
  await app.keyboard.press('1');
  await expect(app.getByTestId('highlight-card')).toHaveCount(1);
  await gradeOutlet(app, 'dw.com', /Usually reliable/, 'B');

  await showEvidence(app);
  await expect(count(app)).toHaveText('4 highlights');
  await expect(grid(app).locator('[role="row"][data-highlight-id]')).toHaveCount(4);
  const support = rowOf(app, SUPPORT);
  await expect(cellOf(support, 'article')).toHaveText(OTHER_TITLE);
  await expect(cellOf(support, 'outlet')).toHaveText('dw.com');
  await expect(cellOf(support, 'grade')).toHaveText('B6');
  await expect(cellOf(support, 'reported')).toHaveText('2022-02-14');
  await expect(cellOf(support, 'meaning')).toHaveText('Claim to verify');
  await expect(cellOf(rowOf(app, CLAIM), 'grade')).toHaveText('');
  await expectNoSeriousViolations(app, 'evidence table');

  // Sort by the article: a click on the header, then the keyboard from the first row up into the headers.
  const articleHeader = grid(app).getByRole('columnheader', { name: 'Article' });
  await articleHeader.click();
  await expect(articleHeader).toHaveAttribute('aria-sort', 'ascending');
  const bodyRows = grid(app).locator('[role="row"][data-highlight-id]');
  await expect(bodyRows.first()).toContainText(CLAIM);
  await grid(app).focus();
  await app.keyboard.press('Home');
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('Enter');
  await expect(articleHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(bodyRows.first()).toContainText(ARABIC_CLAIM);
  await app.keyboard.press('Enter');
  await expect(articleHeader).toHaveAttribute('aria-sort', 'none');
  await app.keyboard.press('Enter');
  await expect(articleHeader).toHaveAttribute('aria-sort', 'ascending');
  await app.keyboard.press('ArrowDown');

  // Filters: a meaning, then a source grade; the count says how many of all are shown.
  await app.getByRole('button', { name: 'Only Claim to verify highlights' }).click();
  await expect(count(app)).toHaveText('1 of 4 highlights');
  await expect(bodyRows).toHaveCount(1);
  await app.getByRole('button', { name: 'Only Claim to verify highlights' }).click();
  await app
    .getByRole('group', { name: 'Source grade' })
    .getByRole('button', { name: /graded B/ })
    .click();
  await expect(count(app)).toHaveText('2 of 4 highlights');
  await expect(bodyRows.filter({ hasText: OTHER_TITLE })).toHaveCount(2);
  await app.getByLabel('Filter by words in the quote, note or title').fill('nothing like this');
  await expect(app.getByTestId('evidence-none-match')).toContainText('No highlight matches these filters');
  await app.getByTestId('evidence-none-match').getByRole('button', { name: 'Clear filters' }).click();
  await expect(count(app)).toHaveText('4 highlights');
  // A tag on an article's note takes in that article's highlights, as the library's tag filter takes the article.
  const filterBar = app.getByRole('group', { name: 'Filter the evidence' });
  await filterBar.getByLabel('Filter by tag').selectOption('buildup');
  await expect(count(app)).toHaveText('2 of 4 highlights');
  await expect(bodyRows.filter({ hasText: OTHER_TITLE })).toHaveCount(2);
  await filterBar.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count(app)).toHaveText('4 highlights');

  // Select the first two rows (the origin's claim, then the report it is supported by) with ↓ and Space.
  await grid(app).focus();
  await app.keyboard.press('Home');
  await app.keyboard.press('Space');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Space');
  await expect(bodyRows.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(bodyRows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(bodyRows.nth(2)).toHaveAttribute('aria-selected', 'false');
  const bulk = app.getByTestId('bulk-bar');
  await expect(bulk).toContainText('2 highlights selected');

  // Tag both; Undo takes the tag off again; tag them once more.
  const tagField = bulk.getByLabel('Tag to add to the selected');
  await tagField.fill('troops');
  await tagField.press('Enter');
  await expect(cellOf(rowOf(app, CLAIM), 'tags')).toHaveText('troops');
  await expect(cellOf(support, 'tags')).toHaveText('troops');
  await app
    .getByTestId('toast')
    .filter({ hasText: 'Tagged 2 highlights' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(cellOf(support, 'tags')).toHaveText('');
  await expect(cellOf(rowOf(app, CLAIM), 'tags')).toHaveText('');
  await tagField.fill('troops');
  await bulk.getByRole('button', { name: 'Add tag' }).click();
  await expect(cellOf(support, 'tags')).toHaveText('troops');

  // Recolour both as contradictions, and Undo: each gets its own meaning back.
  await bulk.getByLabel('Recolour the selected').selectOption({ label: 'Contradiction' });
  await expect(cellOf(support, 'meaning')).toHaveText('Contradiction');
  await expect(cellOf(rowOf(app, CLAIM), 'meaning')).toHaveText('Contradiction');
  await app
    .getByTestId('toast')
    .filter({ hasText: 'Marked 2 highlights' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(cellOf(support, 'meaning')).toHaveText('Claim to verify');
  await expect(cellOf(rowOf(app, CLAIM), 'meaning')).toHaveText('Key fact');

  // Link the report to the claim as supporting it.
  await bulk.getByRole('button', { name: 'Link…' }).click();
  const linkDialog = app.getByTestId('bulk-link-dialog');
  await linkDialog.getByRole('radio', { name: 'Supports' }).check();
  await linkDialog.getByRole('radio', { name: new RegExp(CLAIM) }).check();
  await linkDialog.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(cellOf(support, 'links')).toHaveText('1: supports');
  await expect(cellOf(rowOf(app, CLAIM), 'links')).toHaveText('1: supports');
  await grid(app).focus();
  await expect(bodyRows.nth(0)).toHaveAttribute('aria-selected', 'true');

  // Weigh both in a new ACH matrix.
  await bulk.getByLabel('Add the selected to an ACH matrix').selectOption({ label: 'New matrix…' });
  const matrixDialog = app.getByTestId('new-matrix-dialog');
  await matrixDialog.getByLabel('The question the hypotheses answer').fill('Will Russia invade?');
  await matrixDialog.getByLabel('The question the hypotheses answer').press('Enter');
  await expect(
    app.getByTestId('toast').filter({ hasText: 'Added 2 evidence rows to “Will Russia invade?”' }),
  ).toBeVisible();

  // Put both in a new brief, and see the brief hold them.
  await bulk.getByLabel('Add the selected to a brief').selectOption({ label: 'New brief' });
  await expect(app.getByTestId('toast').filter({ hasText: /Added 2 highlights to “Brief/ })).toBeVisible();
  await app.getByRole('tab', { name: 'Briefs' }).click();
  const briefRow = app.locator('.brief-row', { hasText: /^Brief \d/ });
  await expect(briefRow).toContainText('2 items');
  await briefRow.click();
  const items = app.getByTestId('evidence-item');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(CLAIM);
  await expect(items.nth(1)).toContainText(SUPPORT);

  // Enter on a row opens its quote in the reader with its card selected.
  await showEvidence(app);
  await grid(app).focus();
  await app.keyboard.press('Home');
  await app.keyboard.press('ArrowDown');
  await expect(bodyRows.nth(1)).toHaveClass(/focused/);
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('reader').locator('h1')).toHaveText(OTHER_TITLE);
  await expect(app.getByTestId('highlight-card').filter({ hasText: SUPPORT })).toHaveClass(/card-selected/);

  // The report is edited on disk: its supporting sentence is gone. The orphaned filter finds that highlight.
  await library.write(
    'world/deployments.txt',
    articleText(OTHER_TITLE, '20220214', OTHER_URL, [OTHER_PARAGRAPHS[0] ?? '', OTHER_PARAGRAPHS[2] ?? '']),
  );
  await showEvidence(app);
  await app.getByRole('checkbox', { name: 'Orphaned' }).check();
  await expect(count(app)).toHaveText('1 of 4 highlights');
  await expect(bodyRows).toHaveCount(1);
  await expect(bodyRows.first()).toContainText(SUPPORT);
  await expect(bodyRows.first()).toContainText('Orphaned');
  await app.getByRole('checkbox', { name: 'Orphaned' }).uncheck();

  // Right to left: the Arabic quote runs right to left in its cell.
  const arabicQuote = rowOf(app, ARABIC_CLAIM).locator('.cell-quote q');
  expect(await arabicQuote.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
  await shots(app, 'table');
});

test('no highlights yet: the table says how to make some', async ({ app }) => {
  await showEvidence(app);
  await expect(app.getByTestId('evidence-empty')).toContainText('No highlights yet: highlight passages in the reader');
  await expect(count(app)).toHaveText('0 highlights');
});
