// Importing files from elsewhere: a file that is not Dossier work is refused whole with a reason and
// changes nothing; inside a good file, each bad record (a broken selector, an oversized quote or note,
// an unknown kind of field) is refused with its reason while the rest import; times in the future are
// clamped to the import; an unreadable date never overrides local work.
import { describe, expect, it, vi } from 'vitest';
import { saveArticleAnnotation } from '../../../../src-renderer/src/db/highlights';
import { exportWork, previewImport, readWorkFile } from '../../../../src-renderer/src/db/portability';
import { UNCLAIMED, type Highlight } from '../../../../src-renderer/src/db/schema';
import { MAX_NOTE, MAX_QUOTE } from '../../../../src-renderer/src/db/work-limits';
import { dumpWork, LIB } from './fake-db';
import { analystDb, ARTICLES, freshDb, importText, T0, withPortabilityClock } from './portability-fixture';

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

/** A hand-written highlight item, with parts replaced. */
function highlightItem(id: string, changes: { selector?: unknown[]; body?: unknown[]; modified?: string } = {}) {
  return {
    id: `urn:uuid:${id}`,
    type: 'Annotation',
    motivation: 'highlighting',
    created: '2024-06-01T09:00:00.000Z',
    modified: changes.modified ?? '2024-06-01T10:00:00.000Z',
    body: changes.body ?? [{ type: 'TextualBody', purpose: 'classifying', value: 'blue' }],
    target: {
      source: 'a.txt',
      'dossier:hash': 'h',
      'dossier:title': 'A',
      selector: changes.selector ?? [
        { type: 'TextQuoteSelector', exact: 'Minsk', prefix: 'The ', suffix: ' Agreements' },
        { type: 'TextPositionSelector', start: 4, end: 9 },
      ],
    },
  };
}

const collection = (items: unknown[]): string => JSON.stringify({ type: 'AnnotationCollection', items });

describe('importing a file', () => {
  it.each([
    ['text that is not JSON', 'Taking to Twitter, State Department', 'this file is not JSON'],
    ['an empty file', '', 'this file is not JSON'],
    ['JSON of another kind', '{"highlights": []}', 'not a Dossier annotations export'],
    ['a JSON array', '[]', 'not a Dossier annotations export'],
    ['JSON null', 'null', 'not a Dossier annotations export'],
    ['a damaged work file', '{"dossier:format":"dossier-work","type":"AnnotationCollection"}', 'damaged'],
    [
      'work from a newer version',
      '{"dossier:format":"dossier-work","dossier:version":99,"type":"AnnotationCollection","items":[]}',
      'written by a newer version of Dossier (format 99)',
    ],
  ])('refuses %s with a readable error and changes nothing', async (_what, text, message) => {
    const { db } = await analystDb();
    const before = await dumpWork(db);
    await expect(importText(db, text)).rejects.toThrow(message);
    expect(await dumpWork(db)).toEqual(before);
  });

  it.each([
    ['a malformed item', { id: 'x', type: 'Annotation' }, 'x: motivation'],
    ['no quote', highlightItem('q0', { selector: [] }), 'it has no quote to anchor'],
    [
      'an empty quote',
      highlightItem('q1', { selector: [{ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }] }),
      'exact is empty',
    ],
    [
      'an oversized quote',
      highlightItem('q2', {
        selector: [{ type: 'TextQuoteSelector', exact: 'x'.repeat(MAX_QUOTE + 1), prefix: '', suffix: '' }],
      }),
      `exact is longer than ${MAX_QUOTE} characters`,
    ],
    [
      'a position that ends before it starts',
      highlightItem('p1', {
        selector: [
          { type: 'TextQuoteSelector', exact: 'M', prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start: 9, end: 4 },
        ],
      }),
      'TextPositionSelector ends before it starts',
    ],
    [
      'an empty position',
      highlightItem('p2', {
        selector: [
          { type: 'TextQuoteSelector', exact: 'M', prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start: 4, end: 4 },
        ],
      }),
      'ends before it starts',
    ],
    [
      'a negative position',
      highlightItem('p3', {
        selector: [
          { type: 'TextQuoteSelector', exact: 'M', prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start: -1, end: 4 },
        ],
      }),
      'start is negative',
    ],
    [
      'an oversized note',
      highlightItem('n1', { body: [{ type: 'TextualBody', purpose: 'commenting', value: 'n'.repeat(MAX_NOTE + 1) }] }),
      `its note is longer than ${MAX_NOTE} characters`,
    ],
    ['an over-long id', highlightItem('i'.repeat(300)), 'its id is longer than 200 characters'],
    [
      'an unknown field holding an object',
      { ...highlightItem('e1'), 'dossier:extra': { libraryId: { nested: true } } },
      'its field libraryId holds more than a plain value',
    ],
  ])('refuses, with the reason, an item with %s, and imports the rest', async (_what, item, reason) => {
    const db = await freshDb();
    const plan = await importText(db, collection([item, UNDATED_NOTE]));
    expect(plan.counts).toMatchObject({ added: 1, refused: 1 });
    expect(plan.refused).toHaveLength(1);
    expect(`${plan.refused[0]?.what}: ${plan.refused[0]?.reason}`).toContain(reason);
    expect(await db.highlights.count()).toBe(0);
    expect(await db.articleAnnotations.count()).toBe(1);
  });

  it('shows refusals in the preview before anything is written', async () => {
    const db = await freshDb();
    const plan = await previewImport(
      db,
      readWorkFile(collection([highlightItem('ok'), highlightItem('bad', { selector: [] })])),
    );
    expect(plan.counts).toEqual({ added: 1, updated: 0, conflicts: 0, unchanged: 0, refused: 1 });
    expect(plan.refused).toEqual([{ what: 'urn:uuid:bad', reason: 'it has no quote to anchor' }]);
    expect(await db.highlights.count()).toBe(0);
  });

  it('reads a hand-written minimal annotation: unknown colour as yellow, tags normalised', async () => {
    const file = collection([
      highlightItem('5a1e4c1e-0000-4000-8000-000000000001', {
        selector: [{ type: 'TextQuoteSelector', exact: 'Minsk', prefix: 'The ', suffix: ' Agreements' }],
        body: [
          { type: 'TextualBody', purpose: 'classifying', value: 'magenta' },
          { type: 'TextualBody', purpose: 'tagging', value: ' Minsk  Agreements ' },
          { type: 'Image', note: 'ignored' },
        ],
      }),
    ]);
    const db = await freshDb();
    expect((await importText(db, file)).counts).toMatchObject({ added: 1, refused: 0 });
    expect(await db.highlights.toArray()).toEqual<Highlight[]>([
      {
        id: '5a1e4c1e-0000-4000-8000-000000000001',
        // A file from before work had a library, imported with none open: the next library claims it.
        libraryId: UNCLAIMED,
        articleId: 'a.txt',
        articleHash: 'h',
        articleTitle: 'A',
        quote: { exact: 'Minsk', prefix: 'The ', suffix: ' Agreements' },
        position: { start: 0, end: 0 },
        color: 'yellow',
        note: '',
        tags: ['minsk agreements'],
        createdAt: Date.UTC(2024, 5, 1, 9, 0, 0),
        updatedAt: Date.UTC(2024, 5, 1, 10, 0, 0),
      },
    ]);
  });

  it('clamps times in the future to the time of the import, so they cannot win every later merge', async () => {
    const db = await freshDb();
    await importText(db, collection([highlightItem('future', { modified: '2999-01-01T00:00:00.000Z' })]));
    expect((await db.highlights.get('future'))?.updatedAt).toBe(T0);
    const { db: source } = await analystDb();
    const now = Date.now();
    const json = JSON.parse(await exportWork(source, ARTICLES)) as { 'dossier:briefs': unknown[] };
    json['dossier:briefs'] = [{ id: 'b', title: 'B', summary: '', sections: [], createdAt: 8e15, updatedAt: 8e15 }];
    await importText(db, JSON.stringify(json));
    expect(await db.briefs.get('b')).toMatchObject({ createdAt: now, updatedAt: now });
  });

  it('an item with an unreadable date never overrides local work, and importing it twice changes nothing', async () => {
    const file = collection([UNDATED_NOTE]);
    const db = await freshDb();
    expect((await importText(db, file, LIB)).counts).toMatchObject({ added: 1 });
    const once = await dumpWork(db);
    vi.setSystemTime(T0 + 60_000);
    expect((await importText(db, file, LIB)).counts).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect(await dumpWork(db)).toEqual(once);

    await saveArticleAnnotation(db, LIB, { id: 'a.txt', hash: 'h', title: 'A' }, { note: 'local edit' });
    await importText(db, file, LIB);
    expect((await db.articleAnnotations.get([LIB, 'a.txt']))?.note).toContain('local edit');
  });

  it('refuses a brief or a colour that is not well formed, and a record that appears twice', async () => {
    const { db: source } = await analystDb();
    const json = JSON.parse(await exportWork(source, ARTICLES)) as Record<string, unknown[]>;
    json['dossier:briefs'] = [
      { id: 'b', title: 'B', summary: '', sections: [{ id: 's' }], createdAt: 1, updatedAt: 1 },
    ];
    json['dossier:palette'] = [{ key: 'magenta', label: 'Pink', order: 1 }];
    json.items = [...(json.items ?? []), (json.items ?? [])[0]];
    const plan = await importText(await freshDb(), JSON.stringify(json));
    expect(plan.refused.map((r) => r.reason)).toEqual([
      'it appears twice in the file; the first is imported',
      'sections.0.heading: Invalid input: expected string, received undefined',
      expect.stringMatching(/^key: Invalid option/),
    ]);
  });
});
