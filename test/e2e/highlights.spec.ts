// Highlights, notes and tags end to end: made with the mouse, kept across reloads, following edits,
// renames and deletions of the file, and exported and imported as JSON.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, SEED_ARTICLE, test } from './fixtures';
import { selectWithMouse } from './select';

const SEED_TITLE = 'Blinken accepts invitation to meet Lavrov late next week if Russia does not invade Ukraine';
const QUOTE = 'Russia and NATO accusing each other of amassing troops';

test('highlight with the mouse, add a note and a tag, and find them again after a reload', async ({ app }) => {
  await app.getByRole('button', { name: new RegExp(SEED_TITLE) }).click();
  await selectWithMouse(app, QUOTE);
  await app.getByTestId('highlight-toolbar').getByRole('button', { name: 'Highlight as Key fact' }).click();
  const mark = app.locator('mark.hl-yellow');
  await expect(mark).toHaveText(QUOTE);
  const card = app.getByTestId('highlight-card');
  await expect(card).toHaveCount(1);
  await card.getByRole('button', { name: 'Add note' }).click();
  await app.getByLabel('Highlight note').fill('Both sides claim **troop build-ups**.');
  await app.getByLabel('Highlight tags').fill('troops');
  await app.getByLabel('Highlight tags').press('Enter');
  await app.screenshot({ path: 'test-results/screenshots/highlight.png' });

  await app.reload();
  await app.getByRole('button', { name: new RegExp(SEED_TITLE) }).click();
  await expect(app.locator('mark.hl-yellow')).toHaveText(QUOTE);
  await expect(app.getByTestId('highlight-card')).toContainText('Both sides claim **troop build-ups**.');
  await expect(app.getByTestId('highlight-card')).toContainText('troops');
});
