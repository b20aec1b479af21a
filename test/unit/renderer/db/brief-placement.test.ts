// Adding a highlight to a brief twice: the second time says it is already there, and writes nothing.
import { describe, expect, it, vi } from 'vitest';
import { briefById, briefHolds, createBrief, placeHighlightInBrief } from '../../../../src-renderer/src/db/briefs';
import type { DossierDb } from '../../../../src-renderer/src/db/schema';
import { storedHighlight, withTestDb } from './fake-db';

const T0 = Date.UTC(2024, 2, 18, 9, 12, 0);

describe('placing a highlight in a brief', () => {
  let db: DossierDb;
  withTestDb(T0, (opened) => {
    db = opened;
  });

  it('adds it once; the second time reports it already there and leaves the brief as it was', async () => {
    const highlight = storedHighlight('h1');
    const brief = await createBrief(db, 'Talks');
    expect(briefHolds(brief, 'h1')).toBe(false);

    const first = await placeHighlightInBrief(db, brief.id, highlight);
    expect(first).toEqual({ briefId: brief.id, title: 'Talks', added: true });
    const afterFirst = await briefById(db, brief.id);
    expect(afterFirst && briefHolds(afterFirst, 'h1')).toBe(true);

    vi.setSystemTime(T0 + 60_000);
    const second = await placeHighlightInBrief(db, brief.id, highlight);
    expect(second).toEqual({ briefId: brief.id, title: 'Talks', added: false });
    const afterSecond = await briefById(db, brief.id);
    expect(afterSecond).toEqual(afterFirst);
    expect(afterSecond?.sections.flatMap((s) => s.items).filter((i) => i.highlightId === 'h1')).toHaveLength(1);
  });

  it('another brief still takes it, and "New brief" makes one holding it', async () => {
    const highlight = storedHighlight('h2');
    const talks = await createBrief(db, 'Talks');
    const other = await createBrief(db, 'Sanctions');
    await placeHighlightInBrief(db, talks.id, highlight);
    expect(await placeHighlightInBrief(db, other.id, highlight)).toMatchObject({ title: 'Sanctions', added: true });
    const made = await placeHighlightInBrief(db, null, highlight);
    expect(made.added).toBe(true);
    expect(await db.briefs.count()).toBe(3);
  });
});
