// One complete export: "Export annotations…" writes all the work (briefs and colour names included, the
// snapshot's format), and after the database is wiped, "Import…" brings back every record.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { makeWork } from './work-actions';
import { latestSnapshotHolds, readWorkDb, wipeWorkDb } from './work-db';

test('export, wipe and import gives back the same database, record by record', async ({ app, host }) => {
  test.slow(); // the whole journey: make work, export, wipe, reload, import
  await makeWork(app);
  await latestSnapshotHolds(host, { highlights: 2, notes: 2, briefs: 1 });
  const before = await readWorkDb(app);
  const folder = await mkdtemp(join(tmpdir(), 'dossier-e2e-export-'));
  try {
    const file = join(folder, 'work.json');
    host.dialogs.savePaths.push(file);
    await app.getByRole('button', { name: 'Export annotations…' }).click();
    await expect(app.getByTestId('toast').last()).toContainText('Your work is exported.');
    const exported = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown[]>;
    expect(exported).toMatchObject({ type: 'AnnotationCollection', 'dossier:format': 'dossier-work' });
    expect(exported.items).toHaveLength(3);
    expect(exported['dossier:briefs']).toHaveLength(1);
    expect(exported['dossier:palette']).toContainEqual(expect.objectContaining({ key: 'red', label: 'Disputed' }));

    await wipeWorkDb(app);
    await app.reload();
    await expect(app.getByTestId('snapshot-offer')).toBeVisible();
    host.dialogs.openPaths.push(file);
    await app.getByRole('button', { name: 'Import…' }).click();
    const preview = app.getByTestId('import-preview');
    await expect(preview.getByTestId('count-new')).toContainText('4');
    await expect(preview.getByTestId('count-refused')).toContainText('0');
    await preview.getByRole('button', { name: 'Import' }).click();
    await expect(app.getByTestId('toast').last()).toContainText('Imported work.json.');
    expect(await readWorkDb(app)).toEqual(before);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
