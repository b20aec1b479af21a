// libraryHighlights on fake-indexeddb: every highlight of the library, named by the library it is of (so a
// screen can tell an answer for the library before), and none of another library's.
import { describe, expect, it } from 'vitest';
import { libraryHighlights } from '../../../../src-renderer/src/db/highlights';
import type { DossierDb, Highlight } from '../../../../src-renderer/src/db/schema';
import { storedHighlight, withTestDb, LIB } from './fake-db';

let db: DossierDb;

withTestDb(Date.UTC(2024, 2, 14), (opened) => (db = opened));

/** `count` highlights of one article of a library. */
function ofArticle(articleId: string, count: number, libraryId = LIB): Highlight[] {
  return Array.from({ length: count }, (_, i) =>
    storedHighlight(`${libraryId}-${articleId}-${i}`, { libraryId, articleId }),
  );
}

const ids = (highlights: readonly Highlight[]): string[] => highlights.map((h) => h.id).sort();

describe('libraryHighlights', () => {
  it('reads every highlight of the library with its id, and none of another library', async () => {
    const mine = [...ofArticle('a.txt', 3), ...ofArticle('b.txt', 2)];
    await db.highlights.bulkAdd([...mine, ...ofArticle('b.txt', 4, 'library-b')]);
    const read = await libraryHighlights(db, LIB);
    expect(read.libraryId).toBe(LIB);
    expect(ids(read.highlights)).toEqual(ids(mine));
    const other = await libraryHighlights(db, 'library-b');
    expect(other.libraryId).toBe('library-b');
    expect(other.highlights.map((h) => h.articleId)).toEqual(['b.txt', 'b.txt', 'b.txt', 'b.txt']);
  });

  it('reads nothing while no library is open, and an empty library as empty', async () => {
    await db.highlights.bulkAdd(ofArticle('a.txt', 3));
    expect(await libraryHighlights(db, null)).toEqual({ libraryId: null, highlights: [] });
    expect(await libraryHighlights(db, 'library-c')).toEqual({ libraryId: 'library-c', highlights: [] });
  });
});
