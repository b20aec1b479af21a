// The source register end to end: an outlet is graded B with a reason from the keyboard (and a later change
// undone), its history shows when, from what and why; a highlight given credibility 2 shows "B2" on its card
// and in the evidence picker; the exported work carries the grade and its history into a fresh profile.
// Right-to-left: an Arabic outlet's grade, reason and highlight read their own way, "C3" never "3C".
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe-check';
import { expect, FIXTURES, test } from './fixtures';
import { pressTimes, tabTo } from './keyboard-actions';
import { highlightPassage, openArticle, SEED_TITLE } from './reader-actions';
import { selectWithinParagraph } from './select';
import { QUOTE_A } from './work-actions';
import { readWorkDb, wipeWorkDb } from './work-db';
import { schemeShots } from './screenshots';

const ARABIC = readFileSync(join(FIXTURES, 'languages/ar-cnn-syria.txt'), 'utf8');
const [ARABIC_TITLE = ''] = ARABIC.split('\n');
const HERALD = 'russiaherald.com';
const REASON = 'Two years without a correction';

test.use({ seedFiles: { 'world/ar-cnn-syria.txt': ARABIC } });

const register = (page: Page) => page.getByTestId('sources-view');
const outlet = (page: Page, domain: string) => register(page).getByRole('option', { name: new RegExp(domain) });
const card = (page: Page) => page.getByTestId('highlight-card').last();

test('grade an outlet with a reason, give a highlight credibility 2, and carry both to a fresh profile', async ({
  app,
  host,
}) => {
  test.slow(); // the whole journey: grade, highlight, export, wipe, reload, import
  await expect(app.getByRole('option', { name: new RegExp(SEED_TITLE) })).toBeVisible();

  // The View menu's Sources (Ctrl+3) brings the register: the library's outlets, none graded yet.
  await host.sendCommand('show-sources');
  await expect(app.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true');
  await expect(outlet(app, HERALD)).toBeVisible();
  await expect(outlet(app, 'arabic.cnn.com')).toBeVisible();
  await expect(register(app)).toContainText('2 outlets, 0 graded');

  // From the keyboard: filter, into the list, into Reliability, up from F to B, say why, Enter.
  const filter = app.getByRole('searchbox', { name: 'Filter outlets' });
  await filter.fill('herald');
  await expect(register(app).getByRole('option')).toHaveCount(1);
  await tabTo(app, register(app).getByRole('listbox', { name: 'Outlets' }));
  await app.keyboard.press('Home');
  await expect(outlet(app, HERALD)).toHaveAttribute('aria-selected', 'true');
  const grades = app.getByRole('group', { name: 'Reliability' });
  await tabTo(app, grades.getByRole('radio', { name: /Reliability cannot be judged/ }));
  await pressTimes(app, 'ArrowUp', 4);
  await expect(grades.getByRole('radio', { name: /Usually reliable/ })).toBeChecked();
  const why = app.getByRole('textbox', { name: /Why F → B\?/ });
  await tabTo(app, why);
  await app.keyboard.type(REASON);
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('toast').last()).toContainText(`${HERALD} graded B: usually reliable.`);
  const history = app.getByTestId('source-history');
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history).toContainText(`F → B: ${REASON}`);
  await expect(outlet(app, HERALD).getByText('B', { exact: true })).toBeVisible();

  // A second change, undone from its notice: the grade and the history are as they were.
  await grades.getByRole('radio', { name: /Fairly reliable/ }).check();
  await app.getByRole('button', { name: 'Grade C' }).click();
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await app.getByTestId('toast').last().getByRole('button', { name: 'Undo' }).click();
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(grades.getByRole('radio', { name: /Usually reliable/ })).toBeChecked();
  await expect(app.getByTestId('grade-change')).toBeHidden();

  await filter.fill('');
  await expect(register(app)).toContainText('2 outlets, 1 graded');
  await expectNoSeriousViolations(app, 'source register');
  await schemeShots(app, 'sources-register');

  // The highlight card: the outlet's B with the information's credibility, picked 2 from the keyboard.
  await app.getByRole('tab', { name: 'Library' }).click();
  await openArticle(app, SEED_TITLE);
  await highlightPassage(app, QUOTE_A);
  const badge = card(app).getByTestId('grade-badge');
  await expect(badge).toHaveText('B6');
  const credibility = card(app).getByRole('combobox', { name: 'Credibility' });
  await credibility.focus();
  await credibility.selectOption({ label: '2 — Probably true' });
  await expect(badge).toHaveText('B2');
  await expect(badge).toHaveAccessibleDescription('B2: usually reliable; probably true');
  await expect(card(app)).toContainText(`Outlet ${HERALD}: B (usually reliable).`);
  await expectNoSeriousViolations(app, 'highlight card with its grade');
  await schemeShots(app, 'sources-card');

  // The evidence picker shows each highlight's grade.
  await app.getByRole('tab', { name: 'Briefs' }).click();
  await app.getByRole('navigation', { name: 'Briefs' }).getByRole('button', { name: 'New brief' }).click();
  await app
    .getByRole('button', { name: /Add evidence/ })
    .first()
    .click();
  const picker = app.getByTestId('evidence-picker');
  await expect(picker.getByTestId('grade-badge')).toHaveText('B2');
  await schemeShots(app, 'sources-evidence-picker');
  await picker.getByRole('button', { name: 'Close' }).click();

  // Export, then a fresh profile (the work database gone), then import: the grade and its history are back.
  const before = await readWorkDb(app);
  expect(before.sources).toHaveLength(1);
  const folder = await mkdtemp(join(tmpdir(), 'dossier-e2e-sources-'));
  try {
    const file = join(folder, 'work.json');
    host.dialogs.savePaths.push(file);
    await app.getByRole('button', { name: 'Export annotations…' }).click();
    await expect(app.getByTestId('toast').last()).toContainText('Your work is exported.');
    const exported = JSON.parse(await readFile(file, 'utf8')) as {
      items: { 'dossier:grade'?: string }[];
      'dossier:sources': { domain: string; reliability: string; history: { reason: string }[] }[];
    };
    expect(exported['dossier:sources']).toEqual([
      expect.objectContaining({
        domain: HERALD,
        reliability: 'B',
        history: [expect.objectContaining({ reason: REASON })],
      }),
    ]);
    expect(exported.items.map((item) => item['dossier:grade'])).toContain('B2');

    await wipeWorkDb(app);
    await app.reload();
    await expect(app.getByTestId('snapshot-offer')).toBeVisible();
    await app.getByRole('tab', { name: 'Sources' }).click();
    await expect(register(app)).toContainText('2 outlets, 0 graded');

    host.dialogs.openPaths.push(file);
    await app.getByRole('button', { name: 'Import…' }).click();
    const preview = app.getByTestId('import-preview');
    await expect(preview.getByTestId('count-refused')).toContainText('0');
    await preview.getByRole('button', { name: 'Import' }).click();
    await expect(app.getByTestId('toast').last()).toContainText('Imported work.json.');
    expect(await readWorkDb(app)).toEqual(before);

    await outlet(app, HERALD).click();
    await expect(
      app.getByRole('group', { name: 'Reliability' }).getByRole('radio', { name: /Usually reliable/ }),
    ).toBeChecked();
    await expect(app.getByTestId('source-history')).toContainText(`F → B: ${REASON}`);
    await app.getByRole('tab', { name: 'Library' }).click();
    await openArticle(app, SEED_TITLE);
    await expect(app.getByTestId('highlight-card').getByTestId('grade-badge')).toHaveText('B2');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('an Arabic outlet: its reason and highlight read right to left, its grade "C3" left to right', async ({ app }) => {
  const reason = 'مراسلون في دمشق';
  await expect(app.getByRole('option', { name: new RegExp(SEED_TITLE) })).toBeVisible();
  await app.getByRole('tab', { name: 'Sources' }).click();
  await outlet(app, 'arabic.cnn.com').click();
  await app
    .getByRole('group', { name: 'Reliability' })
    .getByRole('radio', { name: /Fairly reliable/ })
    .check();
  await app.getByRole('textbox', { name: /Why F → C\?/ }).fill(reason);
  await app.getByRole('button', { name: 'Grade C' }).click();
  const said = app.getByTestId('source-history').locator('q');
  await expect(said).toHaveText(reason);
  expect(await said.evaluate((q) => getComputedStyle(q).direction)).toBe('rtl');
  await schemeShots(app, 'sources-rtl-register');

  await app.getByRole('tab', { name: 'Library' }).click();
  await app.getByRole('option', { name: new RegExp(`^${ARABIC_TITLE.slice(0, 20)}`) }).click();
  await expect(app.getByTestId('reader').locator('h1')).toHaveText(ARABIC_TITLE);
  await selectWithinParagraph(app, 'أكدت');
  await app.keyboard.press('1');
  await card(app).getByRole('combobox', { name: 'Credibility' }).selectOption({ label: '3 — Possibly true' });
  const badge = card(app).getByTestId('grade-badge');
  await expect(badge).toHaveText('C3');
  expect(await badge.evaluate((b) => getComputedStyle(b).direction)).toBe('ltr');
  await schemeShots(app, 'sources-rtl-card');
});
