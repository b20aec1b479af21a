// Briefs on fake-indexeddb: create, save, copy, delete with undo, list, add a highlight; and version 1
// data (no briefs table) opening in the current DossierDb with its highlights kept and a working, empty briefs
// table.
import { newBriefTitle } from '../../../../src-shared/briefs/brief-name';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addItems, updateSection } from '../../../../src-renderer/src/db/brief-edit';
import {
  addHighlightToBrief,
  briefById,
  briefsNewestFirst,
  copyBrief,
  createBrief,
  deleteBrief,
  restoreBrief,
  saveBrief,
} from '../../../../src-renderer/src/db/briefs';
import {
  DossierDb,
  SCHEMA_V1,
  type Brief,
  type BriefItem,
  type Highlight,
} from '../../../../src-renderer/src/db/schema';
import { beforeLibraries, withTestDb, resetFakeIndexedDb, storedHighlight, uniqueDbName } from './fake-db';

const T0 = Date.UTC(2024, 2, 18, 9, 12, 0);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function item(highlightId: string): Omit<BriefItem, 'id'> {
  return {
    highlightId,
    comment: `Comment on ${highlightId}`,
    quote: `Quote of ${highlightId}`,
    articleId: 'world/blinken.txt',
    articleTitle: 'Blinken',
  };
}

/** A brief with two sections and evidence in both, as the composer would leave it. */
function fullBrief(brief: Brief): Brief {
  const first = brief.sections[0]?.id ?? '';
  const withItems = addItems(
    updateSection(brief, first, { heading: 'Diplomacy', text: 'The **condition** matters.' }),
    [item('h-1'), item('h-2')],
    first,
  );
  const second = { id: 'section-2', heading: 'Context', text: '', items: [] };
  return addItems(
    { ...withItems, summary: 'In short.', sections: [...withItems.sections, second] },
    [item('h-3')],
    'section-2',
  );
}

describe('briefs', () => {
  let db: DossierDb;

  withTestDb(T0, (opened) => (db = opened));

  it('createBrief stores a brief named after the day, with one empty section and the time', async () => {
    const brief = await createBrief(db);
    expect(brief).toEqual({
      id: expect.stringMatching(UUID),
      title: newBriefTitle([], new Date(T0)),
      summary: '',
      sections: [{ id: expect.stringMatching(UUID), heading: 'Findings', text: '', items: [] }],
      createdAt: T0,
      updatedAt: T0,
    });
    expect(await db.briefs.get(brief.id)).toEqual(brief);
    expect(brief.title).toMatch(/^Brief \d{1,2} Mar 2024$/);
    const second = await createBrief(db);
    expect(second.title).toBe(`${brief.title} (2)`);
    expect((await createBrief(db, 'Named')).title).toBe('Named');
  });

  it('createBrief takes a title and gives every brief its own id', async () => {
    const a = await createBrief(db, 'Russia and NATO');
    const b = await createBrief(db, 'Russia and NATO');
    expect(a.title).toBe('Russia and NATO');
    expect(a.id).not.toBe(b.id);
    expect(await db.briefs.count()).toBe(2);
  });

  it('saveBrief stores the edited brief and stamps updatedAt, keeping createdAt', async () => {
    const brief = await createBrief(db);
    const edited = fullBrief({ ...brief, title: 'Talks' });
    vi.setSystemTime(T0 + 60_000);
    await saveBrief(db, edited);
    expect(await db.briefs.get(brief.id)).toEqual({ ...edited, createdAt: T0, updatedAt: T0 + 60_000 });
    expect(await db.briefs.count()).toBe(1);
  });

  it('saveBrief stamps the time even when the caller passes an older updatedAt', async () => {
    const brief = await createBrief(db);
    vi.setSystemTime(T0 + 5_000);
    await saveBrief(db, { ...brief, updatedAt: 1 });
    expect((await db.briefs.get(brief.id))?.updatedAt).toBe(T0 + 5_000);
  });

  it('copyBrief stores a copy with new ids, the original untouched', async () => {
    const original = fullBrief(await createBrief(db, 'Talks'));
    await saveBrief(db, original);
    const stored = await db.briefs.get(original.id);
    vi.setSystemTime(T0 + 60_000);
    const copy = await copyBrief(db, original.id);
    expect(copy).toMatchObject({
      title: 'Talks (copy)',
      summary: 'In short.',
      createdAt: T0 + 60_000,
      updatedAt: T0 + 60_000,
    });
    expect(copy?.id).not.toBe(original.id);
    expect(copy?.sections.map((s) => s.items.map((i) => i.highlightId))).toEqual([['h-1', 'h-2'], ['h-3']]);
    expect(copy?.sections.map((s) => s.id)).not.toContain(original.sections[0]?.id);
    expect(await db.briefs.get(copy?.id ?? '')).toEqual(copy);
    expect(await db.briefs.get(original.id)).toEqual(stored);
    expect(await db.briefs.count()).toBe(2);
  });

  it('copyBrief of an unknown id is undefined and stores nothing', async () => {
    expect(await copyBrief(db, 'nope')).toBeUndefined();
    expect(await db.briefs.count()).toBe(0);
  });

  it('deleteBrief removes the brief and returns it; restoreBrief brings it back intact', async () => {
    const keep = await createBrief(db, 'Keep');
    const brief = fullBrief(await createBrief(db, 'Talks'));
    await saveBrief(db, brief);
    const stored = await db.briefs.get(brief.id);

    const deleted = await deleteBrief(db, brief.id);
    expect(deleted).toEqual(stored);
    expect(await db.briefs.get(brief.id)).toBeUndefined();
    expect(await db.briefs.toArray()).toEqual([keep]);

    vi.setSystemTime(T0 + 120_000);
    await restoreBrief(db, deleted as Brief);
    expect(await db.briefs.get(brief.id)).toEqual(stored);
    expect(await db.briefs.count()).toBe(2);
  });

  it('deleteBrief of an unknown id is undefined and deletes nothing', async () => {
    await createBrief(db);
    expect(await deleteBrief(db, 'nope')).toBeUndefined();
    expect(await db.briefs.count()).toBe(1);
  });

  it('orders briefs by last change through the updatedAt index', async () => {
    const a = await createBrief(db, 'A');
    vi.setSystemTime(T0 + 1_000);
    const b = await createBrief(db, 'B');
    vi.setSystemTime(T0 + 2_000);
    await saveBrief(db, a);
    expect((await db.briefs.orderBy('updatedAt').toArray()).map((x) => x.title)).toEqual(['B', 'A']);
    expect(b.updatedAt).toBe(T0 + 1_000);
  });
});

describe('briefs as the page reads them', () => {
  let db: DossierDb;
  withTestDb(T0, (opened) => (db = opened));

  it('lists them newest first, and finds one by id (none for no id or a deleted one)', async () => {
    const older = await createBrief(db, 'Older');
    vi.setSystemTime(T0 + 1000);
    const newer = await createBrief(db, 'Newer');
    vi.setSystemTime(T0 + 2000);
    await saveBrief(db, { ...older, summary: 'Edited last.' });
    expect((await briefsNewestFirst(db)).map((b) => b.title)).toEqual(['Older', 'Newer']);
    expect(await briefById(db, newer.id)).toMatchObject({ title: 'Newer' });
    expect(await briefById(db, null)).toBeUndefined();
    await deleteBrief(db, newer.id);
    expect(await briefById(db, newer.id)).toBeUndefined();
  });

  it('adds a highlight to the last section of a brief, once, or to a new brief', async () => {
    const highlight = storedHighlight('h1', { quote: { exact: 'Sergey Lavrov', prefix: '', suffix: '' } });
    const brief = fullBrief(await createBrief(db, 'Talks'));
    await saveBrief(db, brief);
    expect(await addHighlightToBrief(db, brief.id, highlight)).toBe('Talks');
    await addHighlightToBrief(db, brief.id, highlight);
    const stored = await briefById(db, brief.id);
    expect(stored?.sections.at(-1)?.items.filter((i) => i.highlightId === 'h1')).toEqual([
      {
        id: expect.stringMatching(UUID),
        highlightId: 'h1',
        comment: '',
        quote: 'Sergey Lavrov',
        articleId: highlight.articleId,
        articleTitle: highlight.articleTitle,
      },
    ]);
    expect(await addHighlightToBrief(db, null, highlight)).toBe(newBriefTitle([], new Date(T0)));
    expect(await db.briefs.count()).toBe(2);
  });
});

describe('opening version 1 data (no briefs table) with the current DossierDb', () => {
  const V1_HIGHLIGHTS: Omit<Highlight, 'libraryId'>[] = [
    storedHighlight('0b7f6a52-1c0e-4a8e-9d7e-6c1f0f6f0b01', {
      tags: ['diplomacy'],
      note: 'Written by the first release',
    }),
    storedHighlight('0b7f6a52-1c0e-4a8e-9d7e-6c1f0f6f0b02', { articleId: 'local/harbour.txt', color: 'green' }),
  ].map(beforeLibraries);
  let name: string;
  let db: DossierDb | null = null;

  beforeEach(async () => {
    resetFakeIndexedDb();
    name = uniqueDbName('dossier-v1-briefs');
    const previous = new Dexie(name);
    previous.version(1).stores(SCHEMA_V1);
    await previous.table('highlights').bulkAdd(V1_HIGHLIGHTS);
    previous.close();
  });

  afterEach(() => {
    db?.close();
    db = null;
  });

  it('the version 1 database really has no briefs table', async () => {
    const previous = new Dexie(name);
    await previous.open();
    expect(previous.tables.map((t) => t.name)).not.toContain('briefs');
    previous.close();
  });

  it('opens, keeps the highlights, and has an empty briefs table', async () => {
    db = new DossierDb(name);
    await db.open();
    // Unchanged but for the library they belong to, which the library opened first claims.
    expect(await db.highlights.orderBy('id').toArray()).toEqual(V1_HIGHLIGHTS.map((h) => ({ ...h, libraryId: '' })));
    expect(await db.briefs.count()).toBe(0);
  });

  it('stores, reads and deletes briefs in the upgraded database, and they survive reopening', async () => {
    db = new DossierDb(name);
    await db.open();
    const brief = await createBrief(db, 'After the upgrade');
    expect(await db.briefs.get(brief.id)).toEqual(brief);
    db.close();

    db = new DossierDb(name);
    await db.open();
    expect(await db.briefs.toArray()).toEqual([brief]);
    expect(await db.highlights.count()).toBe(V1_HIGHLIGHTS.length);
    expect(await deleteBrief(db, brief.id)).toEqual(brief);
    expect(await db.briefs.count()).toBe(0);
  });
});
