// The highlight cards the analyst trusts: a note reads the same collapsed as expanded, adding to a brief
// twice says so, and only Delete (never Backspace) removes a highlight, with an Undo that waits and Ctrl+Z.
import type { Page } from '@playwright/test';
import { articleText, expect, test } from './fixtures';
import { highlightPassage, openArticle, SEED_TITLE } from './reader-actions';
import { selectWithinParagraph } from './select';
import { noteOnHighlight, QUOTE_A, QUOTE_B } from './work-actions';

const ARABIC_TITLE = 'محادثات في جنيف الأسبوع المقبل';
const ARABIC_QUOTE = 'قالت مصادر دبلوماسية إن المحادثات ستعقد في جنيف';
test.use({
  seedFiles: {
    'world/geneva-ar.txt': articleText(ARABIC_TITLE, '20220301', 'https://www.example.org/geneva', [
      `${ARABIC_QUOTE} الأسبوع المقبل.`,
    ]),
  },
});

const cards = (app: Page) => app.getByTestId('highlight-card');

test('a collapsed card shows its note rendered, never the raw Markdown', async ({ app }) => {
  test.slow(); // two articles, two notes: long on a loaded machine
  await openArticle(app, SEED_TITLE);
  await highlightPassage(app, QUOTE_A);
  await noteOnHighlight(app, 'Both sides claim **troop build-ups**, see [the report](https://example.org/r).');
  await highlightPassage(app, QUOTE_B, 'Claim to verify');

  const collapsed = cards(app).first().getByTestId('card-note');
  await expect(collapsed).toHaveText('Both sides claim troop build-ups, see the report.');
  await expect(collapsed.locator('strong')).toHaveText('troop build-ups');
  await expect(collapsed.getByRole('link', { name: 'the report' })).toBeVisible();
  await expect(cards(app).first()).not.toContainText('**');
  await expect(cards(app).first()).not.toContainText('](');
  await app.screenshot({ path: '/tmp/trust-card-note.png' });

  // A right-to-left note reads the same way.
  await openArticle(app, ARABIC_TITLE);
  await selectWithinParagraph(app, ARABIC_QUOTE);
  await app.keyboard.press('1');
  await expect(app.locator('mark.hl-yellow')).toHaveText(ARABIC_QUOTE);
  await noteOnHighlight(app, 'يقول الطرفان **حشود عسكرية** _على الحدود_');
  await app.keyboard.press('Escape');
  const arabicNote = cards(app).first().getByTestId('card-note');
  await expect(arabicNote).toHaveText('يقول الطرفان حشود عسكرية على الحدود');
  await expect(arabicNote.locator('strong')).toHaveText('حشود عسكرية');
  await app.screenshot({ path: '/tmp/trust-card-note-rtl.png' });
});

test('adding a highlight to a brief twice says it is already there, and the brief holds it once', async ({ app }) => {
  test.slow(); // the reader, then the briefs view
  await openArticle(app, SEED_TITLE);
  await highlightPassage(app, QUOTE_A);
  const add = app.getByLabel('Add to brief');
  await add.selectOption({ label: 'New brief' });
  const added = app.getByTestId('toast').last();
  await expect(added).toContainText(/^Added to “(.+)”\./);
  const title = /“(.+)”/.exec((await added.textContent()) ?? '')?.[1] as string;

  // The menu and the card now say which brief holds it; picking that brief again adds nothing.
  await expect(app.getByTestId('in-briefs')).toHaveText(`In “${title}”`);
  await add.selectOption({ label: `✓ ${title} (already in)` });
  await expect(app.getByTestId('toast').last()).toContainText(`Already in “${title}”: not added again.`);
  await expect(app.getByTestId('toast').filter({ hasText: 'Added to' })).toHaveCount(1);
  await app.screenshot({ path: '/tmp/trust-add-twice.png' });

  await app.getByRole('tab', { name: 'Briefs' }).click();
  await app.locator('.brief-row', { hasText: title }).click();
  const preview = app.getByTestId('brief-preview');
  await expect(preview.locator('.preview-quote')).toHaveCount(1);
  await expect(preview.locator('.preview-quote')).toContainText(QUOTE_A);
});

test('Backspace on a focused card keeps the highlight; Delete removes it, Undo and Ctrl+Z restore it', async ({
  app,
}) => {
  await openArticle(app, SEED_TITLE);
  await highlightPassage(app, QUOTE_A);
  const marks = app.locator('mark.hl');
  await expect(marks).toHaveCount(1);

  // Backspace in the card's note edits the note, and on the focused card does nothing at all.
  await cards(app).getByRole('button', { name: 'Add note' }).click();
  const note = app.getByLabel('Highlight note');
  await note.fill('Checked');
  await note.press('Backspace');
  await expect(note).toHaveValue('Checke');
  await note.press('Control+Enter');
  const quote = cards(app).locator('.card-quote');
  await quote.focus();
  await quote.press('Backspace');
  await expect(marks).toHaveCount(1);
  await expect(cards(app)).toHaveCount(1);
  await expect(app.getByTestId('toast')).toHaveCount(0);

  // Delete removes it; the notice's Undo brings it back with its note.
  await quote.press('Delete');
  await expect(marks).toHaveCount(0);
  const notice = app.getByTestId('toast').filter({ hasText: 'Highlight deleted.' });
  await expect(notice.getByRole('button', { name: 'Undo' })).toBeVisible();
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(marks).toHaveCount(1);
  await expect(cards(app)).toContainText('Checke');
  await expect(notice).toHaveCount(0);

  // The card's own Delete button, then Ctrl+Z outside any text field.
  await cards(app).locator('.card-quote').click();
  await cards(app).getByRole('button', { name: 'Delete highlight' }).click();
  await expect(marks).toHaveCount(0);
  await app.getByTestId('article-body').click();
  await app.keyboard.press('Control+z');
  await expect(marks).toHaveCount(1);
  await expect(app.getByTestId('toast').filter({ hasText: 'Highlight deleted.' })).toHaveCount(0);

  // Ctrl+Z typed in a text field stays that field's own undo.
  await cards(app).locator('.card-quote').click();
  await cards(app).locator('.card-quote').press('Delete');
  await expect(marks).toHaveCount(0);
  await app.getByRole('searchbox').first().fill('abc');
  await app.getByRole('searchbox').first().press('Control+z');
  await expect(marks).toHaveCount(0);
  await expect(app.getByTestId('toast').filter({ hasText: 'Highlight deleted.' })).toHaveCount(1);
});
