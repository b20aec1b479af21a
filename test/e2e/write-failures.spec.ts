// A write that fails reaches the analyst: on a full disk (injected into main's file operations) and on a
// folder that vanished (a drive removed), the page says what was not saved and why, and that the previous
// file is unchanged; the earlier export is still there, byte for byte, and nothing partial is left.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fullDisk } from '../support/full-disk';
import { startHost } from './host/dossier-host';
import { articleText, expect, test } from './fixtures';
import { briefExportButton, openExportDialog } from './export-actions';

test('an export into a folder that is gone says so', async ({ app, host }) => {
  await app.getByRole('tab', { name: 'Briefs' }).click();
  await app.getByRole('navigation', { name: 'Briefs' }).getByRole('button', { name: 'New brief' }).click();
  const dialog = await openExportDialog(briefExportButton(app));
  await dialog.getByRole('radio', { name: 'Markdown', exact: true }).check();
  host.dialogs.savePaths.push(join(tmpdir(), 'dossier-e2e-unplugged-drive', 'brief.md'));
  await dialog.getByRole('button', { name: 'Export…', exact: true }).click();
  // The dialog stays open with the reason, so the analyst can choose another folder and try again.
  const notice = dialog.getByRole('alert');
  await expect(notice).toContainText('The brief could not be exported.');
  await expect(notice).toContainText(
    'Could not save brief.md: the folder is gone (was a drive removed?). The previous version, if any, is unchanged.',
  );
});

test('on a full disk, exports keep the earlier file and dropped files are refused one by one', async ({
  page,
  library,
}) => {
  const userData = await mkdtemp(join(tmpdir(), 'dossier-e2e-full-'));
  const out = await mkdtemp(join(tmpdir(), 'dossier-e2e-full-out-'));
  const disk = fullDisk();
  const host = await startHost(page, { libraryRoot: library.root, userData, fileOps: disk });
  try {
    await host.open();
    const before = (await readdir(library.root)).toSorted();

    const dropped = [1, 2].map((i) => ({
      name: `full-${i}.txt`,
      text: articleText(`Report ${i}`, '20240301', `https://news.example.org/${i}`, ['Text.']),
    }));
    const dataTransfer = await page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const file of list) transfer.items.add(new File([file.text], file.name, { type: 'text/plain' }));
      return transfer;
    }, dropped);
    for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('.app', type, { dataTransfer });
    const dropNotice = page.getByTestId('toast').last();
    await expect(dropNotice).toContainText('2 files not added.');
    await expect(dropNotice).toContainText(
      'full-1.txt: could not be written: the disk is full; nothing of it was left in the library',
    );
    expect((await readdir(library.root)).toSorted()).toEqual(before);

    const target = join(out, 'annotations.json');
    await writeFile(target, 'last week’s export');
    host.dialogs.savePaths.push(target);
    await page.getByRole('button', { name: 'Export annotations…' }).click();
    const exportNotice = page.getByTestId('toast').last();
    await expect(exportNotice).toContainText('Your work was not exported.');
    await expect(exportNotice).toContainText(
      'Could not save annotations.json: the disk is full. The previous version, if any, is unchanged.',
    );
    await page.screenshot({ path: 'test-results/screenshots/full-disk.png' });
    expect(await readFile(target, 'utf8')).toBe('last week’s export');
    expect(await readdir(out)).toEqual(['annotations.json']);
    expect(disk.failures).toBe(3);
  } finally {
    await host.close();
    await rm(userData, { recursive: true, force: true });
    await rm(out, { recursive: true, force: true });
  }
});
