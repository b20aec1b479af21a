// Work belongs to its library: two libraries that each have a file named report.txt, and every named query
// of db/ answering for one library only (highlights, notes, the missing-articles list, tags, the list's
// badges and the search documents), renames and reattachment staying inside it, and export and import
// keeping each record's library.
import { describe, expect, it } from 'vitest';
import {
  allHighlights,
  articleAnnotation,
  createHighlight,
  highlightsForArticle,
  highlightsInTextOrder,
  saveArticleAnnotation,
} from '../../../../src-renderer/src/db/highlights';
import { annotatedArticles, followRename, reattachByHash } from '../../../../src-renderer/src/db/identity';
import { applyImport, exportWork, readWorkFile } from '../../../../src-renderer/src/db/portability';
import type { DossierDb } from '../../../../src-renderer/src/db/schema';
import { listTags, renameTag } from '../../../../src-renderer/src/db/tags';
import { annotationDocs, annotationIndex } from '../../../../src-renderer/src/db/work-index';
import { dumpWork, newHighlight, openTestDb, withTestDb } from './fake-db';

const A = 'library-a';
const B = 'library-b';
const REPORT = { id: 'report.txt', hash: 'hash-report-a', title: 'Report from A' };

let db: DossierDb;
withTestDb(Date.UTC(2024, 4, 2, 9, 0, 0), (opened) => (db = opened));

/** Library A's work on its report.txt: a highlight tagged "ports" and a note; B has a file of that name too. */
async function workInA(): Promise<string> {
  const made = await createHighlight(db, A, newHighlight({ articleId: 'report.txt', articleHash: 'hash-report-a' }));
  await db.highlights.update(made.id, { note: 'walrus sighting', tags: ['ports'] });
  await saveArticleAnnotation(db, A, REPORT, { note: 'Note made in A', tags: ['strike'] });
  return made.id;
}

describe('queries of one library', () => {
  it("never answer with another library's work on a same-named file", async () => {
    const id = await workInA();
    expect((await highlightsForArticle(db, A, 'report.txt')).map((h) => h.id)).toEqual([id]);
    expect(await highlightsForArticle(db, B, 'report.txt')).toEqual([]);
    expect(await highlightsInTextOrder(db, B, 'report.txt')).toEqual([]);
    expect(await allHighlights(db, B)).toEqual([]);
    expect(await articleAnnotation(db, B, 'report.txt')).toBeUndefined();
    expect(await annotatedArticles(db, B)).toEqual([]);
    expect(await listTags(db, B)).toEqual([]);
    expect(await annotationIndex(db, B)).toEqual(new Map());
    expect(await annotationDocs(db, B)).toEqual([]);

    expect((await annotatedArticles(db, A)).map((a) => [a.articleId, a.highlights, a.hasNote])).toEqual([
      ['report.txt', 1, true],
    ]);
    expect((await annotationDocs(db, A)).map((d) => d.text)).toEqual([
      'Sergey Lavrov\nwalrus sighting',
      'Note made in A',
    ]);
  });

  it('answer nothing while no library is open', async () => {
    await workInA();
    expect(await highlightsForArticle(db, null, 'report.txt')).toEqual([]);
    expect(await allHighlights(db, null)).toEqual([]);
    expect(await articleAnnotation(db, null, 'report.txt')).toBeUndefined();
    expect(await annotatedArticles(db, null)).toEqual([]);
    expect(await listTags(db, null)).toEqual([]);
    expect(await annotationDocs(db, null)).toEqual([]);
  });

  it('keep a note per library on the same path, each changed without touching the other', async () => {
    await workInA();
    await saveArticleAnnotation(db, B, { ...REPORT, hash: 'hash-report-b' }, { note: 'Note made in B' });
    await saveArticleAnnotation(db, B, { ...REPORT, hash: 'hash-report-b' }, { note: '' });
    expect(await articleAnnotation(db, A, 'report.txt')).toMatchObject({ note: 'Note made in A', tags: ['strike'] });
    expect(await articleAnnotation(db, B, 'report.txt')).toBeUndefined();
  });
});

describe('changes in one library', () => {
  it('a rename seen in B moves nothing of A', async () => {
    const id = await workInA();
    await followRename(db, B, 'report.txt', 'renamed.txt');
    expect((await db.highlights.get(id))?.articleId).toBe('report.txt');
    expect(await articleAnnotation(db, A, 'report.txt')).toBeDefined();
    await followRename(db, A, 'report.txt', 'renamed.txt');
    expect((await db.highlights.get(id))?.articleId).toBe('renamed.txt');
    expect(await articleAnnotation(db, A, 'renamed.txt')).toMatchObject({ note: 'Note made in A' });
  });

  it("B's files never take A's missing work, even with the same content", async () => {
    const id = await workInA();
    const asked: string[][] = [];
    const bHasIt = async (hashes: readonly string[]) => {
      asked.push([...hashes]);
      return hashes.map(() => 'b-copy.txt');
    };
    expect(await reattachByHash(db, B, await annotatedArticles(db, B), bHasIt)).toEqual([]);
    expect(asked).toEqual([]);
    expect((await db.highlights.get(id))?.articleId).toBe('report.txt');
  });

  it("renaming a tag in B leaves A's tag as it is", async () => {
    await workInA();
    const bNote = { id: 'other.txt', hash: 'h', title: 'Other' };
    await saveArticleAnnotation(db, B, bNote, { tags: ['ports'] });
    expect(await renameTag(db, B, 'ports', 'harbours')).toBe(1);
    expect(await listTags(db, A)).toEqual([
      { tag: 'ports', count: 1 },
      { tag: 'strike', count: 1 },
    ]);
    expect(await listTags(db, B)).toEqual([{ tag: 'harbours', count: 1 }]);
  });
});

describe('export and import', () => {
  it("keep each record's library, and an older file's records go to the library named on import", async () => {
    await workInA();
    await saveArticleAnnotation(
      db,
      B,
      { id: 'report.txt', hash: 'hash-b', title: 'B report' },
      { note: 'Note made in B' },
    );
    const articles = new Map([['report.txt', { title: 'B report', url: 'https://b.example/report' }]]);
    const file = await exportWork(db, articles, B);
    type Item = { 'dossier:extra'?: { libraryId?: string }; target: { 'dossier:url': string | null } };
    const json = JSON.parse(file) as { items: Item[] };
    // Each record's library travels under dossier:extra; the open library's URLs go only to its own records.
    expect(json.items.map((item) => [item['dossier:extra']?.libraryId, item.target['dossier:url']])).toEqual([
      [A, null],
      [A, null],
      [B, 'https://b.example/report'],
    ]);

    const restored = await openTestDb();
    await applyImport(restored, readWorkFile(file, B));
    expect(await dumpWork(restored)).toEqual(await dumpWork(db));
    restored.close();

    // A file from before work had a library: its records go to the library open when it is imported.
    const older = JSON.stringify({
      ...json,
      items: json.items
        .filter((item) => item['dossier:extra']?.libraryId === A)
        .map((item) => Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'dossier:extra'))),
    });
    const intoB = await openTestDb();
    await applyImport(intoB, readWorkFile(older, B));
    const work = await dumpWork(intoB);
    expect([...work.highlights, ...work.annotations].map((r) => [r.libraryId, r.articleId])).toEqual([
      [B, 'report.txt'],
      [B, 'report.txt'],
    ]);
    intoB.close();
  });
});
