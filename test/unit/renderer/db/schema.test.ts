// Data written by the first release (schema version 1) opens unchanged in the current DossierDb, its work
// waiting for the first library opened to claim it (version 3 gave work a library).
// It reads through the current modules and compares with toMatchObject, so it stays valid as versions are added:
// a later version that moves data adds its expected upgrade here.
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleAnnotation, highlightsForArticle } from '../../../../src-renderer/src/db/highlights';
import {
  DossierDb,
  SCHEMA_V1,
  UNCLAIMED,
  type ArticleAnnotation,
  type Highlight,
  type PaletteEntry,
} from '../../../../src-renderer/src/db/schema';
import { listTags } from '../../../../src-renderer/src/db/tags';
import { beforeLibraries, storedAnnotation, storedHighlight, uniqueDbName, resetFakeIndexedDb, LIB } from './fake-db';
import { claimWork } from '../../../../src-renderer/src/db/library-claims';

const V1_HIGHLIGHTS: Omit<Highlight, 'libraryId'>[] = [
  storedHighlight('0b7f6a52-1c0e-4a8e-9d7e-6c1f0f6f0a01', {
    articleId: 'world/blinken.txt',
    tags: ['diplomacy', 'lavrov'],
    note: 'First release note',
  }),
  storedHighlight('0b7f6a52-1c0e-4a8e-9d7e-6c1f0f6f0a02', {
    articleId: 'world/blinken.txt',
    color: 'purple',
    tags: ['diplomacy'],
  }),
  storedHighlight('0b7f6a52-1c0e-4a8e-9d7e-6c1f0f6f0a03', {
    articleId: 'local/harbour.txt',
    color: 'green',
    position: { start: 0, end: 22 },
  }),
].map(beforeLibraries);
const V1_ANNOTATIONS: Omit<ArticleAnnotation, 'libraryId'>[] = [
  storedAnnotation('world/blinken.txt', { tags: ['diplomacy'] }),
  storedAnnotation('local/harbour.txt', { note: '', tags: ['labour'] }),
].map(beforeLibraries);
/** The first release's palette with the analyst's own labels, in their own order. */
const V1_PALETTE: PaletteEntry[] = [
  { key: 'red', label: 'Unverified', order: 0 },
  { key: 'yellow', label: 'Key fact', order: 1 },
  { key: 'purple', label: 'Contradiction', order: 2 },
  { key: 'blue', label: 'Background', order: 3 },
  { key: 'green', label: 'Ask the desk', order: 4 },
];

let name: string;
const open: Dexie[] = [];

beforeEach(async () => {
  resetFakeIndexedDb();
  name = uniqueDbName('dossier-v1');
  // What the previous release wrote: its own Dexie declaration, no later versions.
  const previous = new Dexie(name);
  previous.version(1).stores(SCHEMA_V1);
  await previous.table('highlights').bulkAdd(V1_HIGHLIGHTS);
  await previous.table('articleAnnotations').bulkAdd(V1_ANNOTATIONS);
  await previous.table('palette').bulkAdd(V1_PALETTE);
  previous.close();
});

afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

async function openCurrent(): Promise<DossierDb> {
  const db = new DossierDb(name);
  open.push(db);
  await db.open();
  return db;
}

describe('opening version 1 data with the current DossierDb', () => {
  it('opens without an upgrade error, every version 1 record still there', async () => {
    const db = await openCurrent();
    const counts = { highlights: 0, articleAnnotations: 0, palette: 0 };
    for (const table of Object.keys(SCHEMA_V1) as (keyof typeof counts)[])
      counts[table] = await db.table(table).count();
    expect(counts).toEqual({
      highlights: V1_HIGHLIGHTS.length,
      articleAnnotations: V1_ANNOTATIONS.length,
      palette: V1_PALETTE.length,
    });
  });

  it('reads back every highlight unchanged, waiting to be claimed', async () => {
    const db = await openCurrent();
    expect(await db.highlights.count()).toBe(V1_HIGHLIGHTS.length);
    for (const written of V1_HIGHLIGHTS) {
      expect(await db.highlights.get(written.id)).toEqual({ ...written, libraryId: UNCLAIMED });
    }
  });

  it('reads back every article note unchanged, waiting to be claimed', async () => {
    const db = await openCurrent();
    expect(await db.articleAnnotations.count()).toBe(V1_ANNOTATIONS.length);
    for (const written of V1_ANNOTATIONS) {
      expect(await articleAnnotation(db, UNCLAIMED, written.articleId)).toEqual({ ...written, libraryId: UNCLAIMED });
    }
  });

  it('keeps the palette the analyst had instead of filling in the defaults again', async () => {
    const db = await openCurrent();
    const palette = await db.palette.orderBy('order').toArray();
    expect(palette).toHaveLength(V1_PALETTE.length);
    palette.forEach((entry, i) => expect(entry).toMatchObject(V1_PALETTE[i] ?? {}));
  });

  it('answers the queries the app makes over the old records once the library opened claims them', async () => {
    const db = await openCurrent();
    expect(await listTags(db, LIB)).toEqual([]);
    expect(await claimWork(db, LIB, [])).toBe(V1_HIGHLIGHTS.length + V1_ANNOTATIONS.length);
    const blinken = await highlightsForArticle(db, LIB, 'world/blinken.txt');
    expect(blinken.map((h) => h.id).sort()).toEqual([V1_HIGHLIGHTS[0]?.id, V1_HIGHLIGHTS[1]?.id].sort());
    expect(await listTags(db, LIB)).toEqual([
      { tag: 'diplomacy', count: 3 },
      { tag: 'labour', count: 1 },
      { tag: 'lavrov', count: 1 },
    ]);
    expect(await db.highlights.where('tags').equals('lavrov').primaryKeys()).toEqual([V1_HIGHLIGHTS[0]?.id]);
  });

  it('opens again after the upgrade with the same data', async () => {
    const first = await openCurrent();
    const all = await first.highlights.toArray();
    first.close();
    const again = await openCurrent();
    expect(await again.highlights.toArray()).toEqual(all);
  });
});
