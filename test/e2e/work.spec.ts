// The analyst's work survives: it is written to snapshots on disk as it changes; after the database is
// wiped a reload offers the snapshot and the Restore screen brings back every record (replace, undo,
// merge); a database that cannot open shows the recovery screen with the latest snapshot; an import is
// previewed, refuses a bad record with its reason, keeps both sides of a conflict, and can be undone.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleText, expect, test } from './fixtures';
import { highlightPassage, openArticle, SEED_TITLE } from './reader-actions';
import { makeWork, noteOnHighlight, QUOTE_A } from './work-actions';
import { breakWorkDbUntilDeleted, latestSnapshotHolds, readWorkDb, wipeWorkDb } from './work-db';

const SHOTS = 'test-results/screenshots';

test('wiped work comes back from the Restore screen, record by record; replace can be undone', async ({
  app,
  host,
}) => {
  test.slow(); // the whole journey: make work, wipe, reload, restore, undo, merge
  // Before the first change there is no snapshot: the Restore screen says so, and how one comes.
  await app.locator('.toolbar-actions').getByRole('button', { name: 'Restore…' }).click();
  await expect(app.getByTestId('no-snapshots')).toContainText('No snapshots yet');
  await app.screenshot({ path: `${SHOTS}/restore-empty.png` });
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('restore-dialog')).toHaveCount(0);

  await makeWork(app);
  await latestSnapshotHolds(host, { highlights: 2, notes: 2, briefs: 1 });
  const before = await readWorkDb(app);
  expect(before.highlights).toHaveLength(2);
  expect(before.articleAnnotations).toHaveLength(1);
  expect(before.briefs).toHaveLength(1);

  await wipeWorkDb(app);
  await app.reload();
  await expect(app.getByTestId('snapshot-offer')).toContainText('2 highlights · 2 notes · 1 brief');
  await app.screenshot({ path: `${SHOTS}/snapshot-offer.png` });
  expect((await readWorkDb(app)).highlights).toEqual([]);

  await app.locator('.toolbar-actions').getByRole('button', { name: 'Restore…' }).click();
  const dialog = app.getByTestId('restore-dialog');
  // One tab stop, arrows and Home/End inside: the newest (all the work) is first.
  await dialog.getByRole('listbox').focus();
  await app.keyboard.press('End');
  await expect(dialog.getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Home');
  const withWork = dialog.getByRole('option').first();
  await expect(withWork).toHaveAttribute('aria-selected', 'true');
  await expect(withWork).toContainText('2 highlights · 2 notes · 1 brief');
  await app.screenshot({ path: `${SHOTS}/restore-dialog.png` });
  await dialog.getByRole('button', { name: 'Replace my work…' }).click();
  await expect(dialog.getByRole('alertdialog')).toContainText('Your current work is saved to a snapshot first');
  await app.screenshot({ path: `${SHOTS}/restore-confirm.png` });
  await dialog.getByRole('button', { name: 'Replace my work', exact: true }).click();
  await expect(app.getByTestId('toast').last()).toContainText('Your work is now the snapshot of');
  expect(await readWorkDb(app)).toEqual(before);
  await expect(app.getByTestId('snapshot-offer')).toHaveCount(0);
  await openArticle(app, SEED_TITLE);
  await expect(app.locator('mark.hl')).toHaveCount(2);

  // Undo puts back the (empty) work as it was before the restore.
  await app.getByRole('button', { name: 'Undo restore' }).click();
  await expect(app.getByTestId('toast').last()).toContainText('Undone');
  await expect(app.locator('mark.hl')).toHaveCount(0);
  expect((await readWorkDb(app)).highlights).toEqual([]);

  // Merging the snapshot in, through the preview, brings back the same records too.
  await host.sendCommand('restore-snapshots');
  await dialog.getByRole('option').filter({ hasText: '2 highlights' }).first().click();
  await dialog.getByRole('button', { name: 'Merge into my work…' }).click();
  const preview = app.getByTestId('import-preview');
  await expect(preview.getByTestId('count-new')).toContainText('4');
  await expect(preview.getByTestId('count-updated')).toContainText('1');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(app.getByTestId('toast').last()).toContainText('4 new, 1 updated');
  expect(await readWorkDb(app)).toEqual(before);
});

test('a work database that cannot be opened offers the latest snapshot instead of an empty app', async ({
  app,
  host,
}) => {
  await openArticle(app, SEED_TITLE);
  await highlightPassage(app, QUOTE_A);
  await noteOnHighlight(app, 'Kept on disk.');
  await latestSnapshotHolds(host, { highlights: 1, notes: 1, briefs: 0 });
  const before = await readWorkDb(app);

  await breakWorkDbUntilDeleted(app);
  await app.addInitScript(() => {
    const page = window as { __persistAsked?: number };
    const persist = navigator.storage.persist.bind(navigator.storage);
    page.__persistAsked = 0;
    navigator.storage.persist = () => {
      page.__persistAsked = (page.__persistAsked ?? 0) + 1;
      return persist();
    };
  });
  await app.reload();
  const recovery = app.getByTestId('recovery');
  await expect(recovery).toContainText('Internal error opening backing store');
  // The page asks for persistent storage at startup, so the engine does not evict the work under pressure.
  expect(await app.evaluate(() => (window as { __persistAsked?: number }).__persistAsked)).toBe(1);
  await expect(recovery.getByRole('option').first()).toContainText('1 highlight · 1 note · 0 briefs');
  await app.screenshot({ path: `${SHOTS}/recovery.png` });
  await recovery.getByRole('button', { name: 'Restore this snapshot' }).click();
  await openArticle(app, SEED_TITLE);
  await expect(app.locator('mark.hl-yellow')).toHaveText(QUOTE_A);
  expect(await readWorkDb(app)).toEqual(before);
});

test.describe('importing a file', () => {
  const TITLE = 'محادثات جنيف تستأنف الأسبوع المقبل';
  const PASSAGE = 'الحل الدبلوماسي هو الطريق الوحيد';
  test.use({
    seedFiles: {
      'ar/talks.txt': articleText(TITLE, '20220218', 'https://www.example.org/ar/geneva', [
        'قال وزير الخارجية إن المحادثات ستستأنف في جنيف الأسبوع المقبل بمشاركة الوفدين.',
        'وأضاف أن الحل الدبلوماسي هو الطريق الوحيد المسؤول لحل هذه الأزمة.',
      ]),
    },
  });

  test('is previewed, refuses a bad record with its reason, keeps both notes, and is undone', async ({ app, host }) => {
    await openArticle(app, TITLE);
    await highlightPassage(app, PASSAGE);
    await noteOnHighlight(app, 'ملاحظة محلية');
    await latestSnapshotHolds(host, { highlights: 1, notes: 1, briefs: 0 });
    const before = await readWorkDb(app);
    const local = before.highlights[0] as { id: string; createdAt: number };
    const item = (id: string, note: string, selector: object[]) => ({
      id: `urn:uuid:${id}`,
      type: 'Annotation',
      motivation: 'highlighting',
      created: new Date(local.createdAt - 60_000).toISOString(),
      modified: new Date(local.createdAt - 60_000).toISOString(),
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: note },
        { type: 'TextualBody', purpose: 'tagging', value: 'جنيف' },
      ],
      target: { source: 'ar/talks.txt', 'dossier:hash': 'h', 'dossier:title': TITLE, selector },
    });
    const quote = { type: 'TextQuoteSelector', exact: 'المحادثات ستستأنف', prefix: '', suffix: '' };
    const file = {
      type: 'AnnotationCollection',
      items: [
        item(local.id, 'ملاحظة من الملف', [quote]),
        item('new-one', 'جديد', [quote]),
        item('broken', 'x', [quote, { type: 'TextPositionSelector', start: 40, end: 12 }]),
      ],
    };
    const folder = await mkdtemp(join(tmpdir(), 'dossier-e2e-import-'));
    try {
      await writeFile(join(folder, 'ملف.json'), JSON.stringify(file));
      host.dialogs.openPaths.push(join(folder, 'ملف.json'));
      await app.locator('.toolbar-actions').getByRole('button', { name: 'Import…' }).click();
      const preview = app.getByTestId('import-preview');
      await expect(preview.getByTestId('count-new')).toContainText('1');
      await expect(preview.getByTestId('count-conflicts')).toContainText('1');
      await expect(preview.getByTestId('count-refused')).toContainText('1');
      await expect(preview).toContainText('urn:uuid:broken: its TextPositionSelector ends before it starts');
      await expect(preview).toContainText('both notes kept; article version, quote, position from the app (newer)');
      expect(await readWorkDb(app)).toEqual(before);
      await app.screenshot({ path: `${SHOTS}/import-preview-rtl.png` });

      await preview.getByRole('button', { name: 'Import' }).click();
      await expect(app.getByTestId('toast').last()).toContainText('1 new, 0 updated, 1 conflict combined');
      const merged = app.locator(`[data-testid="highlight-card"][data-highlight-id="${local.id}"]`);
      await expect(merged).toContainText('ملاحظة محلية');
      await expect(merged).toContainText('ملاحظة من الملف');
      await expect(app.getByTestId('highlight-card')).toHaveCount(2);
      await app.getByRole('button', { name: 'Undo import' }).click();
      await expect(app.getByTestId('toast').last()).toContainText('Undone');
      expect(await readWorkDb(app)).toEqual(before);
      await expect(app.getByTestId('highlight-card')).toHaveCount(1);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
