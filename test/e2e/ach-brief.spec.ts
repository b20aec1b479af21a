// Between a brief and its ACH matrix: Open in Hypotheses on the composer's section shows that matrix
// (selected in the list, the caret in its question) rather than the one open before; the view keeps it
// when the analyst goes elsewhere and comes back, and after a restart; the matrix names the brief it is in, a
// way back; and once the matrix is deleted the section says so, with nothing to open, until Undo brings it back.
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe-check';
import { expect, test } from './fixtures';
import { schemeShots } from './screenshots';

/** The matrix the brief shows, asked in Hebrew (its line reads right to left beside the button). */
const IN_BRIEF = 'מה מניע את ההכרזה?';
const OTHER = 'Why were the talks postponed?';
const GONE = 'The ACH matrix this section showed has been deleted.';

const tab = (app: Page, name: string) => app.getByRole('tab', { name });
const list = (app: Page) => app.getByRole('navigation', { name: 'Matrices' });
/** A matrix's row in the list (its button names the question, then the counts). */
const listed = (app: Page, question: string) => list(app).locator('.ach-row', { hasText: question });

test('a brief opens its matrix in Hypotheses, which keeps it, names the brief, and says when it is gone', async ({
  app,
  host,
}) => {
  test.setTimeout(300_000);
  // The matrix for the brief, asked in the empty workspace and added to a new brief.
  await tab(app, 'Hypotheses').click();
  const view = app.getByTestId('hypotheses-view');
  await view.getByLabel('Question').fill(IN_BRIEF);
  await app.keyboard.press('Enter');
  await expect(view.getByLabel('Hypothesis H1')).toBeFocused();
  await expect(view.getByTestId('ach-in-briefs')).toHaveCount(0);
  await view.getByLabel('Add the matrix to a brief').selectOption({ label: 'New brief' });
  await expect(app.getByTestId('toast').last()).toContainText(/Matrix added to “Brief/);
  // A second matrix, open when the analyst leaves: the one the view would show by itself.
  await list(app).getByRole('button', { name: 'New matrix' }).click();
  await list(app).getByLabel('Question').fill(OTHER);
  await list(app).getByRole('button', { name: 'Create' }).click();
  await expect(view.getByLabel('Question')).toHaveValue(OTHER);
  await expect(listed(app, OTHER)).toHaveAttribute('aria-current', 'true');

  // The brief's section: the table, read-only, with the way to the matrix.
  await tab(app, 'Briefs').click();
  await app.locator('.brief-row', { hasText: /^Brief \d/ }).click();
  const editor = app.getByTestId('brief-editor');
  const section = editor.getByTestId('ach-section');
  // Headed by its question (the table does not repeat it).
  await expect(editor.getByLabel('Section heading')).toHaveValue(IN_BRIEF);
  await expect(section).toContainText('Least inconsistent first: H1 = H2');
  const open = section.getByRole('button', { name: 'Open in Hypotheses' });
  await expect(open).toBeVisible();
  // Only the composer has it: the preview shows the brief as it goes out.
  await expect(app.getByTestId('ach-section')).toHaveCount(2);
  await expect(app.getByRole('button', { name: 'Open in Hypotheses' })).toHaveCount(1);
  // Named otherwise, the section's table says its question, right to left beside the button.
  await editor.getByLabel('Section heading').fill('What moves the declaration');
  await expect(section.locator('.ach-question bdi')).toHaveText(IN_BRIEF);
  await expectNoSeriousViolations(app, 'brief with an ACH section to open');
  await schemeShots(app, 'ach-brief-open');

  // Open in Hypotheses: that matrix, selected in the list, the caret in its question.
  await open.click();
  await expect(tab(app, 'Hypotheses')).toHaveAttribute('aria-selected', 'true');
  await expect(view.getByLabel('Question')).toHaveValue(IN_BRIEF);
  await expect(view.getByLabel('Question')).toBeFocused();
  await expect(listed(app, IN_BRIEF)).toHaveAttribute('aria-current', 'true');
  await expect(listed(app, OTHER)).not.toHaveAttribute('aria-current');

  // Elsewhere and back, by the tab and by the menu command: still that matrix.
  await tab(app, 'Library').click();
  await expect(view).toBeHidden();
  await tab(app, 'Hypotheses').click();
  await expect(listed(app, IN_BRIEF)).toHaveAttribute('aria-current', 'true');
  await expect(view.getByLabel('Question')).toHaveValue(IN_BRIEF);
  await host.sendCommand('show-timeline');
  await expect(view).toBeHidden();
  await host.sendCommand('show-hypotheses');
  await expect(view.getByLabel('Question')).toHaveValue(IN_BRIEF);
  // And after a restart of the page.
  await app.reload();
  await tab(app, 'Hypotheses').click();
  await expect(listed(app, IN_BRIEF)).toHaveAttribute('aria-current', 'true');
  await expect(view.getByLabel('Question')).toHaveValue(IN_BRIEF);

  // The matrix names its brief; the name opens it.
  const inBriefs = view.getByTestId('ach-in-briefs');
  await expect(inBriefs).toHaveText(/^In brief: Brief \d/);
  await schemeShots(app, 'ach-brief-hypotheses');
  await inBriefs.getByRole('button').click();
  await expect(tab(app, 'Briefs')).toHaveAttribute('aria-selected', 'true');
  await expect(section.getByRole('button', { name: 'Open in Hypotheses' })).toBeVisible();
  // The other matrix is in no brief.
  await tab(app, 'Hypotheses').click();
  await listed(app, OTHER).click();
  await expect(view.getByLabel('Question')).toHaveValue(OTHER);
  await expect(view.getByTestId('ach-in-briefs')).toHaveCount(0);

  // Deleted: the view falls back to the other matrix; the section says the matrix is gone, with no button.
  await list(app)
    .getByRole('button', { name: `Delete ${IN_BRIEF}` })
    .click();
  await expect(listed(app, IN_BRIEF)).toHaveCount(0);
  await expect(listed(app, OTHER)).toHaveAttribute('aria-current', 'true');
  await tab(app, 'Briefs').click();
  const sectionBox = editor.getByTestId('brief-section').first();
  await expect(sectionBox).toContainText(GONE);
  await expect(sectionBox.getByTestId('ach-section')).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'Open in Hypotheses' })).toHaveCount(0);
  // Undo (its notice still in the tray) puts the matrix back, and the section shows it again.
  await app.getByTestId('toast').filter({ hasText: 'Deleted' }).getByRole('button', { name: 'Undo' }).click();
  await expect(section.getByRole('button', { name: 'Open in Hypotheses' })).toBeVisible();
  await expect(sectionBox).not.toContainText(GONE);
});
