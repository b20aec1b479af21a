// Exporting as the analyst does: open the export dialog (a brief's Export… or an article's), pick the
// format and options, press Export…, answer the save dialog with a path, and wait for the file's name.
import type { Locator, Page } from '@playwright/test';
import type { DossierHost } from './host/dossier-host';
import { expect } from './fixtures';

export type FormatLabel = 'Markdown' | 'HTML' | 'PDF' | 'Word' | 'JSON';

/** The brief's Export… button (in the Briefs view) or the open article's. */
export const briefExportButton = (app: Page): Locator =>
  app.locator('.export-bar').getByRole('button', { name: 'Export…', exact: true });
export const articleExportButton = (app: Page): Locator =>
  app.getByRole('button', { name: 'Export article with annotations' });

/** Opens the dialog and waits for its remembered choices to be shown. */
export async function openExportDialog(opener: Locator): Promise<Locator> {
  await opener.click();
  const dialog = opener.page().getByTestId('export-dialog');
  await expect(dialog.getByRole('group', { name: 'Format' })).toBeVisible();
  return dialog;
}

/**
 * Exports through the dialog to `path` in `format`, after `choose` has set the options; resolves with the
 * dialog showing the written file (PDF printing takes a while on a loaded machine).
 */
export async function exportTo(
  host: DossierHost,
  opener: Locator,
  path: string,
  format: FormatLabel,
  choose: (dialog: Locator) => Promise<void> = async () => undefined,
): Promise<Locator> {
  const dialog = await openExportDialog(opener);
  await dialog.getByRole('radio', { name: format, exact: true }).check();
  await choose(dialog);
  host.dialogs.savePaths.push(path);
  await dialog.getByRole('button', { name: 'Export…', exact: true }).click();
  await expect(dialog.locator('.export-path')).toHaveText(path, { timeout: 60_000 });
  return dialog;
}

/** Exports, then closes the dialog with Done. */
export async function exportAndClose(
  host: DossierHost,
  opener: Locator,
  path: string,
  format: FormatLabel,
  choose?: (dialog: Locator) => Promise<void>,
): Promise<void> {
  const dialog = await exportTo(host, opener, path, format, choose);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
}
