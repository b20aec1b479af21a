// The panes resize and collapse as the analyst asks, by mouse and by keyboard, and are found as they were
// left after a reload; the reader's text size and line width are kept the same way.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { layoutShot } from './layout-checks';
import { openArticle, SEED_TITLE } from './reader-actions';

const width = async (page: Page, selector: string): Promise<number> =>
  Math.round((await page.locator(selector).boundingBox())?.width ?? 0);

test('a splitter is dragged and moved by keys, a pane collapses and comes back, and a reload keeps them', async ({
  app,
}, info) => {
  await openArticle(app, SEED_TITLE);
  const list = app.getByRole('separator', { name: 'Resize library list' });
  const start = await width(app, '#library-pane');
  await expect(list).toHaveAttribute('aria-valuenow', String(start));
  await expect(list).toHaveAttribute('aria-controls', 'library-pane');

  // Drag the list's splitter 80 px toward the reader.
  const handle = await list.boundingBox();
  if (!handle) throw new Error('the splitter is not on screen');
  await app.mouse.move(handle.x + handle.width / 2, handle.y + 300);
  await app.mouse.down();
  await app.mouse.move(handle.x + handle.width / 2 + 40, handle.y + 300, { steps: 4 });
  await app.mouse.move(handle.x + handle.width / 2 + 80, handle.y + 300, { steps: 4 });
  await app.mouse.up();
  await expect.poll(() => width(app, '#library-pane')).toBe(start + 80);
  await expect(list).toHaveAttribute('aria-valuenow', String(start + 80));

  // Arrow keys move it 16 px (64 with Shift); Home gives the narrowest.
  await list.focus();
  await app.keyboard.press('ArrowLeft');
  await app.keyboard.press('Shift+ArrowLeft');
  await expect.poll(() => width(app, '#library-pane')).toBe(start + 80 - 16 - 64);
  await app.keyboard.press('Home');
  await expect(list).toHaveAttribute('aria-valuenow', '220');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowRight');
  await expect(list).toHaveAttribute('aria-valuenow', '252');

  // Enter collapses the list to its rail, whose button brings it back at the same width.
  await app.keyboard.press('Enter');
  await expect(app.locator('#library-pane')).toBeHidden();
  await expect(list).toHaveAttribute('aria-valuenow', '0');
  await app.getByRole('button', { name: 'Show library list' }).click();
  await expect(app.locator('#library-pane')).toBeVisible();
  await expect(list).toHaveAttribute('aria-valuenow', '252');

  // The notes pane: narrower by keys, then hidden with Ctrl+Shift+\ from the reader.
  const notes = app.getByRole('separator', { name: 'Resize notes pane' });
  await notes.focus();
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowRight');
  const notesWidth = await width(app, '#notes-pane');
  await expect(notes).toHaveAttribute('aria-valuenow', String(notesWidth));
  await app.getByTestId('reader').click({ position: { x: 200, y: 10 } });
  await app.keyboard.press('Control+Shift+Backslash');
  await expect(app.getByTestId('annotations-panel')).toBeHidden();
  await expect(app.getByRole('button', { name: 'Show notes pane' })).toBeVisible();
  await layoutShot(app, info, 'notes-collapsed');

  await app.reload();
  await openArticle(app, SEED_TITLE);
  await expect(app.getByTestId('annotations-panel')).toBeHidden();
  await expect.poll(() => width(app, '#library-pane')).toBe(252);
  // Ctrl+\ hides and shows the list; Ctrl+Shift+\ brings the notes back at the width they had.
  await app.keyboard.press('Control+Backslash');
  await expect(app.locator('#library-pane')).toBeHidden();
  await app.keyboard.press('Control+Backslash');
  await expect(app.locator('#library-pane')).toBeVisible();
  await app.keyboard.press('Control+Shift+Backslash');
  await expect(app.getByTestId('annotations-panel')).toBeVisible();
  await expect.poll(() => width(app, '#notes-pane')).toBe(notesWidth);
});

test('the briefs columns resize and collapse, and keep it after a reload', async ({ app }) => {
  await app.getByRole('tab', { name: 'Briefs' }).click();
  await app.getByRole('button', { name: 'New brief' }).first().click();
  await expect(app.getByLabel('Brief title')).toBeVisible();
  const preview = app.getByRole('separator', { name: 'Resize brief preview' });
  await preview.focus();
  await app.keyboard.press('Shift+ArrowLeft');
  const previewWidth = await width(app, '#brief-preview-pane');
  expect(previewWidth).toBe(460 + 64);
  await app.getByRole('button', { name: 'Hide list of briefs' }).click();
  await expect(app.getByRole('navigation', { name: 'Briefs' })).toBeHidden();

  await app.reload();
  await app.getByRole('tab', { name: 'Briefs' }).click();
  await expect(app.getByLabel('Brief title')).toBeVisible();
  await expect(app.getByRole('navigation', { name: 'Briefs' })).toBeHidden();
  await expect.poll(() => width(app, '#brief-preview-pane')).toBe(previewWidth);
  await app.getByRole('button', { name: 'Show list of briefs' }).click();
  await expect(app.getByRole('navigation', { name: 'Briefs' })).toBeVisible();
});

test.describe('on a wide screen, where the line width and not the window sets the reader column', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the reader text size and line width are set from the Aa popover by keyboard and kept', async ({
    app,
  }, info) => {
    await openArticle(app, SEED_TITLE);
    const body = app.getByTestId('article-body');
    const fontSize = () => body.evaluate((element) => getComputedStyle(element).fontSize);
    // The reader column in characters (the width of "0" in the column's font, as CSS counts `ch`).
    const columnChars = () =>
      app.locator('.reader article').evaluate((element) => {
        const probe = element.appendChild(document.createElement('span'));
        probe.style.cssText = 'position:absolute;visibility:hidden;width:1ch';
        const chars = element.getBoundingClientRect().width / probe.getBoundingClientRect().width;
        probe.remove();
        return Math.round(chars);
      });
    expect(await fontSize()).toBe('17px');
    expect(await columnChars()).toBe(68);

    const button = app.getByRole('button', { name: 'Reader settings' });
    await button.focus();
    await app.keyboard.press('Enter');
    const popover = app.getByRole('dialog', { name: 'Reader settings' });
    await expect(popover).toBeVisible();
    await app.keyboard.press('Tab');
    await expect(popover.getByRole('button', { name: 'Smaller text' })).toBeFocused();
    await app.keyboard.press('Tab');
    await expect(popover.getByRole('button', { name: 'Larger text' })).toBeFocused();
    await app.keyboard.press('Enter');
    await app.keyboard.press('Enter');
    await expect(popover.getByTestId('reader-font-size')).toHaveText('20 px');
    await app.keyboard.press('Tab');
    await expect(popover.getByRole('radio', { name: 'Medium' })).toBeFocused();
    await app.keyboard.press('ArrowLeft');
    await expect(popover.getByRole('radio', { name: 'Narrow' })).toBeChecked();
    await layoutShot(app, info, 'reader-settings');
    await app.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    expect(await fontSize()).toBe('20px');
    expect(await columnChars()).toBe(56);

    await app.reload();
    await openArticle(app, SEED_TITLE);
    expect(await fontSize()).toBe('20px');
    expect(await columnChars()).toBe(56);
    await app.getByRole('button', { name: 'Reader settings' }).click();
    await expect(popover.getByTestId('reader-font-size')).toHaveText('20 px');
    await expect(popover.getByRole('radio', { name: 'Narrow' })).toBeChecked();
    await popover.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect.poll(fontSize).toBe('17px');
  });
});
