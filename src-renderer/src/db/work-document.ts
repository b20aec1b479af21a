// The analyst's whole work as one document, the format of both the snapshots and "Export annotations…":
// a W3C AnnotationCollection of highlights and notes that also carries the briefs, the palette, the tags in
// use, the source register (grades with their history), the links between highlights and the ACH matrices,
// with a format version; and back, record by record. Older exports (annotations only, or without grades,
// links or matrices) read too.
import { z } from 'zod';
import type { WorkDocument } from '../../../src-preload/contract';
import {
  MAX_WORK_ITEMS,
  WORK_FORMAT,
  WORK_FORMAT_VERSION,
  WorkEnvelopeSchema,
} from '../../../src-shared/work/work-envelope';
import { annotationKey } from './import-plan';
import type {
  AchMatrix,
  ArticleAnnotation,
  Brief,
  Highlight,
  HighlightLink,
  PaletteEntry,
  SourceRecord,
} from './schema';
import { DOSSIER_NS, toAnnotationItems, type ArticleInfo } from './web-annotation';
import { fromAnnotationItems, type Refusal } from './web-annotation-read';
import {
  ACH_FIELDS,
  AchMatrixSchema,
  BRIEF_FIELDS,
  BriefRecordSchema,
  clampTime,
  firstProblem,
  LINK_FIELDS,
  LinkRecordSchema,
  PaletteRecordSchema,
  readExtras,
  SOURCE_FIELDS,
  SourceRecordSchema,
} from './work-records';

/** Each kind of record the work holds, by its name in the document: one list, which the import plan's writes
 * and the database's records it meets follow too. */
export interface WorkKinds {
  readonly highlights: Highlight;
  readonly annotations: ArticleAnnotation;
  readonly briefs: Brief;
  readonly palette: PaletteEntry;
  /** The source register: every library's outlets, with their grades' history. */
  readonly sources: SourceRecord;
  readonly links: HighlightLink;
  /** Analyses of Competing Hypotheses, each of one library. */
  readonly matrices: AchMatrix;
}

export type WorkRecords = { readonly [K in keyof WorkKinds]: readonly WorkKinds[K][] };

export interface ParsedWork extends WorkRecords {
  /** 'work' holds everything; 'annotations' is an older export with highlights and notes only. */
  readonly kind: 'work' | 'annotations';
  /** When the file was written, when it says so. */
  readonly generated: number | null;
  readonly refused: readonly Refusal[];
}

/** The tags in use with how many records carry each: for a person reading the file; derived, never read back. */
function tagCounts(work: WorkRecords): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of [...work.highlights, ...work.annotations]) {
    for (const tag of r.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : 1));
}

const copyMatrix = (m: AchMatrix): AchMatrix => ({
  ...m,
  hypotheses: m.hypotheses.map((h) => ({ ...h })),
  rows: m.rows.map((r) => ({ ...r, ratings: { ...r.ratings } })),
});

export function toWorkDocument(
  work: WorkRecords,
  articles: ReadonlyMap<string, ArticleInfo>,
  now: number,
  articlesLibrary: string | null = null,
): WorkDocument {
  const sources = new Map(work.sources.map((s) => [s.domain, s]));
  const items = toAnnotationItems(work.highlights, work.annotations, work.palette, articles, articlesLibrary, sources);
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { dossier: DOSSIER_NS }],
    type: 'AnnotationCollection',
    'dossier:format': WORK_FORMAT,
    'dossier:version': WORK_FORMAT_VERSION,
    generator: 'Dossier',
    generated: new Date(now).toISOString(),
    total: items.length,
    items,
    'dossier:palette': work.palette.map((p) => ({ ...p })),
    'dossier:tags': tagCounts(work),
    'dossier:briefs': work.briefs.map((b) => ({ ...b })),
    'dossier:sources': work.sources.map((s) => ({ ...s, history: s.history.map((h) => ({ ...h })) })),
    'dossier:links': work.links.map((l) => ({ ...l })),
    'dossier:ach': work.matrices.map(copyMatrix),
  };
}

const OldCollectionSchema = z.object({
  type: z.literal('AnnotationCollection'),
  items: z.array(z.unknown()).max(MAX_WORK_ITEMS),
});

/** Keeps the first record of each key; a repeat is refused. */
function unique<T>(records: readonly T[], key: (r: T) => string, what: (r: T) => string, refused: Refusal[]): T[] {
  const seen = new Set<string>();
  return records.filter((r) => {
    if (!seen.has(key(r))) return seen.add(key(r));
    refused.push({ what: what(r), reason: 'it appears twice in the file; the first is imported' });
    return false;
  });
}

/** Notes the refusal; no record. */
function refuse(refused: Refusal[], what: string, reason: string): [] {
  refused.push({ what, reason });
  return [];
}

function readBriefs(raw: readonly unknown[], now: number, refused: Refusal[]): Brief[] {
  return raw.flatMap((item, i) => {
    const what = `brief ${i + 1}`;
    const parsed = BriefRecordSchema.safeParse(item);
    if (!parsed.success) return refuse(refused, what, firstProblem(parsed.error));
    const read = readExtras(item, BRIEF_FIELDS);
    if ('problem' in read) return refuse(refused, `brief “${parsed.data.title}”`, read.problem);
    const { createdAt, updatedAt } = parsed.data;
    return [
      { ...read.extras, ...parsed.data, createdAt: clampTime(createdAt, now), updatedAt: clampTime(updatedAt, now) },
    ];
  });
}

function readPalette(raw: readonly unknown[], now: number, refused: Refusal[]): PaletteEntry[] {
  return raw.flatMap((item, i) => {
    const parsed = PaletteRecordSchema.safeParse(item);
    if (!parsed.success) return refuse(refused, `colour ${i + 1}`, firstProblem(parsed.error));
    const { updatedAt, ...entry } = parsed.data;
    return [updatedAt === undefined ? entry : { ...entry, updatedAt: clampTime(updatedAt, now) }];
  });
}

function readSources(raw: readonly unknown[], now: number, refused: Refusal[]): SourceRecord[] {
  return raw.flatMap((item, i) => {
    const parsed = SourceRecordSchema.safeParse(item);
    if (!parsed.success) return refuse(refused, `source ${i + 1}`, firstProblem(parsed.error));
    const read = readExtras(item, SOURCE_FIELDS);
    if ('problem' in read) return refuse(refused, `source ${parsed.data.domain}`, read.problem);
    const { history, updatedAt } = parsed.data;
    const changes = history.map((h) => ({ ...h, at: clampTime(h.at, now) })).sort((a, b) => a.at - b.at);
    return [{ ...read.extras, ...parsed.data, history: changes, updatedAt: clampTime(updatedAt, now) }];
  });
}

function readLinks(raw: readonly unknown[], now: number, refused: Refusal[]): HighlightLink[] {
  return raw.flatMap((item, i) => {
    const parsed = LinkRecordSchema.safeParse(item);
    if (!parsed.success) return refuse(refused, `link ${i + 1}`, firstProblem(parsed.error));
    const read = readExtras(item, LINK_FIELDS);
    if ('problem' in read) return refuse(refused, `link ${i + 1}`, read.problem);
    const { createdAt, updatedAt } = parsed.data;
    return [
      { ...read.extras, ...parsed.data, createdAt: clampTime(createdAt, now), updatedAt: clampTime(updatedAt, now) },
    ];
  });
}

function readMatrices(raw: readonly unknown[], now: number, refused: Refusal[]): AchMatrix[] {
  return raw.flatMap((item, i) => {
    const parsed = AchMatrixSchema.safeParse(item);
    if (!parsed.success) return refuse(refused, `ACH matrix ${i + 1}`, firstProblem(parsed.error));
    const read = readExtras(item, ACH_FIELDS);
    if ('problem' in read) return refuse(refused, `ACH matrix ${i + 1}`, read.problem);
    const { createdAt, updatedAt } = parsed.data;
    return [
      { ...read.extras, ...parsed.data, createdAt: clampTime(createdAt, now), updatedAt: clampTime(updatedAt, now) },
    ];
  });
}

/** Throws with a readable message when the file is not Dossier work at all; refuses bad records one by one. */
export function fromWorkDocument(json: unknown, now: number): ParsedWork {
  const work = WorkEnvelopeSchema.safeParse(json);
  const claimsWork = typeof json === 'object' && json !== null && 'dossier:format' in json;
  if (claimsWork && !work.success) throw new Error(`this Dossier work file is damaged: ${firstProblem(work.error)}`);
  const version = work.data?.['dossier:version'] ?? 0;
  if (version > WORK_FORMAT_VERSION) {
    throw new Error(
      `this file was written by a newer version of Dossier (format ${version}); update Dossier to read it`,
    );
  }
  const frame = work.data ?? OldCollectionSchema.safeParse(json).data;
  if (!frame) throw new Error('this file is not a Dossier annotations export (W3C AnnotationCollection)');
  const read = fromAnnotationItems(frame.items, now);
  const refused = [...read.refused];
  const generated = 'generated' in frame && typeof frame.generated === 'string' ? Date.parse(frame.generated) : NaN;
  return {
    kind: work.success ? 'work' : 'annotations',
    generated: Number.isNaN(generated) ? null : generated,
    highlights: unique(
      read.highlights,
      (h) => h.id,
      (h) => h.id,
      refused,
    ),
    annotations: unique(
      read.annotations,
      annotationKey, // one note per article of each library: two libraries may each have "notes.txt"
      (a) => `note on ${a.articleId}`,
      refused,
    ),
    briefs: unique(
      readBriefs(work.data?.['dossier:briefs'] ?? [], now, refused),
      (b) => b.id,
      (b) => b.title,
      refused,
    ),
    palette: unique(
      readPalette(work.data?.['dossier:palette'] ?? [], now, refused),
      (p) => p.key,
      (p) => p.key,
      refused,
    ),
    sources: unique(
      readSources(work.data?.['dossier:sources'] ?? [], now, refused),
      (s) => s.domain,
      (s) => `source ${s.domain}`,
      refused,
    ),
    links: unique(
      readLinks(work.data?.['dossier:links'] ?? [], now, refused),
      (l) => l.id,
      (l) => `link ${l.id}`,
      refused,
    ),
    matrices: unique(
      readMatrices(work.data?.['dossier:ach'] ?? [], now, refused),
      (m) => m.id,
      (m) => `ACH matrix ${m.id}`,
      refused,
    ),
    refused,
  };
}
