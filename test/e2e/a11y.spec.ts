// axe-core over every screen of the app: zero serious or critical violations. A visit opens a fresh app and
// brings up its screens in turn, each continuing from the one before (a brief's list, then the brief, then
// its export dialog); each screen is checked in a step of its own named after it, in dark mode too when it
// is in DARK_SCREENS, and a screen that fails does not stop the screens after it from being checked.
// A new screen is one more entry in a visit, or a visit of its own when it starts from a fresh app.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations, type Screen } from './axe-check';
import { expect, test } from './fixtures';
import { highlightPassage, openArticle, SEED_TITLE } from './reader-actions';
import { noteOnHighlight, QUOTE_A, QUOTE_B } from './work-actions';
import { briefExportButton, openExportDialog } from './export-actions';

const toolbarButton = (page: Page, name: string) => page.locator('.toolbar-actions').getByRole('button', { name });

/** The reader with two highlights, the second one's card open. */
async function readerWithCard(page: Page): Promise<void> {
  await openArticle(page, SEED_TITLE);
  await highlightPassage(page, QUOTE_A);
  await highlightPassage(page, QUOTE_B, 'Claim to verify');
  await expect(page.locator('[data-testid="highlight-card"].card-selected')).toContainText(QUOTE_B);
}

/** A brief holding one highlight, shown in the briefs workspace. */
async function briefsWithOne(page: Page): Promise<void> {
  await openArticle(page, SEED_TITLE);
  await highlightPassage(page, QUOTE_A);
  await page.getByLabel('Add to brief').selectOption({ label: 'New brief' });
  await expect(page.getByTestId('toast').last()).toContainText(/Added to “Brief \d{1,2} [A-Z][a-z]{2} \d{4}”/);
  await page.getByRole('tab', { name: 'Briefs' }).click();
  await expect(page.locator('.brief-row', { hasText: /^Brief \d/ }).first()).toBeVisible();
}

const briefRow = (page: Page) => page.locator('.brief-row', { hasText: /^Brief \d/ }).first();

/** Each visit starts from a fresh app; each of its screens is brought up from the screen before it. */
const VISITS: readonly (readonly Screen[])[] = [
  [
    {
      name: 'library with articles',
      show: (page) => expect(page.getByRole('option', { name: new RegExp(SEED_TITLE) })).toBeVisible(),
    },
    {
      name: 'search with results and filters open',
      show: async (page) => {
        await page.getByLabel('Search the library').fill('troops');
        await expect(page.getByTestId('library-count')).toContainText('1 result');
        await page.getByRole('button', { name: 'Filters' }).click();
        await expect(page.getByRole('button', { name: 'Only articles with Key fact highlights' })).toBeVisible();
      },
    },
  ],
  [
    {
      name: 'empty library',
      show: async (page, { host, library }) => {
        // Inside the test's library folder, so the fixture removes it with the folder.
        const empty = join(library.root, 'empty-library');
        await mkdir(empty);
        host.dialogs.folders.push(empty);
        await toolbarButton(page, 'Change folder…').click();
        await expect(page.getByTestId('empty-state')).toContainText('Your library is empty');
      },
    },
  ],
  [
    {
      name: 'missing folder',
      show: async (page, { library }) => {
        await expect(page.getByRole('option', { name: new RegExp(SEED_TITLE) })).toBeVisible();
        await rm(library.root, { recursive: true, force: true });
        await expect(page.getByTestId('library-problem')).toBeVisible();
      },
    },
  ],
  [
    { name: 'reader with highlights and a card open', show: readerWithCard },
    {
      name: 'note editing',
      show: async (page) => {
        await noteOnHighlight(page, 'Both sides say **diplomacy**.');
        await page.getByTestId('highlight-card').last().getByRole('button', { name: 'Edit note' }).click();
        await expect(page.getByLabel('Highlight note')).toBeFocused();
      },
    },
  ],
  [
    {
      name: 'highlight toolbar over a selection',
      show: async (page) => {
        await openArticle(page, SEED_TITLE);
        await page.getByRole('document', { name: 'Article text' }).focus();
        await page.keyboard.press('s');
        await expect(page.getByTestId('highlight-toolbar')).toBeVisible();
      },
    },
  ],
  [
    {
      name: 'tag manager',
      show: async (page) => {
        await readerWithCard(page);
        await page.getByLabel('Highlight tags').fill('talks');
        await page.getByLabel('Highlight tags').press('Enter');
        await toolbarButton(page, 'Tags…').click();
        await expect(page.getByTestId('tag-manager').getByLabel('Rename tag talks')).toBeVisible();
      },
    },
  ],
  [
    {
      name: 'shortcut sheet',
      show: async (page) => {
        await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
        await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      },
    },
  ],
  [
    {
      name: 'restore dialog',
      show: async (page) => {
        await toolbarButton(page, 'Restore…').click();
        await expect(page.getByTestId('restore-dialog')).toBeVisible();
        await expect(page.getByTestId('restore-dialog').getByText('Reading the snapshots…')).toHaveCount(0);
      },
    },
  ],
  [
    {
      name: 'import preview',
      show: async (page, { host, library }) => {
        await readerWithCard(page);
        const file = join(library.root, '..', `${library.root.split('/').at(-1) ?? 'lib'}-work.json`);
        host.dialogs.savePaths.push(file);
        await toolbarButton(page, 'Export annotations…').click();
        await expect(page.getByTestId('toast').last()).toContainText('-work.json');
        host.dialogs.openPaths.push(file);
        await toolbarButton(page, 'Import…').click();
        await expect(page.getByTestId('import-preview')).toBeVisible();
        await rm(file, { force: true });
      },
    },
  ],
  [
    { name: 'briefs list', show: briefsWithOne },
    {
      name: 'brief editor with evidence and preview',
      show: async (page) => {
        await briefRow(page).click();
        await expect(page.getByTestId('evidence-item')).toContainText(QUOTE_A);
        await expect(page.getByTestId('brief-preview').locator('.preview-sources li')).toHaveCount(1);
      },
    },
    { name: 'export dialog', show: (page) => openExportDialog(briefExportButton(page)).then(() => undefined) },
  ],
];

/** The screens checked again with the system in dark mode: the colours change, so contrast can. */
const DARK_SCREENS = new Set([
  'library with articles',
  'reader with highlights and a card open',
  'brief editor with evidence and preview',
  'export dialog',
  'shortcut sheet',
]);

const SCREEN_NAMES = new Set(VISITS.flat().map((screen) => screen.name));
for (const name of DARK_SCREENS) if (!SCREEN_NAMES.has(name)) throw new Error(`no screen is named ${name}`);

// axe-core reads the whole page: on a machine shared with other runs that takes a while.
test.describe.configure({ timeout: 180_000 });

for (const visit of VISITS) {
  const names = visit.map((screen) =>
    DARK_SCREENS.has(screen.name) ? `${screen.name} (light and dark)` : screen.name,
  );
  test(`axe finds nothing serious on: ${names.join('; ')}`, async ({ app, host, library }) => {
    for (const screen of visit) {
      await test.step(`bring up: ${screen.name}`, () => screen.show(app, { host, library }));
      await test.step(`axe: ${screen.name}`, () => expectNoSeriousViolations(app, screen.name, { soft: true }));
      if (!DARK_SCREENS.has(screen.name)) continue;
      // The colours come from a prefers-color-scheme media query alone: the same screen, dark.
      await app.emulateMedia({ colorScheme: 'dark' });
      await test.step(`axe in dark mode: ${screen.name}`, () =>
        expectNoSeriousViolations(app, `${screen.name} (dark)`, { soft: true }));
      await app.emulateMedia({ colorScheme: 'light' });
    }
  });
}
