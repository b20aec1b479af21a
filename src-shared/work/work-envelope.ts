// The frame of the work document (the analyst's whole work as one JSON file) that both processes check:
// main before it keeps a snapshot, the page before it reads records. Records are checked one by one by the
// page when it reads them back, so one odd record never stops the rest from being kept.
import { z } from 'zod';
import type { WorkCounts } from '../../src-preload/contract';

export const WORK_FORMAT = 'dossier-work';
/**
 * Version 1: annotations, briefs, palette and tags; later, the source register, highlight links and ACH
 * matrices (dossier:ach), and fields of records (a highlight's event date, a brief section's matrix or
 * timeline), which a reader that does not know them passes over or carries along: a new field does not
 * change the version; only a change an older reader would misread does. Older exports have no version and
 * only annotations.
 */
export const WORK_FORMAT_VERSION = 1;

/** Far above any analyst's work, low enough that a wrong file cannot exhaust memory. */
export const MAX_WORK_ITEMS = 1_000_000;
export const MAX_WORK_BRIEFS = 100_000;
export const MAX_WORK_SOURCES = 100_000;
export const MAX_WORK_MATRICES = 100_000;

export const WorkEnvelopeSchema = z.looseObject({
  type: z.literal('AnnotationCollection'),
  'dossier:format': z.literal(WORK_FORMAT),
  'dossier:version': z.int().min(1),
  items: z.array(z.unknown()).max(MAX_WORK_ITEMS),
  'dossier:briefs': z.array(z.unknown()).max(MAX_WORK_BRIEFS).optional(),
  'dossier:palette': z.array(z.unknown()).max(100).optional(),
  'dossier:sources': z.array(z.unknown()).max(MAX_WORK_SOURCES).optional(),
  'dossier:links': z.array(z.unknown()).max(MAX_WORK_ITEMS).optional(),
  'dossier:ach': z.array(z.unknown()).max(MAX_WORK_MATRICES).optional(),
});

export type WorkEnvelope = z.infer<typeof WorkEnvelopeSchema>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasNote = (item: Record<string, unknown>): boolean =>
  Array.isArray(item.body) &&
  item.body.some((b) => isRecord(b) && b.purpose === 'commenting' && typeof b.value === 'string' && b.value !== '');

/** What a document holds, as the Restore screen lists it. */
export function workCounts(document: WorkEnvelope): WorkCounts {
  const items = document.items.filter(isRecord);
  return {
    highlights: items.filter((item) => item.motivation === 'highlighting').length,
    notes: items.filter(hasNote).length,
    briefs: document['dossier:briefs']?.length ?? 0,
    matrices: document['dossier:ach']?.length ?? 0,
  };
}
