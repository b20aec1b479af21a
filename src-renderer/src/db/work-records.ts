// The checks every record from a file or a snapshot passes before it can reach the database: briefs (with
// their ACH and timeline sections), colour names, the source register, highlight links and ACH matrices
// (annotations are read in web-annotation-read.ts), times clamped to the present, fields a newer version of
// Dossier added carried along when they are plain values, and readable reasons.
import { z } from 'zod';
import type { AchEvidenceKind, AchRating, AchWeight, TimelineGrouping } from '../../../src-preload/contract/analysis';
import { ACH_RATINGS, ACH_WEIGHTS } from '../../../src-shared/analysis/ach';
import { ArticleIdSchema } from '../../../src-shared/article-id';
import { RELIABILITIES, type Reliability } from '../../../src-shared/sources/grades';
import { COLOR_KEYS, HIGHLIGHT_LINK_TYPES, type HighlightLinkType, type PaletteEntry } from './schema';
import * as L from './work-limits';

export type ExtraValue = string | number | boolean | null;
export type Extras = Readonly<Record<string, ExtraValue>>;

export const text = (max: number): z.ZodString => z.string().max(max, `is longer than ${max} characters`);
export const recordId = z
  .string()
  .min(1, 'is empty')
  .max(L.MAX_RECORD_ID, `is longer than ${L.MAX_RECORD_ID} characters`);
const time = z.number().refine(Number.isFinite, 'is not a time');
const libraryId = z.string().max(L.MAX_LIBRARY_ID, `is longer than ${L.MAX_LIBRARY_ID} characters`);

/** True for a real calendar day written as ISO yyyy-mm-dd ("2022-02-30" is not one). */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
export const isoDay = z.string().refine(isIsoDay, 'is not a date as yyyy-mm-dd');

const BriefItemSchema = z.object({
  id: recordId,
  highlightId: recordId,
  comment: text(L.MAX_NOTE),
  quote: text(L.MAX_QUOTE),
  articleId: ArticleIdSchema,
  articleTitle: text(L.MAX_TITLE),
});
const group = text(L.MAX_TITLE);
const TimelineEntrySchema = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('event'),
        highlightId: recordId,
        articleId: ArticleIdSchema,
        articleTitle: text(L.MAX_TITLE),
        quote: text(L.MAX_QUOTE),
        date: isoDay,
        end: isoDay.optional(),
        group,
      })
      .refine((e) => e.end === undefined || e.end >= e.date, 'ends before it starts'),
    z.object({
      kind: z.literal('article'),
      articleId: ArticleIdSchema,
      articleTitle: text(L.MAX_TITLE),
      date: isoDay,
      group,
    }),
  ],
  'is not an event or an article',
);
const TimelineSectionSchema = z
  .object({
    from: isoDay,
    to: isoDay,
    grouping: z.enum(['none', 'story', 'tag'] satisfies TimelineGrouping[], 'is not a way to group a timeline'),
    entries: z
      .array(TimelineEntrySchema)
      .max(L.MAX_TIMELINE_ENTRIES, `has more than ${L.MAX_TIMELINE_ENTRIES} entries`),
  })
  .refine((range) => range.from <= range.to, 'ends before it starts');
const BriefSectionSchema = z.object({
  id: recordId,
  heading: text(L.MAX_TITLE),
  text: text(L.MAX_BRIEF_TEXT),
  items: z.array(BriefItemSchema).max(L.MAX_SECTION_ITEMS, `has more than ${L.MAX_SECTION_ITEMS} items`),
  ach: z.object({ matrixId: recordId }).optional(),
  timeline: TimelineSectionSchema.optional(),
});
export const BriefRecordSchema = z.object({
  id: recordId,
  title: text(L.MAX_TITLE),
  summary: text(L.MAX_BRIEF_TEXT),
  sections: z.array(BriefSectionSchema).max(L.MAX_SECTIONS, `has more than ${L.MAX_SECTIONS} sections`),
  createdAt: time,
  updatedAt: time,
});
export const BRIEF_FIELDS: ReadonlySet<string> = new Set(Object.keys(BriefRecordSchema.shape));

export const PaletteRecordSchema = z.object({
  key: z.enum(COLOR_KEYS as [PaletteEntry['key'], ...PaletteEntry['key'][]]),
  label: z.string().trim().min(1, 'is empty').max(L.MAX_COLOUR_NAME, `is longer than ${L.MAX_COLOUR_NAME} characters`),
  order: z.int().min(0).max(99),
  updatedAt: time.optional(),
});

const reliability = z.enum(RELIABILITIES as [Reliability, ...Reliability[]], 'is not a reliability grade A–F');

const GradeChangeSchema = z.object({
  at: time,
  from: reliability,
  to: reliability,
  reason: text(L.MAX_NOTE),
});
export const SourceRecordSchema = z.object({
  domain: z.string().trim().min(1, 'is empty').max(L.MAX_DOMAIN, `is longer than ${L.MAX_DOMAIN} characters`),
  name: text(L.MAX_SOURCE_NAME),
  reliability,
  note: text(L.MAX_NOTE),
  history: z
    .array(GradeChangeSchema)
    .max(L.MAX_SOURCE_HISTORY, `has more than ${L.MAX_SOURCE_HISTORY} changes of grade`),
  updatedAt: time,
});
export const SOURCE_FIELDS: ReadonlySet<string> = new Set(Object.keys(SourceRecordSchema.shape));

export const LinkRecordSchema = z
  .object({
    id: recordId,
    libraryId,
    from: recordId,
    to: recordId,
    type: z.enum(HIGHLIGHT_LINK_TYPES as [HighlightLinkType, ...HighlightLinkType[]], 'is not a kind of link'),
    createdAt: time,
    updatedAt: time,
  })
  .refine((link) => link.from !== link.to, 'links a highlight to itself');
export const LINK_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'libraryId',
  'from',
  'to',
  'type',
  'createdAt',
  'updatedAt',
]);

const weight = z.enum(ACH_WEIGHTS as [AchWeight, ...AchWeight[]], 'is not low, medium or high');
const rating = z.enum(ACH_RATINGS as [AchRating, ...AchRating[]], 'is not one of CC, C, N, I, II or NA');
const AchHypothesisSchema = z.object({ id: recordId, label: text(L.MAX_TITLE) });
const AchRowSchema = z
  .object({
    id: recordId,
    kind: z.enum(['highlight', 'assumption', 'absence'] satisfies AchEvidenceKind[], 'is not a kind of evidence'),
    highlightId: recordId.nullable(),
    text: text(L.MAX_QUOTE),
    // A typed row has no article: ''.
    articleId: z.union([z.literal(''), ArticleIdSchema]),
    articleTitle: text(L.MAX_TITLE),
    credibility: weight.optional(),
    relevance: weight.optional(),
    ratings: z
      .record(recordId, rating)
      .refine((r) => Object.keys(r).length <= L.MAX_HYPOTHESES, `rate more than ${L.MAX_HYPOTHESES} hypotheses`),
  })
  .refine((row) => row.kind !== 'highlight' || row.highlightId !== null, 'quotes no highlight');

/** Each id once: a repeat would make two hypotheses (or rows) one. */
const distinct = (records: readonly { id: string }[]): boolean =>
  new Set(records.map((r) => r.id)).size === records.length;

export const AchMatrixSchema = z.object({
  id: recordId,
  libraryId,
  question: text(L.MAX_TITLE),
  hypotheses: z
    .array(AchHypothesisSchema)
    .max(L.MAX_HYPOTHESES, `has more than ${L.MAX_HYPOTHESES} hypotheses`)
    .refine(distinct, 'has two hypotheses with one id'),
  rows: z
    .array(AchRowSchema)
    .max(L.MAX_ACH_ROWS, `has more than ${L.MAX_ACH_ROWS} evidence rows`)
    .refine(distinct, 'has two evidence rows with one id'),
  createdAt: time,
  updatedAt: time,
});
export const ACH_FIELDS: ReadonlySet<string> = new Set(Object.keys(AchMatrixSchema.shape));

/** The first thing wrong with a record, as the analyst reads it: "sections.0.heading is longer than …". */
export function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it is not a record Dossier understands';
  const where = issue.path.map(String).join('.');
  // Messages written here read on from the field ("title is longer than …"); zod's own stand apart.
  return !where
    ? issue.message
    : /^[a-z]/.test(issue.message)
      ? `${where} ${issue.message}`
      : `${where}: ${issue.message}`;
}

/** A time in ms, no later than now (a clock set wrong elsewhere must not make a record win every merge). */
export const clampTime = (ms: number, now: number): number => Math.min(Math.max(0, ms), now);

/** An ISO date as ms, clamped; unreadable counts as oldest so it never overrides local work. */
export const readIsoTime = (value: unknown, now: number): number =>
  clampTime(typeof value === 'string' ? Date.parse(value) || 0 : 0, now);

const EXTRA_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

const isPlain = (value: unknown): value is ExtraValue =>
  value === null ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.length <= L.MAX_EXTRA_TEXT);

/** The fields of `raw` that are not `known`: kept when they are a few plain values, else why not. */
export function readExtras(raw: unknown, known: ReadonlySet<string>): { extras: Extras } | { problem: string } {
  if (raw === undefined) return { extras: {} };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { problem: 'extra fields are not a record' };
  const entries = Object.entries(raw).filter(([name]) => !known.has(name));
  if (entries.length > L.MAX_EXTRA_FIELDS) return { problem: `it has more than ${L.MAX_EXTRA_FIELDS} unknown fields` };
  for (const [name, value] of entries) {
    if (!EXTRA_NAME.test(name)) return { problem: `it has a field named “${name.slice(0, 40)}”` };
    if (!isPlain(value)) return { problem: `its field ${name} holds more than a plain value` };
  }
  return { extras: Object.fromEntries(entries) as Extras };
}

/** The fields of a stored record that this version does not know (added by a newer one): exported as they are. */
export function storedExtras(record: object, known: ReadonlySet<string>): Extras {
  return Object.fromEntries(Object.entries(record).filter(([name]) => !known.has(name))) as Extras;
}
