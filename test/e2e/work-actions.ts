// What the analyst does to make work in the end-to-end journeys of work.spec and work-export.spec:
// highlights with a note and a tag, a renamed colour, an article note and a brief.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { highlightPassage, openArticle, SEED_TITLE } from './reader-actions';

export const QUOTE_A = 'Russia and NATO accusing each other of amassing troops';
export const QUOTE_B = 'the only responsible way to resolve this crisis is through diplomacy and dialogue';

export async function noteOnHighlight(app: Page, note: string): Promise<void> {
  await app.getByTestId('highlight-card').last().getByRole('button', { name: 'Add note' }).click();
  await app.getByLabel('Highlight note').fill(note);
  await app.getByLabel('Highlight note').press('Control+Enter');
}

/** Highlights (one with a note and a tag), an article note, a renamed colour and a brief. */
export async function makeWork(app: Page): Promise<void> {
  await openArticle(app, SEED_TITLE);
  await highlightPassage(app, QUOTE_A);
  await noteOnHighlight(app, 'Both sides claim **troop build-ups**.');
  await app.getByLabel('Highlight tags').fill('troops');
  await app.getByLabel('Highlight tags').press('Enter');
  await app
    .getByRole('list', { name: 'Highlight colours' })
    .getByRole('button', { name: /Claim to verify/ })
    .click();
  await app.getByLabel('Name for colour 2').fill('Disputed');
  await app.getByLabel('Name for colour 2').press('Enter');
  await highlightPassage(app, QUOTE_B, 'Disputed');
  await app.getByRole('region', { name: 'Article note' }).getByRole('button', { name: 'Add note' }).click();
  const articleNote = app.getByRole('textbox', { name: 'Article note' });
  await articleNote.fill('Talks depend on no invasion.');
  await articleNote.press('Control+Enter');
  await app.getByLabel('Add to brief').selectOption({ label: 'New brief' });
  await expect(app.getByTestId('toast').last()).toContainText(/Added to “Brief \d{1,2} [A-Z][a-z]{2} \d{4}”/);
}
