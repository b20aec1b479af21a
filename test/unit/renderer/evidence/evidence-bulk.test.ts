// The evidence table's bulk actions on fake-indexeddb: each changes every highlight chosen, skips what is
// already so, and its Undo puts the work back as it was.
import { describe, expect, it } from 'vitest';
import { createMatrix } from '../../../../src-renderer/src/db/ach';
import { createBrief } from '../../../../src-renderer/src/db/briefs';
import { createHighlight, updateHighlight } from '../../../../src-renderer/src/db/highlights';
import { linksOfLibrary } from '../../../../src-renderer/src/db/links';
import type { DossierDb, Highlight } from '../../../../src-renderer/src/db/schema';
import {
  addHighlightsToBrief,
  addHighlightsToMatrix,
  linkToHighlight,
  recolourHighlights,
  restoreHighlightFields,
  tagHighlights,
  undoBriefAddition,
  undoMatrixAddition,
  unlink,
} from '../../../../src-renderer/src/features/evidence/evidence-bulk';
import { LIB, newHighlight, withTestDb } from '../db/fake-db';

let db: DossierDb;
withTestDb(Date.UTC(2024, 2, 14), (opened) => (db = opened));

async function three(): Promise<Highlight[]> {
  const a = await createHighlight(db, LIB, newHighlight({ articleId: 'a.txt' }));
  const b = await createHighlight(db, LIB, newHighlight({ articleId: 'b.txt', color: 'red' }));
  const c = await createHighlight(db, LIB, newHighlight({ articleId: 'c.txt' }));
  await updateHighlight(db, a.id, { tags: ['kept'] });
  await updateHighlight(db, c.id, { tags: ['ceasefire'] });
  return [a, b, c];
}

const stored = async (): Promise<Highlight[]> => db.highlights.orderBy('articleId').toArray();

describe('bulk tag and recolour', () => {
  it('adds a tag to those without it, and Undo takes it off again', async () => {
    const hs = await three();
    const before = await tagHighlights(
      db,
      hs.map((h) => h.id),
      ' Ceasefire ',
    );
    expect(before.map((b) => b.id)).toEqual([hs[0]?.id, hs[1]?.id]);
    expect((await stored()).map((h) => h.tags)).toEqual([['ceasefire', 'kept'], ['ceasefire'], ['ceasefire']]);
    await restoreHighlightFields(db, before);
    expect((await stored()).map((h) => h.tags)).toEqual([['kept'], [], ['ceasefire']]);
  });

  it('recolours, and Undo gives each its own colour back', async () => {
    const hs = await three();
    const before = await recolourHighlights(
      db,
      hs.map((h) => h.id),
      'red',
    );
    expect(before).toHaveLength(2);
    expect((await stored()).map((h) => h.color)).toEqual(['red', 'red', 'red']);
    await restoreHighlightFields(db, before);
    expect((await stored()).map((h) => h.color)).toEqual(['yellow', 'red', 'yellow']);
  });
});

describe('bulk add to a brief', () => {
  it('makes a new brief holding them in order, and Undo deletes it', async () => {
    const hs = await three();
    const added = await addHighlightsToBrief(db, null, hs);
    expect(added.added).toBe(3);
    const brief = await db.briefs.get(added.briefId);
    expect(brief?.sections.at(-1)?.items.map((i) => i.highlightId)).toEqual(hs.map((h) => h.id));
    await undoBriefAddition(db, added);
    expect(await db.briefs.count()).toBe(0);
  });

  it('adds to an existing brief only what it does not hold, and Undo puts the brief back', async () => {
    const hs = await three();
    const brief = await createBrief(db, 'Weekly');
    await addHighlightsToBrief(db, brief.id, hs.slice(0, 1));
    const before = await db.briefs.get(brief.id);
    const added = await addHighlightsToBrief(db, brief.id, hs);
    expect(added).toMatchObject({ title: 'Weekly', added: 2 });
    await undoBriefAddition(db, added);
    expect(await db.briefs.get(brief.id)).toEqual(before);
  });
});

describe('bulk link and matrix', () => {
  it('links each to the one chosen (itself left out), and Undo removes the links made', async () => {
    const [a, b, c] = (await three()) as [Highlight, Highlight, Highlight];
    const made = await linkToHighlight(db, LIB, [a.id, b.id, c.id], c.id, 'supports');
    expect(made).toHaveLength(2);
    const links = await linksOfLibrary(db, LIB);
    // Stored in id order (random ids): compare as a set.
    expect(links.map((l) => [l.from, l.to, l.type]).sort()).toEqual(
      [
        [a.id, c.id, 'supports'],
        [b.id, c.id, 'supports'],
      ].sort(),
    );
    expect(await linkToHighlight(db, LIB, [a.id], c.id, 'supports')).toEqual([]);
    await unlink(db, made);
    expect(await linksOfLibrary(db, LIB)).toEqual([]);
  });

  it('weighs them in a matrix without repeats; Undo takes out the rows added or the matrix made', async () => {
    const hs = await three();
    const matrix = await createMatrix(db, LIB, 'Who cut the cable?');
    await addHighlightsToMatrix(db, LIB, matrix.id, hs.slice(0, 1));
    const added = await addHighlightsToMatrix(db, LIB, matrix.id, hs);
    expect(added).toMatchObject({ added: 2, created: false, question: 'Who cut the cable?' });
    expect((await db.achMatrices.get(matrix.id))?.rows.map((r) => r.highlightId)).toEqual(hs.map((h) => h.id));
    if (added) await undoMatrixAddition(db, added);
    expect((await db.achMatrices.get(matrix.id))?.rows.map((r) => r.highlightId)).toEqual([hs[0]?.id]);

    const fresh = await addHighlightsToMatrix(db, LIB, null, hs, 'Why now?');
    expect(fresh).toMatchObject({ added: 3, created: true, question: 'Why now?' });
    if (fresh) await undoMatrixAddition(db, fresh);
    expect(await db.achMatrices.count()).toBe(1);
  });
});
