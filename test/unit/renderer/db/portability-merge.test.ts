// Importing an annotations export back: a round trip reproduces the work, a repeat adds nothing, and
// records are merged by age beside what the database already holds.
import { describe, expect, it, vi } from 'vitest';
import { createHighlight, saveArticleAnnotation, updateHighlight } from '../../../../src-renderer/src/db/highlights';
import { exportAnnotations, importAnnotations } from '../../../../src-renderer/src/db/portability';
import { dumpWork, newHighlight, LIB } from './fake-db';
import { analystDb, ARTICLES, freshDb, T0, withPortabilityClock } from './portability-fixture';

withPortabilityClock();

describe('importAnnotations', () => {
  it('into a fresh database reproduces the same highlights and notes', async () => {
    const { db } = await analystDb();
    const file = await exportAnnotations(db, ARTICLES);
    const restored = await freshDb();
    expect(await importAnnotations(restored, file)).toEqual({ added: 5, updated: 0, unchanged: 0, skipped: [] });
    const original = await dumpWork(db);
    expect(original.highlights).toHaveLength(3);
    expect(original.annotations).toHaveLength(2);
    expect(await dumpWork(restored)).toEqual(original);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    const { db } = await analystDb();
    const file = await exportAnnotations(db, ARTICLES);
    const restored = await freshDb();
    await importAnnotations(restored, file);
    const once = await dumpWork(restored);
    vi.setSystemTime(T0 + 60_000);
    expect(await importAnnotations(restored, file)).toEqual({ added: 0, updated: 0, unchanged: 5, skipped: [] });
    expect(await dumpWork(restored)).toEqual(once);
  });

  it('into the database it came from changes nothing', async () => {
    const { db } = await analystDb();
    const before = await dumpWork(db);
    expect(await importAnnotations(db, await exportAnnotations(db, ARTICLES))).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 5,
    });
    expect(await dumpWork(db)).toEqual(before);
  });

  it('a newer imported record replaces an older one; an older one leaves a newer one alone', async () => {
    const { db, ids } = await analystDb();
    const target = await freshDb();
    await importAnnotations(target, await exportAnnotations(db, ARTICLES));

    vi.setSystemTime(T0 + 10_000);
    await updateHighlight(db, ids[0] ?? '', { note: 'Edited on the laptop', color: 'blue' });
    await saveArticleAnnotation(
      db,
      LIB,
      { id: 'local/harbour-strike.txt', hash: 'hash-harbour', title: 'Harbour strike leaves container ships waiting' },
      { note: 'Mediation offered.' },
    );
    const newer = await exportAnnotations(db, ARTICLES);
    expect(await importAnnotations(target, newer)).toEqual({ added: 0, updated: 2, unchanged: 3, skipped: [] });
    expect(await dumpWork(target)).toEqual(await dumpWork(db));

    // Now the target edits the same highlight later still; the laptop's export is older and loses.
    vi.setSystemTime(T0 + 20_000);
    await updateHighlight(target, ids[0] ?? '', { note: 'Edited on the desktop' });
    expect(await importAnnotations(target, newer)).toMatchObject({ added: 0, updated: 0, unchanged: 5 });
    expect((await target.highlights.get(ids[0] ?? ''))?.note).toBe('Edited on the desktop');
  });

  it('adds imported work beside what the database already has', async () => {
    const { db } = await analystDb();
    const target = await freshDb();
    const own = await createHighlight(target, LIB, newHighlight({ articleId: 'own.txt' }));
    await importAnnotations(target, await exportAnnotations(db, ARTICLES));
    expect(await target.highlights.count()).toBe(4);
    expect(await target.highlights.get(own.id)).toEqual(own);
  });
});
