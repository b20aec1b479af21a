// Export to W3C Web Annotation JSON and import back: round trip, merging by age, and refusal of bad files.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlight, saveArticleAnnotation, updateHighlight } from '../../../../src-renderer/src/db/highlights';
import { exportAnnotations, importAnnotations } from '../../../../src-renderer/src/db/portability';
import type { DossierDb, Highlight } from '../../../../src-renderer/src/db/schema';
import type { ArticleInfo } from '../../../../src-renderer/src/db/web-annotation';
import { dumpWork, newHighlight, openTestDb } from './fake-db';

const T0 = Date.UTC(2024, 5, 1, 10, 0, 0);
const ARTICLES: ReadonlyMap<string, ArticleInfo> = new Map([
  [
    'world/blinken-lavrov.txt',
    { title: 'Blinken accepts invitation to meet Lavrov', url: 'https://www.russiaherald.com/news/272310129' },
  ],
  ['local/harbour-strike.txt', { title: 'Harbour strike leaves container ships waiting', url: null }],
]);

const open: DossierDb[] = [];
async function freshDb(): Promise<DossierDb> {
  const db = await openTestDb();
  open.push(db);
  return db;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});

afterEach(() => {
  for (const db of open.splice(0)) db.close();
  vi.useRealTimers();
});

/** An article note as another tool might write it, with a date nobody can read. */
const UNDATED_NOTE = {
  id: 'urn:dossier:article:a.txt',
  type: 'Annotation',
  motivation: 'commenting',
  modified: 'last Tuesday',
  body: [{ type: 'TextualBody', purpose: 'commenting', value: 'from the file' }],
  target: { source: 'a.txt', 'dossier:hash': 'h', 'dossier:title': 'A' },
};

/** A database holding the kinds of work an analyst leaves: highlights with and without notes, article notes. */
async function analystDb(): Promise<{ db: DossierDb; ids: string[] }> {
  const db = await freshDb();
  const plain = await createHighlight(db, newHighlight({ articleTitle: 'Blinken accepts invitation to meet Lavrov' }));
  vi.setSystemTime(T0 + 1000);
  const annotated = await createHighlight(
    db,
    newHighlight({
      articleTitle: 'Blinken accepts invitation to meet Lavrov',
      quote: { exact: 'ANI', prefix: 'try.\nWashington US, February 18 ', suffix: ': Russian Foreign Minister Serge' },
      position: { start: 986, end: 989 },
      color: 'red',
    }),
  );
  await updateHighlight(db, annotated.id, {
    note: 'Agency copy: **check** [the wire](https://example.org/ani)\n- one\n- two',
    tags: ['Sources', 'ANI'],
  });
  vi.setSystemTime(T0 + 2000);
  const other = await createHighlight(
    db,
    newHighlight({
      articleId: 'local/harbour-strike.txt',
      articleHash: 'hash-harbour',
      articleTitle: 'Harbour strike leaves container ships waiting',
      quote: { exact: 'Eleven container ships', prefix: '', suffix: ' were anchored off Port Ardley ' },
      position: { start: 0, end: 22 },
      color: 'green',
    }),
  );
  await saveArticleAnnotation(
    db,
    { id: 'world/blinken-lavrov.txt', hash: 'hash-blinken', title: 'Blinken accepts invitation to meet Lavrov' },
    { note: 'Talks *conditional* on no invasion.', tags: ['diplomacy'] },
  );
  await saveArticleAnnotation(
    db,
    { id: 'local/harbour-strike.txt', hash: 'hash-harbour', title: 'Harbour strike leaves container ships waiting' },
    { tags: ['labour'] },
  );
  return { db, ids: [plain.id, annotated.id, other.id] };
}

describe('exportAnnotations', () => {
  it('writes a W3C AnnotationCollection with selectors, bodies and the palette labels', async () => {
    const { db, ids } = await analystDb();
    await db.palette.update('red', { label: 'Disputed source' });
    const json = JSON.parse(await exportAnnotations(db, ARTICLES)) as {
      '@context': unknown[];
      type: string;
      total: number;
      items: {
        id: string;
        motivation: string;
        body: { purpose: string; value: string; 'dossier:label'?: string }[];
        target: Record<string, unknown>;
      }[];
    };
    expect(json.type).toBe('AnnotationCollection');
    expect(json['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(json.total).toBe(5);
    expect(json.items).toHaveLength(5);
    const red = json.items.find((item) => item.id === `urn:uuid:${ids[1]}`);
    expect(red?.motivation).toBe('highlighting');
    expect(red?.body).toEqual([
      { type: 'TextualBody', purpose: 'classifying', value: 'red', 'dossier:label': 'Disputed source' },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        format: 'text/markdown',
        value: 'Agency copy: **check** [the wire](https://example.org/ani)\n- one\n- two',
      },
      { type: 'TextualBody', purpose: 'tagging', value: 'ani' },
      { type: 'TextualBody', purpose: 'tagging', value: 'sources' },
    ]);
    expect(red?.target).toEqual({
      source: 'world/blinken-lavrov.txt',
      'dossier:hash': 'hash-blinken',
      'dossier:title': 'Blinken accepts invitation to meet Lavrov',
      'dossier:url': 'https://www.russiaherald.com/news/272310129',
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: 'ANI',
          prefix: 'try.\nWashington US, February 18 ',
          suffix: ': Russian Foreign Minister Serge',
        },
        { type: 'TextPositionSelector', start: 986, end: 989 },
      ],
    });
    const note = json.items.find(
      (item) => item.motivation === 'commenting' && item.target.source === 'local/harbour-strike.txt',
    );
    expect(note?.target.selector).toBeUndefined();
    expect(note?.body).toEqual([{ type: 'TextualBody', purpose: 'tagging', value: 'labour' }]);
  });

  it('exports an empty collection from an empty database', async () => {
    const db = await freshDb();
    const json = JSON.parse(await exportAnnotations(db, new Map())) as { total: number; items: unknown[] };
    expect(json).toMatchObject({ total: 0, items: [] });
  });
});

describe('importAnnotations', () => {
  it('into a fresh database reproduces the same highlights and notes', async () => {
    const { db } = await analystDb();
    const file = await exportAnnotations(db, ARTICLES);
    const restored = await freshDb();
    expect(await importAnnotations(restored, file)).toEqual({ added: 5, updated: 0, unchanged: 0, skipped: [] });
    const original = await dumpWork(db);
    expect(original.highlights).toHaveLength(3);
    expect(original.annotations).toHaveLength(2);
    expect(await dumpWork(restored)).toEqual(original);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    const { db } = await analystDb();
    const file = await exportAnnotations(db, ARTICLES);
    const restored = await freshDb();
    await importAnnotations(restored, file);
    const once = await dumpWork(restored);
    vi.setSystemTime(T0 + 60_000);
    expect(await importAnnotations(restored, file)).toEqual({ added: 0, updated: 0, unchanged: 5, skipped: [] });
    expect(await dumpWork(restored)).toEqual(once);
  });

  it('into the database it came from changes nothing', async () => {
    const { db } = await analystDb();
    const before = await dumpWork(db);
    expect(await importAnnotations(db, await exportAnnotations(db, ARTICLES))).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 5,
    });
    expect(await dumpWork(db)).toEqual(before);
  });

  it('a newer imported record replaces an older one; an older one leaves a newer one alone', async () => {
    const { db, ids } = await analystDb();
    const target = await freshDb();
    await importAnnotations(target, await exportAnnotations(db, ARTICLES));

    vi.setSystemTime(T0 + 10_000);
    await updateHighlight(db, ids[0] ?? '', { note: 'Edited on the laptop', color: 'blue' });
    await saveArticleAnnotation(
      db,
      { id: 'local/harbour-strike.txt', hash: 'hash-harbour', title: 'Harbour strike leaves container ships waiting' },
      { note: 'Mediation offered.' },
    );
    const newer = await exportAnnotations(db, ARTICLES);
    expect(await importAnnotations(target, newer)).toEqual({ added: 0, updated: 2, unchanged: 3, skipped: [] });
    expect(await dumpWork(target)).toEqual(await dumpWork(db));

    // Now the target edits the same highlight later still; the laptop's export is older and loses.
    vi.setSystemTime(T0 + 20_000);
    await updateHighlight(target, ids[0] ?? '', { note: 'Edited on the desktop' });
    expect(await importAnnotations(target, newer)).toMatchObject({ added: 0, updated: 0, unchanged: 5 });
    expect((await target.highlights.get(ids[0] ?? ''))?.note).toBe('Edited on the desktop');
  });

  it('adds imported work beside what the database already has', async () => {
    const { db } = await analystDb();
    const target = await freshDb();
    const own = await createHighlight(target, newHighlight({ articleId: 'own.txt' }));
    await importAnnotations(target, await exportAnnotations(db, ARTICLES));
    expect(await target.highlights.count()).toBe(4);
    expect(await target.highlights.get(own.id)).toEqual(own);
  });

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
    expect(await importAnnotations(db, file)).toMatchObject({ added: 1 });
    const once = await dumpWork(db);
    vi.setSystemTime(T0 + 60_000);
    expect(await importAnnotations(db, file)).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect(await dumpWork(db)).toEqual(once);

    await saveArticleAnnotation(db, { id: 'a.txt', hash: 'h', title: 'A' }, { note: 'local edit' });
    await importAnnotations(db, file);
    expect((await db.articleAnnotations.get('a.txt'))?.note).toBe('local edit');
  });
});
