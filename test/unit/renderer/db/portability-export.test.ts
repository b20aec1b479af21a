// Export to W3C Web Annotation JSON: an AnnotationCollection with selectors, bodies and palette labels.
import { describe, expect, it } from 'vitest';
import { exportAnnotations } from '../../../../src-renderer/src/db/portability';
import { analystDb, ARTICLES, freshDb, withPortabilityClock } from './portability-fixture';

withPortabilityClock();

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
