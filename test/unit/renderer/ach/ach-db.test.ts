// ACH matrices on fake-indexeddb: a copy under a new id with every rating, a deletion Undo restores, edits
// saved through editMatrix, and the quoted highlights found as they are now (a deleted one missing).
import { describe, expect, it, vi } from 'vitest';
import {
  addHighlightRows,
  addTypedRow,
  createMatrix,
  deleteMatrix,
  duplicateMatrix,
  editMatrix,
  highlightsOfMatrix,
  matricesOfLibrary,
  restoreMatrix,
} from '../../../../src-renderer/src/db/ach';
import { withRating } from '../../../../src-renderer/src/db/ach-edit';
import { createHighlight, deleteHighlight } from '../../../../src-renderer/src/db/highlights';
import type { DossierDb } from '../../../../src-renderer/src/db/schema';
import { LIB, newHighlight, withTestDb } from '../db/fake-db';

const T0 = Date.UTC(2024, 2, 14, 9, 0, 0);
let db: DossierDb;
withTestDb(T0, (opened) => (db = opened));

describe('matrices in Dexie', () => {
  it('copies a matrix with its rows and ratings under a new id, and lists the copy first', async () => {
    const made = await createMatrix(db, LIB, 'Who did it?');
    const h = await createHighlight(db, LIB, newHighlight());
    await addHighlightRows(db, made.id, [h]);
    const row = (await db.achMatrices.get(made.id))?.rows[0];
    const first = made.hypotheses[0];
    if (!row || !first) throw new Error('no row or hypothesis');
    await editMatrix(db, made.id, (m) => withRating(m, row.id, first.id, 'II'));
    vi.setSystemTime(T0 + 60_000);
    const copy = await duplicateMatrix(db, made.id);
    expect(copy?.id).not.toBe(made.id);
    expect(copy?.question).toBe('Who did it? (copy)');
    expect(copy?.rows[0]?.ratings).toEqual({ [first.id]: 'II' });
    expect((await matricesOfLibrary(db, LIB)).map((m) => m.question)).toEqual(['Who did it? (copy)', 'Who did it?']);
    expect(await duplicateMatrix(db, 'gone')).toBeUndefined();
  });

  it('deletes a matrix and restores it whole', async () => {
    const made = await createMatrix(db, LIB, 'Why now?');
    await addTypedRow(db, made.id, 'assumption', 'The ceasefire holds');
    const deleted = await deleteMatrix(db, made.id);
    expect(await matricesOfLibrary(db, LIB)).toEqual([]);
    expect(await deleteMatrix(db, made.id)).toBeUndefined();
    if (!deleted) throw new Error('nothing deleted');
    await restoreMatrix(db, deleted);
    expect(await db.achMatrices.get(made.id)).toEqual(deleted);
  });

  it('finds the highlights a matrix quotes, without one deleted since', async () => {
    const made = await createMatrix(db, LIB, 'What next?');
    const a = await createHighlight(db, LIB, newHighlight());
    const b = await createHighlight(db, LIB, newHighlight({ articleId: 'other.txt' }));
    await addHighlightRows(db, made.id, [a, b]);
    expect([...(await highlightsOfMatrix(db, made.id)).keys()].sort()).toEqual([a.id, b.id].sort());
    await deleteHighlight(db, a.id);
    expect([...(await highlightsOfMatrix(db, made.id)).keys()]).toEqual([b.id]);
    expect((await highlightsOfMatrix(db, null)).size).toBe(0);
  });
});
