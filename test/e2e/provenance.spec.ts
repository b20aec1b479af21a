// The reader shows what came from where: an article whose Markdown front matter names its author and outlet
// shows them in the header with its format and language, "Open original" has main open that very file, the
// readers' notes on a file are shown calmly, and a brief quoting it cites author and outlet in the preview and
// in the exported Markdown.
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, SEED_ARTICLE, test } from './fixtures';
import { briefExportButton, exportAndClose } from './export-actions';
import { highlightPassage, openArticle } from './reader-actions';

const [TITLE = '', , URL = '', ...PARAGRAPHS] = readFileSync(SEED_ARTICLE, 'utf8').split('\n').filter(Boolean);
const QUOTE = 'the Russians have responded with proposed dates for late next week';
/** The seed article as Markdown, its front matter naming the wire service the text credits and the outlet. */
const MARKDOWN = [
  '---',
  `title: "${TITLE}"`,
  'date: 2022-02-11',
  `url: ${URL}`,
  'author: ANI',
  'outlet: Russia Herald',
  '---',
  '',
  ...PARAGRAPHS.flatMap((paragraph) => [paragraph, '']),
].join('\n');
/** The same text with no date or source lines: the reader has notes on how it read it. */
const UNDATED = ['Minsk talks: an undated copy', ...PARAGRAPHS.slice(0, 3)].join('\n');

/** Opens an article by its file: the seed article and its Markdown copy share a title. */
async function openFile(app: Page, id: string): Promise<void> {
  await app.locator('[role="option"]', { has: app.locator(`[data-id="${id}"]`) }).click();
  await expect(app.getByTestId('reader').locator('.file-id')).toHaveText(id);
}

test.use({ seedFiles: { 'notes/blinken.md': MARKDOWN, 'notes/undated.txt': UNDATED } });

test('the header names outlet, author, format and language, and Open original opens that file', async ({
  app,
  host,
  library,
}) => {
  await openFile(app, 'notes/blinken.md');
  const reader = app.getByTestId('reader');
  await expect(reader.locator('.file-id')).toHaveText('notes/blinken.md');
  await expect(reader.locator('.source-link')).toHaveText('Russia Herald');
  await expect(reader.locator('.source-link')).toHaveAttribute('title', URL);
  await expect(reader.getByTestId('reader-author')).toHaveText('By ANI');
  await expect(reader.getByTestId('reader-format')).toHaveText('Markdown');
  await expect(reader.getByTestId('reader-language')).toHaveText('English');
  await expect(reader.getByTestId('reading-notes')).toHaveCount(0);

  await app.screenshot({ path: 'test-results/screenshots/provenance-header.png' });
  await reader.getByRole('button', { name: 'Open original' }).click();
  await expect
    .poll(() => host.fileShellCalls)
    .toEqual([{ call: 'open', path: join(library.root, 'notes/blinken.md') }]);

  await openArticle(app, 'Minsk talks: an undated copy');
  const notes = reader.getByTestId('reading-notes');
  await expect(notes).toContainText('How this file was read:');
  await expect(notes).toContainText('no date line');
  await expect(reader.getByTestId('reader-format')).toHaveText('Text');
  await app.screenshot({ path: 'test-results/screenshots/provenance-notes.png' });
});

test('Open original is refused for a file outside the library, whatever the page sends', async ({ app, host }) => {
  await expect(app.getByRole('option').first()).toBeVisible();
  const refusals = await app.evaluate(async () => {
    const api = (window as unknown as { api: { openOriginal(id: string): Promise<null> } }).api;
    const tries = ['../secret.txt', '/etc/passwd', 'notes/missing.md'];
    return Promise.all(
      tries.map((id) =>
        api.openOriginal(id).then(
          () => 'opened',
          (error: Error) => error.message,
        ),
      ),
    );
  });
  for (const message of refusals) expect(message).toContain("opens only the library's own article files");
  expect(host.fileShellCalls).toEqual([]);
});

test('a brief quoting the article cites its author and outlet, in the preview and in the export', async ({
  app,
  host,
}) => {
  await openFile(app, 'notes/blinken.md');
  await highlightPassage(app, QUOTE);
  await app.getByLabel('Add to brief').selectOption({ label: 'New brief' });
  await expect(app.getByTestId('toast').last()).toContainText(/Added to “Brief/);
  await app.getByRole('tab', { name: 'Briefs' }).click();
  await app.locator('.brief-row', { hasText: /^Brief \d/ }).click();
  const lead = `ANI, “${TITLE}”, Russia Herald, 11 Feb 2022`;
  await expect(app.getByTestId('brief-preview').locator('.preview-sources li')).toHaveText(`${lead}, ${URL}`);

  const out = await mkdtemp(join(tmpdir(), 'dossier-e2e-provenance-'));
  try {
    const path = join(out, 'brief.md');
    await exportAndClose(host, briefExportButton(app), path, 'Markdown');
    const markdown = await readFile(path, 'utf8');
    expect(markdown).toContain(lead);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
