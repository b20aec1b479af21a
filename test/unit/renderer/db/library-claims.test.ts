// Data written by version 2 (briefs, no libraries) opens in the current DossierDb with its work waiting to
// be claimed, and claiming files it under the library open: at the first open after the upgrade, when main
// recognised a moved library under its old id (the new id's work follows, notes merged, never dropped), and
// for work from another computer whose articles the library's files hold. ACH matrices and the links between
// highlights go with the rest.
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matricesOfLibrary } from '../../../../src-renderer/src/db/ach';
import {
  articleAnnotation,
  highlightsForArticle,
  saveArticleAnnotation,
} from '../../../../src-renderer/src/db/highlights';
import {
  adoptForeignWork,
  claimWork,
  foreignIds,
  libraryIdsWithWork,
  unclaimedWork,
} from '../../../../src-renderer/src/db/library-claims';
import { DossierDb, SCHEMA_V2, UNCLAIMED, type Brief } from '../../../../src-renderer/src/db/schema';
import {
  beforeLibraries,
  dumpWork,
  resetFakeIndexedDb,
  storedAnnotation,
  storedHighlight,
  storedMatrix,
  uniqueDbName,
} from './fake-db';

const A = 'library-a';
const B = 'library-b';
const V2_HIGHLIGHTS = [
  storedHighlight('h1', { articleId: 'report.txt', note: 'made before libraries' }),
  storedHighlight('h2', { articleId: 'other.txt', tags: ['ports'] }),
].map(beforeLibraries);
const V2_NOTES = [storedAnnotation('report.txt', { tags: ['strike'] })].map(beforeLibraries);
const V2_BRIEF: Brief = { id: 'b1', title: 'Ports', summary: '', sections: [], createdAt: 1, updatedAt: 1 };

let name = '';
let db: DossierDb | null = null;

beforeEach(async () => {
  resetFakeIndexedDb();
  name = uniqueDbName('dossier-v2');
  const previous = new Dexie(name);
  previous.version(2).stores(SCHEMA_V2);
  await previous.table('highlights').bulkAdd(V2_HIGHLIGHTS);
  await previous.table('articleAnnotations').bulkAdd(V2_NOTES);
  await previous.table('briefs').add(V2_BRIEF);
  previous.close();
});
afterEach(() => {
  db?.close();
  db = null;
});

async function current(): Promise<DossierDb> {
  db = new DossierDb(name);
  await db.open();
  return db;
}

describe('opening version 2 data', () => {
  it('keeps every record, each waiting for a library, and the briefs as they were', async () => {
    const opened = await current();
    expect(opened.tables.map((t) => t.name).sort()).toEqual([
      'achMatrices',
      'articleAnnotations',
      'briefs',
      'highlightLinks',
      'highlights',
      'palette',
      'sources',
    ]);
    expect(await opened.sources.count()).toBe(0);
    expect(await opened.highlightLinks.count()).toBe(0);
    expect(await opened.achMatrices.count()).toBe(0);
    const work = await dumpWork(opened);
    expect(work.highlights).toEqual(V2_HIGHLIGHTS.map((h) => ({ ...h, libraryId: UNCLAIMED })));
    expect(work.annotations).toEqual(V2_NOTES.map((n) => ({ ...n, libraryId: UNCLAIMED })));
    expect(await opened.briefs.toArray()).toEqual([V2_BRIEF]);
    expect(await unclaimedWork(opened)).toBe(3);
  });

  it('the first library opened claims it all; another library then sees none of it', async () => {
    const opened = await current();
    expect(await claimWork(opened, A, [])).toBe(3);
    expect(await unclaimedWork(opened)).toBe(0);
    expect((await highlightsForArticle(opened, A, 'report.txt')).map((h) => h.note)).toEqual(['made before libraries']);
    expect(await articleAnnotation(opened, A, 'report.txt')).toMatchObject({ tags: ['strike'] });
    expect(await highlightsForArticle(opened, B, 'report.txt')).toEqual([]);
    expect(await claimWork(opened, B, [])).toBe(0);
    expect(await articleAnnotation(opened, B, 'report.txt')).toBeUndefined();
  });

  it('opens again after the upgrade with the same data', async () => {
    const first = await current();
    await claimWork(first, A, []);
    const before = await dumpWork(first);
    first.close();
    expect(await dumpWork(await current())).toEqual(before);
  });
});

describe('claiming a former id', () => {
  it("moves the work made under the new id to the library's own, merging notes on the same article", async () => {
    const opened = await current();
    await claimWork(opened, A, []);
    // The moved folder was first opened as 'library-new' and a note written on report.txt meanwhile.
    await saveArticleAnnotation(
      opened,
      'library-new',
      { id: 'report.txt', hash: 'h', title: 'Report' },
      { note: 'new' },
    );
    await saveArticleAnnotation(opened, B, { id: 'report.txt', hash: 'h', title: 'Report' }, { note: 'B' });
    expect(await claimWork(opened, A, ['library-new'])).toBe(1);
    expect(await articleAnnotation(opened, A, 'report.txt')).toMatchObject({
      note: `${V2_NOTES[0]?.note}\n\nnew`,
      tags: ['strike'],
    });
    expect(await articleAnnotation(opened, 'library-new', 'report.txt')).toBeUndefined();
    expect(await articleAnnotation(opened, B, 'report.txt')).toMatchObject({ note: 'B' });
  });
});

/** Work an export from another computer brings: its library's id is not one this installation knows. */
const imported = (libraryId: string) => [
  storedHighlight('x1', { libraryId, articleId: 'report.txt', articleHash: 'hash-report' }),
  storedHighlight('x2', { libraryId, articleId: 'other.txt', articleHash: 'hash-other' }),
];

/** main's answer for a library holding these files, by content hash. */
const holds = (files: Record<string, string>) => async (hashes: readonly string[]) =>
  hashes.map((hash) => files[hash] ?? null);

describe('work from another computer', () => {
  it('is told apart from unclaimed work and the known libraries', async () => {
    const opened = await current();
    await claimWork(opened, A, []);
    await opened.highlights.bulkAdd([...imported('their-id'), storedHighlight('b1', { libraryId: B })]);
    const withWork = await libraryIdsWithWork(opened);
    expect(withWork).toEqual([A, B, 'their-id']);
    expect(foreignIds(withWork, A, [], [B])).toEqual(['their-id']);
    expect(foreignIds(withWork, A, ['their-id'], [B])).toEqual([]);
  });

  it('goes to the library whose files hold its articles, and only then; a stale answer adopts none', async () => {
    const opened = await current();
    await claimWork(opened, B, []);
    await opened.highlights.bulkAdd([
      ...imported('theirs'),
      ...imported('elsewhere').map((h) => ({ ...h, id: `e-${h.id}` })),
    ]);
    const library = holds({ 'hash-report': 'report.txt', 'hash-other': 'news/other.txt' });

    expect(await adoptForeignWork(opened, A, ['theirs'], library, () => true)).toEqual([]);
    expect(await adoptForeignWork(opened, A, ['theirs'], holds({}), () => false)).toEqual([]);
    expect(await adoptForeignWork(opened, A, ['theirs'], library, () => false)).toEqual(['theirs']);
    expect((await highlightsForArticle(opened, A, 'report.txt')).map((h) => h.id)).toEqual(['x1']);
    expect(await opened.highlights.where('libraryId').equals('elsewhere').count()).toBe(2);
  });
});

describe('ACH matrices and links', () => {
  it('wait with the rest to be claimed, and go with it to the first library opened', async () => {
    const opened = await current();
    await opened.achMatrices.add(storedMatrix('m1', { libraryId: UNCLAIMED }));
    await opened.highlightLinks.add({
      id: 'l1',
      libraryId: UNCLAIMED,
      from: 'h1',
      to: 'h2',
      type: 'supports',
      createdAt: 1,
      updatedAt: 1,
    });
    expect(await unclaimedWork(opened)).toBe(5);
    expect(await claimWork(opened, A, [])).toBe(5);
    expect(await unclaimedWork(opened)).toBe(0);
    expect((await matricesOfLibrary(opened, A)).map((m) => m.id)).toEqual(['m1']);
    expect(await opened.highlightLinks.get('l1')).toMatchObject({ libraryId: A });
    expect(await matricesOfLibrary(opened, B)).toEqual([]);
  });

  it("under a moved library's former id carry over as its highlights do; another library's stay", async () => {
    const opened = await current();
    await claimWork(opened, A, []);
    await opened.achMatrices.bulkAdd([
      storedMatrix('moved', { libraryId: 'library-new' }),
      storedMatrix('other', { libraryId: B }),
    ]);
    await opened.highlights.add(storedHighlight('h-new', { libraryId: 'library-new' }));
    expect(await libraryIdsWithWork(opened)).toEqual([A, B, 'library-new']);
    expect(await claimWork(opened, A, ['library-new'])).toBe(2);
    expect((await matricesOfLibrary(opened, A)).map((m) => m.id)).toEqual(['moved']);
    expect(await opened.achMatrices.get('moved')).toEqual(storedMatrix('moved', { libraryId: A }));
    expect((await matricesOfLibrary(opened, B)).map((m) => m.id)).toEqual(['other']);
  });

  it('from another computer are adopted with its highlights', async () => {
    const opened = await current();
    await claimWork(opened, B, []);
    await opened.highlights.bulkAdd(imported('theirs'));
    await opened.achMatrices.add(storedMatrix('m-theirs', { libraryId: 'theirs' }));
    const library = holds({ 'hash-report': 'report.txt', 'hash-other': 'news/other.txt' });
    expect(await adoptForeignWork(opened, A, ['theirs'], library, () => false)).toEqual(['theirs']);
    expect((await matricesOfLibrary(opened, A)).map((m) => m.id)).toEqual(['m-theirs']);
  });
});
