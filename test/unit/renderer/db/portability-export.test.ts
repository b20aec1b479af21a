// Export of all the work: a W3C AnnotationCollection (selectors, bodies, palette labels) that also carries
// the briefs, the palette and the tags in use, with a format version; fields a newer version adds travel too.
import { describe, expect, it } from 'vitest';
import { exportWork } from '../../../../src-renderer/src/db/portability';
import { dumpWork, storedHighlight } from './fake-db';
import { ARTICLES, freshDb, importText, T0, withPortabilityClock, workDb } from './portability-fixture';

withPortabilityClock();

interface Exported {
  '@context': unknown[];
  type: string;
  'dossier:format': string;
  'dossier:version': number;
  total: number;
  items: {
    id: string;
    motivation: string;
    body: { purpose: string; value: string; 'dossier:label'?: string }[];
    target: Record<string, unknown>;
    'dossier:extra'?: Record<string, unknown>;
  }[];
  'dossier:palette': { key: string; label: string; updatedAt?: number }[];
  'dossier:briefs': { id: string; title: string; sections: { items: unknown[] }[] }[];
  'dossier:tags': { tag: string; count: number }[];
}

describe('exportWork', () => {
  it('writes a versioned W3C AnnotationCollection with selectors, bodies, palette, tags and briefs', async () => {
    const { db, ids, briefId } = await workDb();
    const json = JSON.parse(await exportWork(db, ARTICLES)) as Exported;
    expect(json.type).toBe('AnnotationCollection');
    expect(json['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(json).toMatchObject({ 'dossier:format': 'dossier-work', 'dossier:version': 1, total: 5 });
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
    expect(json['dossier:palette']).toHaveLength(5);
    expect(json['dossier:palette'][1]).toEqual({
      key: 'red',
      label: 'Disputed source',
      order: 1,
      updatedAt: T0 + 3000,
    });
    expect(json['dossier:briefs']).toEqual([expect.objectContaining({ id: briefId, title: 'Talks and troops' })]);
    expect(json['dossier:briefs'][0]?.sections[0]?.items).toHaveLength(2);
    expect(json['dossier:tags']).toEqual([
      { tag: 'ani', count: 1 },
      { tag: 'diplomacy', count: 1 },
      { tag: 'labour', count: 1 },
      { tag: 'sources', count: 1 },
    ]);
  });

  it('exports an empty collection, with the default palette, from an empty database', async () => {
    const db = await freshDb();
    const json = JSON.parse(await exportWork(db, new Map())) as Exported;
    expect(json).toMatchObject({ total: 0, items: [], 'dossier:briefs': [], 'dossier:tags': [] });
    expect(json['dossier:palette'].map((p) => p.label)).toEqual([
      'Key fact',
      'Claim to verify',
      'Contradiction',
      'Context',
      'Follow up',
    ]);
  });

  it('carries fields a newer version added to a record, and brings them back on import', async () => {
    const db = await freshDb();
    await db.highlights.add({ ...storedHighlight('h-lib'), libraryId: 'lib-7', pinned: true } as never);
    const text = await exportWork(db, new Map());
    expect((JSON.parse(text) as Exported).items[0]?.['dossier:extra']).toEqual({ libraryId: 'lib-7', pinned: true });
    const restored = await freshDb();
    await importText(restored, text);
    expect(await dumpWork(restored)).toEqual(await dumpWork(db));
  });

  it('leaves out a position the highlight never had, and reads it back as none', async () => {
    const db = await freshDb();
    await db.highlights.add(storedHighlight('h-nopos', { position: { start: 0, end: 0 } }));
    const text = await exportWork(db, new Map());
    const selectors = (JSON.parse(text) as Exported).items[0]?.target.selector as { type: string }[];
    expect(selectors.map((s) => s.type)).toEqual(['TextQuoteSelector']);
    const restored = await freshDb();
    expect((await importText(restored, text)).counts).toMatchObject({ added: 1, refused: 0 });
    expect(await dumpWork(restored)).toEqual(await dumpWork(db));
  });
});
