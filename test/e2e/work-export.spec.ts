// One complete export: "Export annotations…" writes all the work (briefs, colour names, an ACH matrix and a
// highlight's event date over a span of days included, the snapshot's format), and after the database is wiped,
// "Import…" brings back every record.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeWork, QUOTE_A } from './work-actions';
import { latestSnapshotHolds, putWorkRecords, readWorkDb, wipeWorkDb } from './work-db';

interface StoredHighlight {
  id: string;
  libraryId: string;
  articleId: string;
  articleTitle: string;
  quote: { exact: string };
}

/**
 * An ACH matrix weighing the highlight of QUOTE_A, which is dated 2022-02-24, written into the page's
 * database as the Hypotheses and Timeline views keep them; a colour renamed after, so the app's next
 * snapshot of the work holds them. Returns the matrix's id.
 */
async function addAnalysis(app: Page): Promise<string> {
  const highlights = (await readWorkDb(app)).highlights as StoredHighlight[];
  const quoted = highlights.find((h) => h.quote.exact === QUOTE_A);
  if (!quoted) throw new Error('the highlight of QUOTE_A is not in the database');
  await putWorkRecords(app, 'highlights', [{ ...quoted, eventDate: '2022-02-24', eventDateEnd: '2022-02-25' }]);
  const now = Date.now();
  const matrix = {
    id: 'matrix-e2e',
    libraryId: quoted.libraryId,
    question: 'Will the talks go ahead?',
    hypotheses: [
      { id: 'yes', label: 'They go ahead' },
      { id: 'no', label: 'Russia invades first' },
    ],
    rows: [
      {
        id: 'row-1',
        kind: 'highlight',
        highlightId: quoted.id,
        text: quoted.quote.exact,
        articleId: quoted.articleId,
        articleTitle: quoted.articleTitle,
        credibility: 'low',
        ratings: { yes: 'C', no: 'II' },
      },
      {
        id: 'row-2',
        kind: 'absence',
        highlightId: null,
        text: 'No withdrawal of troops is reported',
        articleId: '',
        articleTitle: '',
        ratings: { yes: 'I', no: 'CC' },
      },
    ],
    createdAt: now,
    updatedAt: now,
  };
  await putWorkRecords(app, 'achMatrices', [matrix]);
  await app
    .getByRole('list', { name: 'Highlight colours' })
    .getByRole('button', { name: /Context/ })
    .click();
  await app.getByLabel('Name for colour 4').fill('Background');
  await app.getByLabel('Name for colour 4').press('Enter');
  return matrix.id;
}

test('export, wipe and import gives back the same database, record by record', async ({ app, host }) => {
  test.slow(); // the whole journey: make work, export, wipe, reload, import
  await makeWork(app);
  const matrixId = await addAnalysis(app);
  await latestSnapshotHolds(host, { highlights: 2, notes: 2, briefs: 1, matrices: 1 });
  const before = await readWorkDb(app);
  expect(before.achMatrices).toHaveLength(1);
  expect(before.highlights).toContainEqual(
    expect.objectContaining({ eventDate: '2022-02-24', eventDateEnd: '2022-02-25' }),
  );
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
    expect(exported['dossier:ach']).toEqual([expect.objectContaining({ id: matrixId, rows: expect.any(Array) })]);
    expect(exported.items).toContainEqual(
      expect.objectContaining({
        'dossier:extra': expect.objectContaining({ eventDate: '2022-02-24', eventDateEnd: '2022-02-25' }),
      }),
    );

    await wipeWorkDb(app);
    await app.reload();
    await expect(app.getByTestId('snapshot-offer')).toContainText('2 highlights · 2 notes · 1 brief · 1 ACH matrix');
    host.dialogs.openPaths.push(file);
    await app.getByRole('button', { name: 'Import…' }).click();
    const preview = app.getByTestId('import-preview');
    await expect(preview.getByTestId('import-contents')).toHaveText(
      'In it: 2 highlights, 1 article note, 1 brief and 1 ACH matrix.',
    );
    // Two highlights, the article note, the brief and the matrix (the renamed colours update the defaults).
    await expect(preview.getByTestId('count-new')).toContainText('5');
    await expect(preview.getByTestId('count-refused')).toContainText('0');
    await preview.getByRole('button', { name: 'Import' }).click();
    await expect(app.getByTestId('toast').last()).toContainText('Imported work.json.');
    expect(await readWorkDb(app)).toEqual(before);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
