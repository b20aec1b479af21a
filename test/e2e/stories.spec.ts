// Copies of one story: the seed article (the origin) and three edited republications by other outlets (one
// trimmed of a paragraph, one with an editor's note, one lightly reworded) are dropped with one different
// article. With one row per story the list shows the story once, "4 copies", and opens to list them with the
// origin marked; the reader says "Also published by" the others; Compare shows what the trimmed copy cut.
// Then an Arabic copy pair compares right to left.
import type { Locator, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expectNoSeriousViolations } from './axe-check';
import { dropFiles } from './drop';
import { cardOf, gradeOutlet, linkByKeyboard, unzipEntry } from './evidence-actions';
import { briefExportButton, exportAndClose, type FormatLabel } from './export-actions';
import { articleText, expect, FIXTURES, SEED_ARTICLE, test } from './fixtures';
import { highlightPassage, openArticle, SEED_TITLE } from './reader-actions';

const seedLines = readFileSync(SEED_ARTICLE, 'utf8').split('\n');
const SEED = seedLines.slice(3).filter((line) => line.trim() !== '');
/** The paragraph the trimmed copy cut: the agency's dateline paragraph. */
const CUT = SEED[4] ?? '';
const NOTE = 'Editor’s note: This article was updated on 12 February 2022 to add the State Department’s statement.';

const TRIMMED = {
  name: 'baltic-wire-blinken.txt',
  title: 'US and Russian top diplomats to meet next week unless Moscow invades Ukraine',
  domain: 'baltic-wire.net',
};
const NOTED = {
  name: 'danube-post-lavrov.txt',
  title: 'Blinken agrees to Lavrov talks, on condition of no invasion',
  domain: 'danube-post.org',
};
const REWORDED = {
  name: 'caspian-times-meeting.txt',
  title: 'Washington accepts Moscow’s proposed dates for Blinken–Lavrov meeting',
  domain: 'caspian-times.com',
};

const copies = [
  {
    ...TRIMMED,
    content: articleText(TRIMMED.title, '20220212', `https://www.${TRIMMED.domain}/world/blinken-lavrov-meeting`, [
      ...SEED.slice(0, 4),
      ...SEED.slice(5),
    ]),
  },
  {
    ...NOTED,
    content: articleText(NOTED.title, '20220213', `https://${NOTED.domain}/news/2022/02/13/blinken-lavrov`, [
      NOTE,
      ...SEED,
    ]),
  },
  {
    ...REWORDED,
    content: articleText(REWORDED.title, '20220214', `https://www.${REWORDED.domain}/diplomacy/blinken-lavrov`, [
      (SEED[0] ?? '').replace('Taking to Twitter', 'Writing on Twitter'),
      ...SEED.slice(1, 3),
      (SEED[3] ?? '').replace('Meanwhile, Moscow denies the claims', 'Moscow has denied the accusations'),
      ...SEED.slice(4),
    ]),
  },
];
const OTHER = readFileSync(resolve(__dirname, '../../resources/sample-library/2024-03-harbour-strike.txt'), 'utf8');
const OTHER_TITLE = OTHER.split('\n')[0] ?? '';

const list = (page: Page): Locator => page.getByTestId('article-list');
const storyRows = (page: Page): Locator =>
  list(page)
    .getByRole('option')
    .filter({ has: page.getByTestId('story-badge') });
const copyRows = (page: Page): Locator => list(page).getByTestId('copy-row');
const readerTitle = (page: Page): Locator => page.getByTestId('reader').locator('h1');
const alsoPublished = (page: Page): Locator => page.getByTestId('also-published');
const grouping = (page: Page): Locator => page.getByRole('checkbox', { name: 'One row per story' });

async function dropTheStory(page: Page): Promise<void> {
  await expect(page.getByTestId('library-count')).toHaveText('1 article');
  await dropFiles(page, [
    ...copies.map(({ name, content }) => ({ name, content })),
    { name: 'harbour-strike.txt', content: OTHER },
  ]);
  await expect(page.getByTestId('library-count')).toHaveText('5 articles');
}

test('a story and three republications: one row of 4 copies, Also published by, and what a copy cut', async ({
  app,
}) => {
  test.slow(); // a drop, the story found in the background, two screenshots and an accessibility check
  await app.setViewportSize({ width: 1024, height: 700 });
  await dropTheStory(app);

  // Copies are badged in the full list: each of the four says "4 copies"; the other article does not.
  await expect(storyRows(app)).toHaveCount(4);
  for (const badge of await storyRows(app).getByTestId('story-badge').all())
    await expect(badge).toContainText('4 copies');
  await expect(list(app).getByRole('option', { name: new RegExp(OTHER_TITLE) })).not.toContainText('copies');

  // One row per story: the story once, as 4 copies, and the other article.
  await grouping(app).check();
  await expect(app.getByTestId('library-count')).toHaveText('2 stories');
  await expect(list(app).getByRole('option')).toHaveCount(2);
  const story = storyRows(app);
  await expect(story).toHaveCount(1);
  await expect(story.getByTestId('story-badge')).toContainText('4 copies');

  // → opens the row: its four copies, the origin (the seed, first published) first and marked.
  await story.click();
  await expect(list(app)).toBeFocused();
  await app.keyboard.press('ArrowRight');
  await expect(copyRows(app)).toHaveCount(4);
  await expect(copyRows(app).first()).toContainText('russiaherald.com');
  await expect(copyRows(app).first()).toContainText('origin');
  await expect(copyRows(app).filter({ hasText: 'origin' })).toHaveCount(1);
  for (const domain of [TRIMMED.domain, NOTED.domain, REWORDED.domain]) {
    await expect(copyRows(app).filter({ hasText: domain })).toHaveCount(1);
  }
  await expect(list(app).getByRole('option', { name: /Copy 1 of 4: .*russiaherald\.com.*origin/ })).toHaveCount(1);

  // → again goes to the first copy and opens it: the origin, "also published by" the three others.
  await app.keyboard.press('ArrowRight');
  await expect(readerTitle(app)).toHaveText(SEED_TITLE);
  await expect(alsoPublished(app)).toContainText('Also published by');
  for (const domain of [TRIMMED.domain, NOTED.domain, REWORDED.domain]) {
    await expect(alsoPublished(app).getByRole('button', { name: domain })).toBeVisible();
  }
  await expect(alsoPublished(app)).toContainText('this is the first publication');

  // ← from a copy closes the story and goes back to its row; a click on the sign opens it again.
  await list(app).focus();
  await app.keyboard.press('ArrowLeft');
  await expect(copyRows(app)).toHaveCount(0);
  await expect(list(app).getByRole('option')).toHaveCount(2);
  await story.getByTestId('story-disclosure').click();
  await expect(copyRows(app)).toHaveCount(4);

  // The trimmed copy, opened from its row: first published by the seed's outlet, on its date.
  await copyRows(app).filter({ hasText: TRIMMED.domain }).click();
  await expect(readerTitle(app)).toHaveText(TRIMMED.title);
  await expect(app.getByTestId('story-first')).toHaveText(
    /first published by russiaherald\.com on (11 Feb|Feb 11,) 2022/,
  );

  // Compare: the origin against this copy at first; the cut paragraph shows as removed, cut by this outlet.
  const compareButton = alsoPublished(app).getByRole('button', { name: 'Compare copies…' });
  await compareButton.click();
  const dialog = app.getByRole('dialog', { name: 'Compare copies of this story' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'From' })).toHaveValue('000_08978045df2b272e.txt');
  await expect(dialog.getByRole('combobox', { name: 'to' })).toHaveValue(TRIMMED.name);
  await expect(dialog.getByTestId('compare-summary')).toContainText('1 paragraph cut, 0 added, 0 changed, 7 the same');
  const removed = dialog.getByTestId('diff-removed');
  await expect(removed).toHaveCount(1);
  await expect(removed).toContainText(`Cut by ${TRIMMED.domain}`);
  await expect(removed.locator('del')).toHaveText(CUT);
  await expectNoSeriousViolations(app, 'Compare copies');
  await app.screenshot({ path: 'test-results/screenshots/stories-compare-light.png' });

  // Any two copies: the noted one adds its editor's note; the reworded one changes words.
  await dialog.getByRole('combobox', { name: 'to' }).selectOption(NOTED.name);
  await expect(dialog.getByTestId('diff-added')).toContainText(`Added by ${NOTED.domain}`);
  await expect(dialog.getByTestId('diff-added').locator('ins')).toHaveText(NOTE);
  await dialog.getByRole('combobox', { name: 'to' }).selectOption(REWORDED.name);
  await expect(dialog.getByTestId('diff-changed')).toHaveCount(2);
  await expect(dialog.getByTestId('diff-changed').first().locator('del')).toHaveText('Taking to');
  await expect(dialog.getByTestId('diff-changed').first().locator('ins')).toHaveText('Writing on');
  await app.emulateMedia({ colorScheme: 'dark' });
  await dialog.getByRole('combobox', { name: 'to' }).selectOption(TRIMMED.name);
  await expect(removed).toHaveCount(1);
  await app.screenshot({ path: 'test-results/screenshots/stories-compare-dark.png' });

  // Escape closes it, and the focus is back on Compare copies….
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(compareButton).toBeFocused();
  await app.screenshot({ path: 'test-results/screenshots/stories-list-dark.png' });

  // An "also published by" name opens that copy.
  await alsoPublished(app).getByRole('button', { name: NOTED.domain }).click();
  await expect(readerTitle(app)).toHaveText(NOTED.title);
});

/** A sentence the origin and the trimmed copy both carry. */
const CLAIM = 'Russia and NATO accusing each other of amassing troops';

test('the origin graded B2, its copy linked as the same claim: one independent source, cited everywhere', async ({
  app,
  host,
}) => {
  // Two highlights, a link, a grade and five exports through the dialog: minutes on a loaded 2-core machine.
  test.setTimeout(300_000);
  await dropTheStory(app);
  await gradeOutlet(app, 'russiaherald.com', /Usually reliable/, 'B');
  await app.getByRole('tab', { name: 'Library' }).click();

  // The origin's claim, judged probably true; the same sentence in the trimmed copy, linked as the same claim.
  await openArticle(app, SEED_TITLE);
  await highlightPassage(app, CLAIM);
  await cardOf(app, CLAIM).getByRole('combobox', { name: 'Credibility' }).selectOption({ label: '2 — Probably true' });
  await openArticle(app, TRIMMED.title);
  await highlightPassage(app, CLAIM);
  await linkByKeyboard(app, CLAIM, 'States the same claim as', 'amassing troops');

  // Back at the origin: B2, confirmed by one independent source in two copies, all of one story.
  await openArticle(app, SEED_TITLE);
  const origin = cardOf(app, CLAIM);
  await expect(origin.getByTestId('grade-badge')).toHaveText('B2');
  await expect(origin.getByTestId('corroboration')).toContainText('confirmed by 1 independent source (2 copies)');
  await expect(origin.getByTestId('single-origin')).toHaveText('single origin');
  await expect(origin.getByTestId('confirm-suggestion')).toHaveCount(0);

  // The brief cites the quote with its grade in all five formats.
  await origin.locator('.card-quote').click();
  await expect(origin).toHaveClass(/card-selected/);
  await origin.getByLabel('Add to brief').selectOption({ label: 'New brief' });
  await expect(app.getByTestId('toast').last()).toContainText(/Added to “Brief/);
  await app.getByRole('tab', { name: 'Briefs' }).click();
  await app.locator('.brief-row', { hasText: /^Brief \d/ }).click();
  await expect(app.getByTestId('brief-preview').locator('.preview-quote cite')).toHaveText(/; B2\]$/);
  const out = await mkdtemp(join(tmpdir(), 'dossier-e2e-story-'));
  const exportAs = async (label: FormatLabel, file: string): Promise<string> => {
    const path = join(out, file);
    await exportAndClose(host, briefExportButton(app), path, label);
    return path;
  };
  const cited = new RegExp(`${CLAIM} \\\\?\\[1, para\\. \\d+; B2\\\\?\\]`);
  expect(await readFile(await exportAs('Markdown', 'story.md'), 'utf8')).toMatch(cited);
  expect((await readFile(await exportAs('HTML', 'story.html'), 'utf8')).replace(/<[^>]+>/g, '')).toMatch(cited);
  const pdf = execFileSync('pdftotext', [await exportAs('PDF', 'story.pdf'), '-']).toString();
  expect(pdf.replace(/\s+/g, ' ')).toMatch(cited);
  const docx = await readFile(await exportAs('Word', 'story.docx'));
  expect(unzipEntry(docx, 'word/document.xml').replace(/<[^>]+>/g, '')).toMatch(cited);
  const json = JSON.parse(await readFile(await exportAs('JSON', 'story.json'), 'utf8')) as {
    sections: { evidence: { quote: string; grade?: unknown }[] }[];
  };
  expect(json.sections[0]?.evidence).toEqual([
    expect.objectContaining({ quote: CLAIM, grade: { reliability: 'B', credibility: 2, text: 'B2' } }),
  ]);
});

test('one row per story is remembered, and the list says so', async ({ app }) => {
  await dropTheStory(app);
  await grouping(app).check();
  await expect(app.getByTestId('library-count')).toHaveText('2 stories');
  await app.reload();
  await expect(grouping(app)).toBeChecked();
  await expect(app.getByTestId('library-count')).toHaveText('2 stories');
  await grouping(app).uncheck();
  await expect(app.getByTestId('library-count')).toHaveText('5 articles');
});

const ARABIC_FILE = readFileSync(resolve(FIXTURES, 'languages/ar-cnn-syria.txt'), 'utf8').split('\n');
const ARABIC = ARABIC_FILE.slice(3).filter((line) => line.trim() !== '');
const ARABIC_COPY_TITLE = 'المعارضة السورية تسيطر على مستودعات صواريخ في ريف دمشق';

test.describe('an Arabic copy pair', () => {
  test.use({
    seedFiles: {
      'ar/cnn-syria.txt': ARABIC_FILE.join('\n'),
      'ar/levant-copy.txt': articleText(ARABIC_COPY_TITLE, '20130804', 'https://www.levant-herald.net/syria/qalamoun', [
        (ARABIC[0] ?? '').replace('أكدت جهات سورية معارضة', 'قالت مصادر سورية معارضة'),
        ...ARABIC.slice(1, -1),
      ]),
    },
  });

  test('compares right to left, each paragraph its own way', async ({ app }) => {
    await app.setViewportSize({ width: 1024, height: 700 });
    await expect(app.getByTestId('library-count')).toHaveText('3 articles');
    await list(app)
      .getByRole('option', { name: new RegExp(ARABIC_COPY_TITLE) })
      .click();
    await expect(readerTitle(app)).toHaveText(ARABIC_COPY_TITLE);
    await expect(alsoPublished(app)).toContainText('first published by arabic.cnn.com');
    await alsoPublished(app).getByRole('button', { name: 'Compare copies…' }).click();
    const dialog = app.getByRole('dialog', { name: 'Compare copies of this story' });
    await expect(dialog.getByTestId('compare-summary')).toContainText('1 paragraph cut, 0 added, 1 changed');
    const changed = dialog.getByTestId('diff-changed');
    await expect(changed.locator('p')).toHaveAttribute('dir', 'rtl');
    await expect(changed.locator('del')).toHaveText('أكدت جهات');
    await expect(changed.locator('ins')).toHaveText('قالت مصادر');
    await expect(dialog.getByTestId('diff-removed').locator('p')).toHaveAttribute('dir', 'rtl');
    await expect(dialog.getByTestId('diff-removed').locator('del')).toHaveText(ARABIC.at(-1) ?? '');
    await expectNoSeriousViolations(app, 'Compare copies, Arabic');
    await app.screenshot({ path: 'test-results/screenshots/stories-compare-rtl.png' });
  });
});
