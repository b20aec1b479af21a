// An analyst's day without the mouse: open a big archive, search it while it indexes, filter, read, find,
// highlight, note, brief and export it with options, all from the keyboard.
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { AppCommand } from '../../src-preload/contract';
import type { DossierHost } from './host/dossier-host';
import { articleText, expect, FIXTURES, test } from './fixtures';
import { briefExportButton } from './export-actions';
import { pressTimes, selectedText, tabTo } from './keyboard-actions';

const FILES = 800;
/** Every this-many-th dispatch reports on the grain corridor: 0, 70, … 770, so 12 of them. */
const CORRIDOR_EVERY = 70;
const CORRIDOR = Array.from({ length: FILES }, (_, i) => i).filter((i) => i % CORRIDOR_EVERY === 0);
const QUOTE = 'Negotiators in Istanbul said the grain corridor would stay open';
const CORRIDOR_PARAGRAPH = `${QUOTE} through the winter, the ministry said.`;
const ISTANBUL_PARAGRAPH = 'Ships waiting off Istanbul were cleared to sail on Wednesday.';
const OUTLETS = ['reuters.com', 'bbc.co.uk', 'aljazeera.net', 'russiaherald.com', 'apnews.com', 'theguardian.com'];
const NOTE = 'Check the winter schedule with the shipping desk.';

/** The real articles the dispatches borrow their text from: the fixtures and the shared seed articles. */
function realTexts(): { title: string; paragraphs: string[] }[] {
  const folders = [join(FIXTURES, 'articles'), '/work/shared/seed-articles'];
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.txt') && !name.startsWith('markup'))
      .map((name) => {
        const lines = readFileSync(join(folder, name), 'utf8')
          .replace(/^\uFEFF/u, '')
          .split(/\r\n|\r|\n/u)
          .map((line) => line.trim());
        return { title: lines[0] ?? '', paragraphs: lines.slice(3).filter((line) => line.length > 0) };
      })
      .filter((text) => text.title.length > 0 && text.paragraphs.length > 0),
  );
}

const titleOf = (i: number): string => `Dispatch ${i} from ${OUTLETS[i % OUTLETS.length]}`;

async function writeArchive(folder: string): Promise<void> {
  const texts = realTexts();
  await Promise.all(
    Array.from({ length: FILES }, (_, i) => {
      const text = texts[i % texts.length] ?? { title: '', paragraphs: [] };
      const date = `${2021 + (i % 3)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`;
      const paragraphs = i % CORRIDOR_EVERY === 0 ? [CORRIDOR_PARAGRAPH, ISTANBUL_PARAGRAPH] : [];
      return writeFile(
        join(folder, `dispatch-${String(i).padStart(4, '0')}.txt`),
        articleText(`${titleOf(i)}: ${text.title}`, date, `https://www.${OUTLETS[i % OUTLETS.length]}/news/${i}`, [
          ...paragraphs,
          ...text.paragraphs,
        ]),
      );
    }),
  );
}

/** A menu accelerator: in the app Electron's menu turns the keys into this command, which the host sends. */
async function accelerator(host: DossierHost, command: AppCommand): Promise<void> {
  await host.sendCommand(command);
}

/** Focus moved by `key` until `target` (an option in a select, a radio in its group) is the one chosen. */
async function arrowTo(
  page: Page,
  field: Locator,
  accept: (value: string) => boolean,
  key = 'ArrowDown',
): Promise<void> {
  for (let presses = 0; presses < 20; presses++) {
    if (accept(await field.inputValue())) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never chose the value wanted; it is ${await field.inputValue()}`);
}

/** The count line without its timing. */
const countOf = async (page: Page): Promise<string> =>
  (await page.getByTestId('library-count').innerText()).replace(/ · \d+ ms$/u, '');

test.use({ scanStep: 20 });

test("an analyst's day, keyboard only", async ({ app, host }) => {
  // 800 files read and indexed in steps of 20, then a long walk key by key on a loaded machine.
  test.setTimeout(360_000);
  const archive = await mkdtemp(join(tmpdir(), 'dossier-e2e-day-'));
  const out = await mkdtemp(join(tmpdir(), 'dossier-e2e-day-out-'));
  try {
    await writeArchive(archive);

    // 1. Once the app shows its library, open the archive (Ctrl+Shift+O), held before its text is indexed.
    const count = app.getByTestId('library-count');
    await expect(count).toHaveText('1 article');
    const indexing = host.holdPhase(archive, 'indexing');
    host.dialogs.folders.push(archive);
    await accelerator(host, 'choose-library');
    await indexing.reached;
    await expect(count).toHaveText(`${FILES} articles`, { timeout: 60_000 });

    // 2. Ctrl+F and a query while nothing is searchable yet; released, the same query ends whole.
    await accelerator(host, 'focus-search');
    const search = app.getByLabel('Search the library');
    await expect(search).toBeFocused();
    await app.keyboard.type('corridor');
    await expect(count).toContainText('0 results for “corridor”');
    await expect(app.getByTestId('search-partial')).toHaveText(' · searching 0% of the library');
    indexing.release();
    await expect(app.getByTestId('scan-progress')).toBeHidden({ timeout: 120_000 });
    await expect(count).toContainText(`${CORRIDOR.length} results for “corridor”`, { timeout: 30_000 });
    await expect(app.getByTestId('search-partial')).toBeHidden();
    await expect(search).toHaveValue('corridor');
    const list = app.getByRole('listbox', { name: 'Articles' });
    await expect(list.locator('.article-row.placeholder')).toHaveCount(0);
    const titles = await list.locator('.article-row .row-title').allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    const expected = CORRIDOR.map((i) => titleOf(i));
    for (const title of titles) expect(expected.some((start) => title.startsWith(`${start}:`))).toBe(true);

    // 3. Filters, reached by Tab, opened with Enter; a source chosen with the arrows narrows the count.
    const filters = app.getByRole('button', { name: /^Filters/ });
    await tabTo(app, filters);
    await app.keyboard.press('Enter');
    await expect(filters).toHaveAttribute('aria-expanded', 'true');
    const source = app.getByLabel('Source', { exact: true });
    await tabTo(app, source);
    await arrowTo(app, source, (value) => value.includes(OUTLETS[0] ?? ''));
    const fromSource = CORRIDOR.filter((i) => i % OUTLETS.length === 0);
    await expect(count).toContainText(`${fromSource.length} results for “corridor”`);
    await expect(filters).toHaveText('Filters (1)');
    const before = await countOf(app);

    // 4. Back to the search field, ↓ into the results, ↓ to the second, Enter opens it.
    await accelerator(host, 'focus-search');
    await expect(search).toBeFocused();
    await app.keyboard.press('ArrowDown');
    await expect(list).toBeFocused();
    await app.keyboard.press('ArrowDown');
    await app.keyboard.press('Enter');
    const h1 = app.getByTestId('reader').locator('h1');
    await expect(h1).toHaveText(new RegExp(`^Dispatch \\d+ from ${OUTLETS[0]?.replace('.', '\\.')}:`));
    expect(await countOf(app)).toBe(before);

    // 5. Find in the article: Ctrl+Shift+F, a word, its count, Enter to the next, Escape closes.
    await app.keyboard.press('Control+Shift+F');
    const find = app.getByRole('searchbox', { name: 'Find in this article' });
    await expect(find).toBeFocused();
    await app.keyboard.press('Control+A');
    await app.keyboard.type('istanbul');
    const findCount = app.getByTestId('find-count');
    await expect(findCount).toHaveText('1 of 2');
    await app.keyboard.press('Enter');
    await expect(findCount).toHaveText('2 of 2');
    await app.keyboard.press('Escape');
    await expect(app.getByTestId('find-bar')).toHaveCount(0);

    // 6. Into the text: the caret moves by paragraph and back to the start, Shift+→ selects, 1 highlights.
    const text = app.getByRole('document', { name: 'Article text' });
    await tabTo(app, text);
    await expect(app.getByTestId('text-caret')).toBeVisible();
    await app.keyboard.press('Control+ArrowDown');
    await app.keyboard.press('Control+Home');
    await pressTimes(app, 'Shift+ArrowRight', QUOTE.length);
    expect(await selectedText(app)).toBe(QUOTE);
    await app.keyboard.press('1');
    const mark = app.locator('mark.hl-yellow');
    await expect(mark).toHaveText(QUOTE);

    // 7. Tab to the mark, Enter opens its card; Add note, typed, Ctrl+Enter saves.
    const markButton = app.getByRole('button', { name: `Key fact highlight: ${QUOTE}` });
    await app.keyboard.press('Tab');
    await expect(markButton).toBeFocused();
    await app.keyboard.press('Enter');
    const card = app.locator('[data-testid="highlight-card"].card-selected');
    await expect(card.locator('.card-quote')).toBeFocused();
    await tabTo(app, card.getByRole('button', { name: 'Add note' }));
    await app.keyboard.press('Enter');
    const note = app.getByLabel('Highlight note');
    await expect(note).toBeFocused();
    await app.keyboard.type(NOTE);
    await app.keyboard.press('Control+Enter');
    await expect(note).toBeHidden();
    const noted = app.getByTestId('highlight-card').filter({ hasText: QUOTE });
    await expect(noted).toContainText(NOTE);

    // 8. The card's Add to brief: ↓ picks New brief; Ctrl+2 shows the brief holding the quote.
    const addToBrief = noted.getByLabel('Add to brief');
    await tabTo(app, addToBrief);
    // With no brief yet, the option after "Add to brief…" is New brief; the select goes back to its prompt.
    await app.keyboard.press('ArrowDown');
    const added = app.getByTestId('toast').last();
    await expect(added).toContainText(/Added to “Brief \d{1,2} [A-Z][a-z]{2} \d{4}”/);
    const briefTitle = /“(.+)”/u.exec((await added.textContent()) ?? '')?.[1] ?? '';
    await accelerator(host, 'show-briefs');
    await expect(app.getByRole('tab', { name: 'Briefs' })).toHaveAttribute('aria-selected', 'true');
    const row = app.locator('.brief-row', { hasText: briefTitle });
    await expect(row).toBeVisible();
    await tabTo(app, row);
    await app.keyboard.press('Enter');
    const preview = app.getByTestId('brief-preview');
    await expect(app.getByLabel('Brief title')).toHaveValue(briefTitle);
    await expect(preview.locator('.preview-quote')).toContainText(QUOTE);

    // 9. Export…: Markdown, notes ticked, author–date citations, the author in the header; then Open,
    // Show in folder and Done, each by keyboard.
    await tabTo(app, briefExportButton(app));
    await app.keyboard.press('Enter');
    const dialog = app.getByTestId('export-dialog');
    const formats = dialog.getByRole('group', { name: 'Format' });
    await expect(formats).toBeVisible();
    await tabTo(app, formats.getByRole('radio', { checked: true }));
    await tabTo(app, formats.getByRole('radio', { name: 'Markdown', exact: true }), 'ArrowDown', 5);
    await expect(formats.getByRole('radio', { name: 'Markdown', exact: true })).toBeChecked();
    const notes = dialog.getByLabel('Analyst notes on highlights');
    await tabTo(app, notes);
    if (!(await notes.isChecked())) await app.keyboard.press('Space');
    await expect(notes).toBeChecked();
    const authorDate = dialog.getByRole('radio', { name: /^Author–date/ });
    await tabTo(app, dialog.getByRole('group', { name: 'Citations' }).getByRole('radio', { checked: true }));
    await tabTo(app, authorDate, 'ArrowDown', 3);
    await expect(authorDate).toBeChecked();
    const author = dialog.getByLabel('Author', { exact: true });
    await tabTo(app, author);
    await app.keyboard.press('Control+A');
    await app.keyboard.type('Jane Analyst');
    const path = join(out, 'corridor-brief.md');
    host.dialogs.savePaths.push(path);
    await tabTo(app, dialog.getByRole('button', { name: 'Export…', exact: true }));
    await app.keyboard.press('Enter');
    await expect(dialog.locator('.export-path')).toHaveText(path, { timeout: 60_000 });
    await expect(dialog.getByRole('button', { name: 'Open' })).toBeFocused();
    await app.keyboard.press('Enter');
    await tabTo(app, dialog.getByRole('button', { name: 'Show in folder' }));
    await app.keyboard.press('Enter');
    await expect.poll(() => host.fileShellCalls.length).toBe(2);
    expect(host.fileShellCalls).toEqual([
      { call: 'open', path },
      { call: 'show', path },
    ]);
    await tabTo(app, dialog.getByRole('button', { name: 'Done' }));
    await app.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    const markdown = await readFile(path, 'utf8');
    expect(markdown).toContain(QUOTE);
    expect(markdown).toContain(NOTE);
    expect(markdown).toContain('Jane Analyst');
    expect(markdown).toMatch(/\([^()]*20\d\d, para\. 1\)/u);
    expect(markdown).not.toContain('[1, para.');

    // 10. ? shows the shortcuts, Escape closes them.
    await app.keyboard.press('?');
    const sheet = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText('Ctrl+Shift+F');
    await app.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
  } finally {
    await rm(archive, { recursive: true, force: true });
    await rm(out, { recursive: true, force: true });
  }
});
