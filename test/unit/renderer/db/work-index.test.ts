// The work seen per article (the list's badges) and the documents main's search indexes, on fake-indexeddb.
import { describe, expect, it } from 'vitest';
import type { DossierDb } from '../../../../src-renderer/src/db/schema';
import { annotationDocs, annotationIndex } from '../../../../src-renderer/src/db/work-index';
import { storedAnnotation, storedHighlight, withTestDb, LIB } from './fake-db';

let db: DossierDb;

withTestDb(Date.UTC(2024, 2, 18, 9, 0, 0), (opened) => (db = opened));

describe('annotationIndex', () => {
  it('counts each article’s highlights, with their colours and tags and its own note and tags', async () => {
    await db.highlights.bulkAdd([
      storedHighlight('h1', { articleId: 'a.txt', color: 'red', tags: ['nato'] }),
      storedHighlight('h2', { articleId: 'a.txt', color: 'blue', tags: ['troops'] }),
    ]);
    await db.articleAnnotations.bulkAdd([
      storedAnnotation('a.txt', { note: '', tags: ['diplomacy'] }),
      storedAnnotation('b.txt', { note: 'Read again.' }),
    ]);
    const index = await annotationIndex(db, LIB);
    expect(index.get('a.txt')).toEqual({
      highlights: 2,
      colours: new Set(['red', 'blue']),
      tags: new Set(['nato', 'troops', 'diplomacy']),
      hasNote: false,
    });
    expect(index.get('b.txt')).toEqual({ highlights: 0, colours: new Set(), tags: new Set(), hasNote: true });
    expect(index.has('c.txt')).toBe(false);
  });
});

describe('annotationDocs', () => {
  it('gives search each quote with its note, and each article note, with tags and colour', async () => {
    await db.highlights.bulkAdd([
      storedHighlight('h1', { articleId: 'a.txt', note: 'Check this.', tags: ['nato'], color: 'red' }),
      storedHighlight('h2', { articleId: 'a.txt' }),
    ]);
    await db.articleAnnotations.add(storedAnnotation('a.txt', { note: 'Whole article.', tags: ['talks'] }));
    expect(await annotationDocs(db, LIB)).toEqual([
      {
        id: 'h1',
        articleId: 'a.txt',
        kind: 'highlight',
        text: 'Sergey Lavrov\nCheck this.',
        tags: ['nato'],
        colour: 'red',
      },
      { id: 'h2', articleId: 'a.txt', kind: 'highlight', text: 'Sergey Lavrov', tags: [], colour: 'yellow' },
      {
        id: 'article:a.txt',
        articleId: 'a.txt',
        kind: 'article',
        text: 'Whole article.',
        tags: ['talks'],
        colour: null,
      },
    ]);
  });
});
