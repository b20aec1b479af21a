// Importing an export back: export, wipe and import gives an identical database record by record (briefs
// and palette included); a repeat adds nothing; newer records update older ones; records changed on both
// sides keep both notes and all tags; and imported work lands beside what the database already holds.
import { describe, expect, it, vi } from 'vitest';
import { createHighlight, saveArticleAnnotation, updateHighlight } from '../../../../src-renderer/src/db/highlights';
import { exportWork, replaceWork, readWorkFile } from '../../../../src-renderer/src/db/portability';
import { NOTE_SEPARATOR } from '../../../../src-renderer/src/db/work-merge';
import { dumpWork, LIB, newHighlight } from './fake-db';
import { analystDb, ARTICLES, freshDb, importText, T0, withPortabilityClock, workDb } from './portability-fixture';

withPortabilityClock();

const HARBOUR = {
  id: 'local/harbour-strike.txt',
  hash: 'hash-harbour',
  title: 'Harbour strike leaves container ships waiting',
};

describe('import of an export', () => {
  it('into a wiped database gives back the same database, record by record', async () => {
    const { db } = await workDb();
    const file = await exportWork(db, ARTICLES);
    const original = await dumpWork(db);
    expect(original.highlights).toHaveLength(3);
    expect(original.annotations).toHaveLength(2);
    expect(original.briefs).toHaveLength(1);
    expect(original.palette.find((p) => p.key === 'red')?.label).toBe('Disputed source');

    vi.setSystemTime(T0 + 60_000);
    const wiped = await freshDb();
    const plan = await importText(wiped, file);
    // Six records are new; the renamed colour updates the fresh database's default name; four colours match.
    expect(plan.counts).toEqual({ added: 6, updated: 1, conflicts: 0, unchanged: 4, refused: 0 });
    expect(await dumpWork(wiped)).toEqual(original);
  });

  it('replacing all work with an export gives the same database too', async () => {
    const { db } = await workDb();
    const file = await exportWork(db, ARTICLES);
    const other = await freshDb();
    await createHighlight(other, LIB, newHighlight({ articleId: 'gone.txt' }));
    await replaceWork(other, readWorkFile(file));
    expect(await dumpWork(other)).toEqual(await dumpWork(db));
  });

  it('twice, or into the database it came from, changes nothing', async () => {
    const { db } = await workDb();
    const file = await exportWork(db, ARTICLES);
    const before = await dumpWork(db);
    expect((await importText(db, file)).counts).toMatchObject({ added: 0, updated: 0, conflicts: 0, unchanged: 11 });
    expect(await dumpWork(db)).toEqual(before);

    const restored = await freshDb();
    await importText(restored, file);
    const once = await dumpWork(restored);
    vi.setSystemTime(T0 + 60_000);
    expect((await importText(restored, file)).counts).toMatchObject({ added: 0, updated: 0, unchanged: 11 });
    expect(await dumpWork(restored)).toEqual(once);
  });

  it('a newer record updates an older one; one changed on both sides keeps both notes and all tags', async () => {
    const { db, ids } = await analystDb();
    const target = await freshDb();
    await importText(target, await exportWork(db, ARTICLES));

    vi.setSystemTime(T0 + 10_000);
    await updateHighlight(db, ids[0] ?? '', { note: 'Edited on the laptop', color: 'blue', tags: ['laptop'] });
    await saveArticleAnnotation(db, LIB, HARBOUR, { note: 'Mediation offered.' });
    const newer = await exportWork(db, ARTICLES);
    expect((await importText(target, newer)).counts).toMatchObject({ added: 0, updated: 2, conflicts: 0 });
    expect(await dumpWork(target)).toEqual(await dumpWork(db));

    // The desktop edits the same highlight later still: the laptop's file is older, but its note is kept.
    vi.setSystemTime(T0 + 20_000);
    await updateHighlight(target, ids[0] ?? '', { note: 'Edited on the desktop', color: 'green', tags: ['desktop'] });
    vi.setSystemTime(T0 + 30_000);
    const plan = await importText(target, newer);
    expect(plan.counts).toMatchObject({ added: 0, updated: 0, conflicts: 1, unchanged: 9 });
    expect(plan.conflicts).toEqual([
      expect.stringMatching(/^Highlight “\u2068Sergey Lavrov\u2069” in .*: both notes kept; tags united/),
    ]);
    expect(await target.highlights.get(ids[0] ?? '')).toMatchObject({
      note: `Edited on the laptop${NOTE_SEPARATOR}Edited on the desktop`,
      tags: ['desktop', 'laptop'],
      color: 'green',
      updatedAt: T0 + 30_000,
    });
    // Importing it once more finds everything already there.
    expect((await importText(target, newer)).counts).toMatchObject({ conflicts: 0, updated: 0, unchanged: 10 });
  });

  it('adds imported work beside what the database already has', async () => {
    const { db } = await workDb();
    const target = await freshDb();
    const own = await createHighlight(target, LIB, newHighlight({ articleId: 'own.txt' }));
    await importText(target, await exportWork(db, ARTICLES));
    expect(await target.highlights.count()).toBe(4);
    expect(await target.highlights.get(own.id)).toEqual(own);
    expect(await target.briefs.count()).toBe(1);
  });

  it('reads an older export (annotations only), leaving briefs and colour names alone', async () => {
    const { db } = await workDb();
    const current = JSON.parse(await exportWork(db, ARTICLES)) as Record<string, unknown>;
    const old = { type: 'AnnotationCollection', items: current.items, total: current.total };
    const target = await freshDb();
    const work = readWorkFile(JSON.stringify(old));
    expect(work.kind).toBe('annotations');
    expect((await importText(target, JSON.stringify(old))).counts).toMatchObject({ added: 5, refused: 0 });
    const restored = await dumpWork(target);
    const original = await dumpWork(db);
    expect(restored.highlights).toEqual(original.highlights);
    expect(restored.annotations).toEqual(original.annotations);
    expect(restored.briefs).toEqual([]);
    expect(restored.palette.find((p) => p.key === 'red')?.label).toBe('Claim to verify');
  });
});
