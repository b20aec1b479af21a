// Importing annotation files from elsewhere: bad files refused with a reason and nothing changed, items
// without a quote skipped, hand-written and undated annotations read without overriding local work.
import { describe, expect, it, vi } from 'vitest';
import { saveArticleAnnotation } from '../../../../src-renderer/src/db/highlights';
import { exportAnnotations, importAnnotations } from '../../../../src-renderer/src/db/portability';
import { UNCLAIMED, type Highlight } from '../../../../src-renderer/src/db/schema';
import { dumpWork, LIB } from './fake-db';
import { analystDb, ARTICLES, freshDb, T0, withPortabilityClock } from './portability-fixture';

withPortabilityClock();

/** An article note as another tool might write it, with a date nobody can read. */
const UNDATED_NOTE = {
  id: 'urn:dossier:article:a.txt',
  type: 'Annotation',
  motivation: 'commenting',
  modified: 'last Tuesday',
  body: [{ type: 'TextualBody', purpose: 'commenting', value: 'from the file' }],
  target: { source: 'a.txt', 'dossier:hash': 'h', 'dossier:title': 'A' },
};

describe('importAnnotations', () => {
  it.each([
    ['text that is not JSON', 'Taking to Twitter, State Department', 'this file is not JSON'],
    ['an empty file', '', 'this file is not JSON'],
    ['JSON of another kind', '{"highlights": []}', 'not a Dossier annotations export'],
    ['a JSON array', '[]', 'not a Dossier annotations export'],
    ['JSON null', 'null', 'not a Dossier annotations export'],
    [
      'a collection with a malformed item',
      '{"type":"AnnotationCollection","items":[{"id":"x","type":"Annotation"}]}',
      'not a Dossier annotations export',
    ],
  ])('refuses %s with a readable error and changes nothing', async (_what, text, message) => {
    const { db } = await analystDb();
    const before = await dumpWork(db);
    await expect(importAnnotations(db, text)).rejects.toThrow(message);
    expect(await dumpWork(db)).toEqual(before);
  });

  it('skips, with the reason, an item that has no quote, and imports the rest', async () => {
    const { db } = await analystDb();
    const json = JSON.parse(await exportAnnotations(db, ARTICLES)) as {
      items: { id: string; motivation: string; target: { selector?: unknown } }[];
    };
    const broken = json.items.find((item) => item.motivation === 'highlighting');
    if (!broken) throw new Error('no highlight in the export');
    delete broken.target.selector;
    const target = await freshDb();
    const summary = await importAnnotations(target, JSON.stringify(json));
    expect(summary).toEqual({ added: 4, updated: 0, unchanged: 0, skipped: [`${broken.id}: no quote to anchor`] });
    expect(await target.highlights.count()).toBe(2);
  });

  it('reads a hand-written minimal annotation: unknown colour as yellow, tags normalised', async () => {
    const file = JSON.stringify({
      type: 'AnnotationCollection',
      items: [
        {
          id: 'urn:uuid:5a1e4c1e-0000-4000-8000-000000000001',
          type: 'Annotation',
          motivation: 'highlighting',
          modified: '2024-06-01T10:00:00.000Z',
          body: [
            { type: 'TextualBody', purpose: 'classifying', value: 'magenta' },
            { type: 'TextualBody', purpose: 'tagging', value: ' Minsk  Agreements ' },
            { type: 'Image', note: 'ignored' },
          ],
          target: {
            source: 'a.txt',
            'dossier:hash': 'h',
            'dossier:title': 'A',
            selector: [{ type: 'TextQuoteSelector', exact: 'Minsk', prefix: 'The ', suffix: ' Agreements' }],
          },
        },
      ],
    });
    const db = await freshDb();
    expect(await importAnnotations(db, file)).toMatchObject({ added: 1, skipped: [] });
    const [stored] = await db.highlights.toArray();
    expect(stored).toEqual<Highlight>({
      id: '5a1e4c1e-0000-4000-8000-000000000001',
      // A file from before work had a library: the library open claims it (library-claims.ts).
      libraryId: UNCLAIMED,
      articleId: 'a.txt',
      articleHash: 'h',
      articleTitle: 'A',
      quote: { exact: 'Minsk', prefix: 'The ', suffix: ' Agreements' },
      position: { start: 0, end: 0 },
      color: 'yellow',
      note: '',
      tags: ['minsk agreements'],
      createdAt: Date.UTC(2024, 5, 1, 10, 0, 0),
      updatedAt: Date.UTC(2024, 5, 1, 10, 0, 0),
    });
  });

  it('an item with an unreadable date never overrides local work, and importing it twice changes nothing', async () => {
    const file = JSON.stringify({ type: 'AnnotationCollection', items: [UNDATED_NOTE] });
    const db = await freshDb();
    expect(await importAnnotations(db, file, LIB)).toMatchObject({ added: 1 });
    const once = await dumpWork(db);
    vi.setSystemTime(T0 + 60_000);
    expect(await importAnnotations(db, file, LIB)).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect(await dumpWork(db)).toEqual(once);

    await saveArticleAnnotation(db, LIB, { id: 'a.txt', hash: 'h', title: 'A' }, { note: 'local edit' });
    await importAnnotations(db, file, LIB);
    expect((await db.articleAnnotations.get([LIB, 'a.txt']))?.note).toBe('local edit');
  });
});
