// Typed links between highlights on fake-indexeddb: create (one link a pair, one library), delete with undo,
// a highlight's links with their other end, and a deleted highlight's links hidden until its Undo.
import { describe, expect, it, vi } from 'vitest';
import {
  createHighlight,
  deleteHighlight,
  restoreHighlight,
  updateHighlight,
} from '../../../../src-renderer/src/db/highlights';
import {
  createLink,
  deleteLink,
  linkNetwork,
  linksOfHighlight,
  linksOfLibrary,
  restoreLink,
} from '../../../../src-renderer/src/db/links';
import type { DossierDb, Highlight } from '../../../../src-renderer/src/db/schema';
import { LIB, newHighlight, withTestDb } from './fake-db';

const T0 = Date.UTC(2024, 2, 14, 9, 0, 0);
let db: DossierDb;
withTestDb(T0, (opened) => (db = opened));

async function three(): Promise<[Highlight, Highlight, Highlight]> {
  const a = await createHighlight(db, LIB, newHighlight({ articleId: 'reuters/story.txt' }));
  const b = await createHighlight(db, LIB, newHighlight({ articleId: 'guardian/copy.txt' }));
  const c = await createHighlight(db, LIB, newHighlight({ articleId: 'ap/report.txt' }));
  return [a, b, c];
}

describe('highlight links', () => {
  it('createLink stores a typed link of the library with its times', async () => {
    const [a, b] = await three();
    const { link, created } = await createLink(db, LIB, { from: b.id, to: a.id, type: 'same-claim' });
    expect(created).toBe(true);
    expect(link).toEqual({
      id: link.id,
      libraryId: LIB,
      from: b.id,
      to: a.id,
      type: 'same-claim',
      createdAt: T0,
      updatedAt: T0,
    });
    expect(await db.highlightLinks.get(link.id)).toEqual(link);
  });

  it('a pair holds one link: linking again, either way round, returns the first unchanged', async () => {
    const [a, b] = await three();
    const first = await createLink(db, LIB, { from: a.id, to: b.id, type: 'supports' });
    const again = await createLink(db, LIB, { from: b.id, to: a.id, type: 'contradicts' });
    expect(again).toEqual({ link: first.link, created: false });
    expect(await db.highlightLinks.count()).toBe(1);
  });

  it('refuses a link to itself, to a highlight that is gone, or across libraries', async () => {
    const [a] = await three();
    const other = await createHighlight(db, 'library-b', newHighlight());
    await expect(createLink(db, LIB, { from: a.id, to: a.id, type: 'supports' })).rejects.toThrow(/itself/);
    await expect(createLink(db, LIB, { from: a.id, to: 'gone', type: 'supports' })).rejects.toThrow(/no longer/);
    await expect(createLink(db, LIB, { from: a.id, to: other.id, type: 'supports' })).rejects.toThrow(/library/);
    expect(await db.highlightLinks.count()).toBe(0);
  });

  it('linksOfHighlight gives each link with its other highlight and which way it reads, oldest first', async () => {
    const [a, b, c] = await three();
    const ab = await createLink(db, LIB, { from: a.id, to: b.id, type: 'same-claim' });
    vi.setSystemTime(T0 + 1000);
    const ca = await createLink(db, LIB, { from: c.id, to: a.id, type: 'supports' });
    expect(await linksOfHighlight(db, a.id)).toEqual([
      { link: ab.link, other: b, direction: 'out' },
      { link: ca.link, other: c, direction: 'in' },
    ]);
    expect(await linksOfHighlight(db, c.id)).toEqual([{ link: ca.link, other: a, direction: 'out' }]);
    expect(await linksOfHighlight(db, null)).toEqual([]);
  });

  it('deleteLink returns the link; restoreLink puts it back exactly', async () => {
    const [a, b] = await three();
    const { link } = await createLink(db, LIB, { from: a.id, to: b.id, type: 'contradicts' });
    const deleted = await deleteLink(db, link.id);
    expect(deleted).toEqual(link);
    expect(await linksOfHighlight(db, a.id)).toEqual([]);
    expect(await deleteLink(db, link.id)).toBeUndefined();
    expect(await restoreLink(db, link)).toBe(true);
    expect(await db.highlightLinks.get(link.id)).toEqual(link);
  });

  it('restoreLink does not put back a second link when the pair was linked again meanwhile', async () => {
    const [a, b] = await three();
    const { link } = await createLink(db, LIB, { from: a.id, to: b.id, type: 'supports' });
    await deleteLink(db, link.id);
    const relinked = await createLink(db, LIB, { from: b.id, to: a.id, type: 'same-claim' });
    expect(await restoreLink(db, link)).toBe(false);
    expect(await linksOfLibrary(db, LIB)).toEqual([relinked.link]);
  });

  it('a deleted highlight’s links are hidden everywhere, and its Undo brings them back', async () => {
    const [a, b, c] = await three();
    const ab = await createLink(db, LIB, { from: a.id, to: b.id, type: 'same-claim' });
    vi.setSystemTime(T0 + 1000);
    const cb = await createLink(db, LIB, { from: c.id, to: b.id, type: 'supports' });
    const deleted = await deleteHighlight(db, a.id);
    expect(await linksOfHighlight(db, b.id)).toEqual([{ link: cb.link, other: c, direction: 'in' }]);
    expect(await linksOfLibrary(db, LIB)).toEqual([cb.link]);
    const network = await linkNetwork(db, LIB);
    expect([...network.highlights.keys()].sort()).toEqual([b.id, c.id].sort());

    if (!deleted) throw new Error('nothing was deleted');
    await restoreHighlight(db, deleted);
    expect((await linksOfHighlight(db, b.id)).map((l) => l.link)).toEqual([ab.link, cb.link]);
    expect(await linksOfLibrary(db, LIB)).toEqual([ab.link, cb.link]);
  });

  it('linkNetwork is one library’s links and the highlights they reach, current as highlights change', async () => {
    const [a, b, c] = await three();
    const ab = await createLink(db, LIB, { from: a.id, to: b.id, type: 'derived-from' });
    const x = await createHighlight(db, 'library-b', newHighlight());
    const y = await createHighlight(db, 'library-b', newHighlight());
    await createLink(db, 'library-b', { from: x.id, to: y.id, type: 'supports' });
    await updateHighlight(db, a.id, { credibility: 1 });

    const network = await linkNetwork(db, LIB);
    expect(network.links).toEqual([ab.link]);
    expect(network.highlights.get(a.id)?.credibility).toBe(1);
    expect(network.highlights.has(c.id)).toBe(false);
    expect(await linkNetwork(db, null)).toEqual({ links: [], highlights: new Map() });
  });

  it('marking a claim confirmed sets credibility 1, and its Undo leaves it unjudged again', async () => {
    const [a] = await three();
    await updateHighlight(db, a.id, { credibility: 1 });
    expect((await db.highlights.get(a.id))?.credibility).toBe(1);
    await updateHighlight(db, a.id, { credibility: undefined });
    expect(await db.highlights.get(a.id)).not.toHaveProperty('credibility');
  });
});
