// Work follows its article: renames move highlights and notes, work on missing articles reattaches to a
// file main finds with the same content hash.
import { describe, expect, it } from 'vitest';
import {
  annotatedArticles,
  followRename,
  reattachByHash,
  type HashLookup,
} from '../../../../src-renderer/src/db/identity';
import type { DossierDb } from '../../../../src-renderer/src/db/schema';
import { dumpWork, withTestDb, storedAnnotation, storedHighlight, LIB } from './fake-db';

const T0 = Date.UTC(2024, 4, 20, 8, 30, 0);

let db: DossierDb;

withTestDb(T0, (opened) => (db = opened));

/** A library as main's findByHashes answers for it, keeping each question it was asked. */
function fakeLibrary(files: Record<string, string>): HashLookup & { asked: string[][] } {
  const asked: string[][] = [];
  const lookup = async (hashes: readonly string[]) => {
    asked.push([...hashes]);
    return hashes.map((hash) => Object.entries(files).find(([, h]) => h === hash)?.[0] ?? null);
  };
  return Object.assign(lookup, { asked });
}

/** The missing articles as the page finds them: annotated, and not listed by the library. */
async function missingFrom(listed: readonly string[]) {
  return (await annotatedArticles(db, LIB)).filter((a) => !listed.includes(a.articleId));
}

async function articleIds(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const h of await db.highlights.toArray()) out[h.id] = h.articleId;
  return out;
}

describe('followRename', () => {
  it('moves every highlight and the note of an article to the new id, and nothing else', async () => {
    await db.highlights.bulkAdd([
      storedHighlight('h1', { articleId: 'old.txt' }),
      storedHighlight('h2', { articleId: 'old.txt', note: 'keep' }),
      storedHighlight('h3', { articleId: 'other.txt' }),
    ]);
    await db.articleAnnotations.bulkAdd([
      storedAnnotation('old.txt', { tags: ['minsk'] }),
      storedAnnotation('other.txt'),
    ]);

    await followRename(db, LIB, 'old.txt', 'renamed/new.txt');

    expect(await articleIds()).toEqual({ h1: 'renamed/new.txt', h2: 'renamed/new.txt', h3: 'other.txt' });
    expect((await db.highlights.get('h2'))?.note).toBe('keep');
    expect(await db.articleAnnotations.get([LIB, 'old.txt'])).toBeUndefined();
    expect(await db.articleAnnotations.get([LIB, 'renamed/new.txt'])).toEqual({
      ...storedAnnotation('old.txt', { tags: ['minsk'] }),
      articleId: 'renamed/new.txt',
    });
    expect(await db.articleAnnotations.get([LIB, 'other.txt'])).toEqual(storedAnnotation('other.txt'));
  });

  it('merges the note into one the new id already has: both notes, the union of the tags', async () => {
    await db.articleAnnotations.bulkAdd([
      storedAnnotation('old.txt', { note: 'From the old file.', tags: ['minsk', 'ukraine'] }),
      storedAnnotation('new.txt', { note: 'Already here.', tags: ['diplomacy', 'ukraine'] }),
    ]);
    await followRename(db, LIB, 'old.txt', 'new.txt');
    expect(await db.articleAnnotations.count()).toBe(1);
    expect(await db.articleAnnotations.get([LIB, 'new.txt'])).toEqual({
      ...storedAnnotation('new.txt'),
      note: 'Already here.\n\nFrom the old file.',
      tags: ['diplomacy', 'minsk', 'ukraine'],
      // The merged note is new content: stamped, so an export of it wins over an older copy on import.
      updatedAt: T0,
    });
  });

  it('an empty note on either side adds no blank lines', async () => {
    await db.articleAnnotations.bulkAdd([
      storedAnnotation('old.txt', { note: '', tags: ['minsk'] }),
      storedAnnotation('new.txt', { note: 'Only this.' }),
    ]);
    await followRename(db, LIB, 'old.txt', 'new.txt');
    expect(await db.articleAnnotations.get([LIB, 'new.txt'])).toMatchObject({ note: 'Only this.', tags: ['minsk'] });
  });

  it('a rename to the same id or of an article without work changes nothing', async () => {
    await db.highlights.add(storedHighlight('h1', { articleId: 'a.txt' }));
    await db.articleAnnotations.add(storedAnnotation('a.txt'));
    const before = await dumpWork(db);
    await followRename(db, LIB, 'a.txt', 'a.txt');
    await followRename(db, LIB, 'nothing-here.txt', 'a.txt');
    expect(await dumpWork(db)).toEqual(before);
  });
});

describe('reattachByHash', () => {
  it('moves the work of an id no longer in the library to the file with the same hash', async () => {
    await db.highlights.bulkAdd([
      storedHighlight('h1', { articleId: 'inbox/lavrov.txt', articleHash: 'H-LAVROV' }),
      storedHighlight('h2', { articleId: 'inbox/lavrov.txt', articleHash: 'H-LAVROV' }),
    ]);
    await db.articleAnnotations.add(storedAnnotation('inbox/lavrov.txt', { articleHash: 'H-LAVROV' }));
    const library = fakeLibrary({ 'world/lavrov.txt': 'H-LAVROV', 'world/other.txt': 'H-OTHER' });

    const moves = await reattachByHash(db, LIB, await missingFrom(['world/lavrov.txt', 'world/other.txt']), library);

    expect(moves).toEqual([{ from: 'inbox/lavrov.txt', to: 'world/lavrov.txt' }]);
    expect(await articleIds()).toEqual({ h1: 'world/lavrov.txt', h2: 'world/lavrov.txt' });
    expect(await db.articleAnnotations.get([LIB, 'inbox/lavrov.txt'])).toBeUndefined();
    expect(await db.articleAnnotations.get([LIB, 'world/lavrov.txt'])).toMatchObject({
      note: 'Note on inbox/lavrov.txt',
    });
  });

  it('asks main once, for each content hash once', async () => {
    await db.highlights.bulkAdd([
      storedHighlight('h1', { articleId: 'gone-1.txt', articleHash: 'H1' }),
      storedHighlight('h2', { articleId: 'gone-1.txt', articleHash: 'H1' }),
      storedHighlight('h3', { articleId: 'gone-2.txt', articleHash: 'H2' }),
    ]);
    const library = fakeLibrary({});
    await reattachByHash(db, LIB, await missingFrom([]), library);
    expect(library.asked).toEqual([['H1', 'H2']]);
  });

  it('leaves alone work that no file holds, and does not ask at all when nothing is missing', async () => {
    await db.highlights.bulkAdd([
      storedHighlight('h1', { articleId: 'gone.txt', articleHash: 'H-GONE' }),
      storedHighlight('h2', { articleId: 'a.txt', articleHash: 'H-A' }),
    ]);
    const before = await dumpWork(db);
    const library = fakeLibrary({ 'a.txt': 'H-A' });
    expect(await reattachByHash(db, LIB, await missingFrom(['a.txt']), library)).toEqual([]);
    expect(await reattachByHash(db, LIB, [], library)).toEqual([]);
    expect(library.asked).toEqual([['H-GONE']]);
    expect(await dumpWork(db)).toEqual(before);
  });

  it('follows the file that holds any of the contents the work was made on (the file was edited)', async () => {
    await db.highlights.bulkAdd([
      storedHighlight('h1', { articleId: 'gone.txt', articleHash: 'H-BEFORE-EDIT' }),
      storedHighlight('h2', { articleId: 'gone.txt', articleHash: 'H-AFTER-EDIT' }),
    ]);
    const library = fakeLibrary({ 'back.txt': 'H-AFTER-EDIT' });
    expect(await reattachByHash(db, LIB, await missingFrom([]), library)).toEqual([
      { from: 'gone.txt', to: 'back.txt' },
    ]);
    expect(await articleIds()).toEqual({ h1: 'back.txt', h2: 'back.txt' });
  });

  it('reattaches a note with no highlights too, and several missing articles at once', async () => {
    await db.articleAnnotations.add(storedAnnotation('gone-1.txt', { articleHash: 'H1' }));
    await db.highlights.add(storedHighlight('h2', { articleId: 'gone-2.txt', articleHash: 'H2' }));
    const library = fakeLibrary({ 'back-1.txt': 'H1', 'back-2.txt': 'H2' });
    const moves = await reattachByHash(db, LIB, await missingFrom([]), library);
    expect(moves.sort((a, b) => a.from.localeCompare(b.from))).toEqual([
      { from: 'gone-1.txt', to: 'back-1.txt' },
      { from: 'gone-2.txt', to: 'back-2.txt' },
    ]);
    expect((await db.articleAnnotations.toArray()).map((a) => [a.articleId, a.note])).toEqual([
      ['back-1.txt', 'Note on gone-1.txt'],
    ]);
    expect((await db.highlights.get('h2'))?.articleId).toBe('back-2.txt');
  });
});

describe('annotatedArticles', () => {
  it('lists every article with work, by title, with the contents its work was made on', async () => {
    await db.highlights.bulkAdd([
      storedHighlight('h1', { articleId: 'b.txt', articleTitle: 'Beta', articleHash: 'HB' }),
      storedHighlight('h2', { articleId: 'b.txt', articleTitle: 'Beta', articleHash: 'HB2' }),
      storedHighlight('h4', { articleId: 'a.txt', articleTitle: 'Alpha', articleHash: 'HA' }),
    ]);
    await db.articleAnnotations.bulkAdd([
      storedAnnotation('a.txt', { articleTitle: 'Alpha', articleHash: 'HA' }),
      storedAnnotation('c.txt', { articleTitle: 'Gamma', articleHash: 'HC', note: '', tags: ['follow-up'] }),
    ]);
    expect(await annotatedArticles(db, LIB)).toEqual([
      { articleId: 'a.txt', title: 'Alpha', hashes: ['HA'], highlights: 1, hasNote: true },
      { articleId: 'b.txt', title: 'Beta', hashes: ['HB', 'HB2'], highlights: 2, hasNote: false },
      { articleId: 'c.txt', title: 'Gamma', hashes: ['HC'], highlights: 0, hasNote: true },
    ]);
  });

  it('is empty when there is no work', async () => {
    expect(await annotatedArticles(db, LIB)).toEqual([]);
  });
});
