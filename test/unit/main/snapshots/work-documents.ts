// Work documents for the main-side snapshot tests: the frame main checks, with a given number of records.
import type { WorkDocument } from '../../../../src-preload/contract';

/** A document with `highlights` highlights (the first `notes` with a note) and `briefs` briefs. */
export function workDocument(highlights: number, notes = 0, briefs = 0, generated = '2025-03-01T10:00:00.000Z') {
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld'],
    type: 'AnnotationCollection',
    'dossier:format': 'dossier-work',
    'dossier:version': 1,
    generated,
    items: Array.from({ length: highlights }, (_, i) => ({
      id: `urn:uuid:h${i}`,
      type: 'Annotation',
      motivation: 'highlighting',
      body: i < notes ? [{ type: 'TextualBody', purpose: 'commenting', value: `note ${i}` }] : [],
    })),
    'dossier:briefs': Array.from({ length: briefs }, (_, i) => ({ id: `b${i}`, title: `Brief ${i}` })),
    'dossier:palette': [],
  } satisfies WorkDocument;
}
