// Work follows its article: renames move highlights and notes, missing articles reattach by content hash.
import { describe, expect, it } from 'vitest';
import type { ArticleEntry, BrokenEntry } from '../../../../src-preload/contract';
import { followRename, missingArticles, reattachByHash } from '../../../../src-renderer/src/db/identity';
import type { DossierDb } from '../../../../src-renderer/src/db/schema';
import { dumpWork, withTestDb, storedAnnotation, storedHighlight } from './fake-db';

const T0 = Date.UTC(2024, 4, 20, 8, 30, 0);

let db: DossierDb;

withTestDb(T0, (opened) => (db = opened));

function entry(id: string, hash: string): ArticleEntry {
  return {
    id,
    ok: true,
    title: `Title of ${id}`,
    date: '2022-02-11',
    dateRaw: '20220211',
    url: null,
    domain: null,
    paragraphs: 8,
    words: 400,
    hash,
    warnings: [],
    size: 2008,
    mtimeMs: 1_644_537_600_000,
  };
}

function broken(id: string, hash: string | null): BrokenEntry {
  return { id, ok: false, error: 'binary file', hash, size: 10, mtimeMs: 1_644_537_600_000 };
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

    await followRename(db, 'old.txt', 'renamed/new.txt');

    expect(await articleIds()).toEqual({ h1: 'renamed/new.txt', h2: 'renamed/new.txt', h3: 'other.txt' });
    expect((await db.highlights.get('h2'))?.note).toBe('keep');
    expect(await db.articleAnnotations.get('old.txt')).toBeUndefined();
    expect(await db.articleAnnotations.get('renamed/new.txt')).toEqual({
      ...storedAnnotation('old.txt', { tags: ['minsk'] }),
      articleId: 'renamed/new.txt',
    });
    expect(await db.articleAnnotations.get('other.txt')).toEqual(storedAnnotation('other.txt'));
  });

  it('merges the note into one the new id already has: both notes, the union of the tags', async () => {
    await db.articleAnnotations.bulkAdd([
      storedAnnotation('old.txt', { note: 'From the old file.', tags: ['minsk', 'ukraine'] }),
      storedAnnotation('new.txt', { note: 'Already here.', tags: ['diplomacy', 'ukraine'] }),
    ]);
    await followRename(db, 'old.txt', 'new.txt');
    expect(await db.articleAnnotations.count()).toBe(1);
    expect(await db.articleAnnotations.get('new.txt')).toEqual({
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
    await followRename(db, 'old.txt', 'new.txt');
    expect(await db.articleAnnotations.get('new.txt')).toMatchObject({ note: 'Only this.', tags: ['minsk'] });
  });

  it('a rename to the same id or of an article without work changes nothing', async () => {
    await db.highlights.add(storedHighlight('h1', { articleId: 'a.txt' }));
    await db.articleAnnotations.add(storedAnnotation('a.txt'));
    const before = await dumpWork(db);
    await followRename(db, 'a.txt', 'a.txt');
    await followRename(db, 'nothing-here.txt', 'a.txt');
    expect(await dumpWork(db)).toEqual(before);
  });
});

describe('reattachByHash', () => {
  it('moves the work of an id no longer in the library to the entry with the same hash', async () => {
    await db.highlights.bulkAdd([
      storedHighlight('h1', { articleId: 'inbox/lavrov.txt', articleHash: 'H-LAVROV' }),
      storedHighlight('h2', { articleId: 'inbox/lavrov.txt', articleHash: 'H-LAVROV' }),
    ]);
    await db.articleAnnotations.add(storedAnnotation('inbox/lavrov.txt', { articleHash: 'H-LAVROV' }));

    const moves = await reattachByHash(db, [
      entry('world/lavrov.txt', 'H-LAVROV'),
      entry('world/other.txt', 'H-OTHER'),
    ]);

    expect(moves).toEqual([{ from: 'inbox/lavrov.txt', to: 'world/lavrov.txt' }]);
    expect(await articleIds()).toEqual({ h1: 'world/lavrov.txt', h2: 'world/lavrov.txt' });
    expect(await db.articleAnnotations.get('inbox/lavrov.txt')).toBeUndefined();
    expect(await db.articleAnnotations.get('world/lavrov.txt')).toMatchObject({ note: 'Note on inbox/lavrov.txt' });
  });

  it('leaves alone work whose article is present, even when another entry has the same content', async () => {
    await db.highlights.bulkAdd([
      storedHighlight('h1', { articleId: 'a.txt', articleHash: 'H' }),
      storedHighlight('h2', { articleId: 'copy-of-a.txt', articleHash: 'H' }),
    ]);
    await db.articleAnnotations.add(storedAnnotation('a.txt', { articleHash: 'H' }));
    const before = await dumpWork(db);
    expect(await reattachByHash(db, [entry('a.txt', 'H'), entry('copy-of-a.txt', 'H')])).toEqual([]);
    expect(await dumpWork(db)).toEqual(before);
  });

  it('leaves alone work with no matching hash, and never moves onto an entry that could not be read', async () => {
    await db.highlights.bulkAdd([
      storedHighlight('h1', { articleId: 'gone.txt', articleHash: 'H-GONE' }),
      storedHighlight('h2', { articleId: 'old-broken.txt', articleHash: 'H-BROKEN' }),
      storedHighlight('h3', { articleId: 'listed-broken.txt', articleHash: 'H-X' }),
    ]);
    const before = await dumpWork(db);
    const moves = await reattachByHash(db, [
      entry('a.txt', 'H-A'),
      broken('now-broken.txt', 'H-BROKEN'),
      broken('listed-broken.txt', null),
      entry('x.txt', 'H-X'),
    ]);
    // h3's article is in the library (unreadable now): present, so it stays.
    expect(moves).toEqual([]);
    expect(await dumpWork(db)).toEqual(before);
  });

  it('reattaches a note with no highlights too, and several missing articles at once', async () => {
    await db.articleAnnotations.add(storedAnnotation('gone-1.txt', { articleHash: 'H1' }));
    await db.highlights.add(storedHighlight('h2', { articleId: 'gone-2.txt', articleHash: 'H2' }));
    const moves = await reattachByHash(db, [entry('back-1.txt', 'H1'), entry('back-2.txt', 'H2')]);
    expect(moves.sort((a, b) => a.from.localeCompare(b.from))).toEqual([
      { from: 'gone-1.txt', to: 'back-1.txt' },
      { from: 'gone-2.txt', to: 'back-2.txt' },
    ]);
    expect(await db.articleAnnotations.get('back-1.txt')).toBeDefined();
    expect((await db.highlights.get('h2'))?.articleId).toBe('back-2.txt');
  });

  it('with an empty library changes nothing', async () => {
    await db.highlights.add(storedHighlight('h1', { articleId: 'a.txt', articleHash: 'H' }));
    expect(await reattachByHash(db, [])).toEqual([]);
    expect((await db.highlights.get('h1'))?.articleId).toBe('a.txt');
  });
});

describe('missingArticles', () => {
  it('lists the articles with work that are not in the library, by title', async () => {
    await db.highlights.bulkAdd([
      storedHighlight('h1', { articleId: 'gone-b.txt', articleTitle: 'Beta' }),
      storedHighlight('h2', { articleId: 'gone-b.txt', articleTitle: 'Beta' }),
      storedHighlight('h3', { articleId: 'here.txt', articleTitle: 'Here' }),
      storedHighlight('h4', { articleId: 'gone-a.txt', articleTitle: 'Alpha' }),
    ]);
    await db.articleAnnotations.bulkAdd([
      storedAnnotation('gone-a.txt', { articleTitle: 'Alpha' }),
      storedAnnotation('gone-c.txt', { articleTitle: 'Gamma', note: '', tags: ['follow-up'] }),
      storedAnnotation('here.txt'),
    ]);
    expect(await missingArticles(db, new Set(['here.txt']))).toEqual([
      { articleId: 'gone-a.txt', title: 'Alpha', highlights: 1, hasNote: true },
      { articleId: 'gone-b.txt', title: 'Beta', highlights: 2, hasNote: false },
      { articleId: 'gone-c.txt', title: 'Gamma', highlights: 0, hasNote: true },
    ]);
  });

  it('is empty when every article with work is present, or there is no work', async () => {
    expect(await missingArticles(db, new Set())).toEqual([]);
    await db.highlights.add(storedHighlight('h1', { articleId: 'a.txt' }));
    expect(await missingArticles(db, new Set(['a.txt']))).toEqual([]);
  });
});
