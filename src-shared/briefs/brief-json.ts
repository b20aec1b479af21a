// The JSON brief format: the zod schema that every brief from outside (a file, or the untrusted renderer)
// must pass, with bounded sizes; reading a file with readable errors; and writing one, pretty-printed.
import { z } from 'zod';
import { ArticleIdSchema } from '../article-id';
import { CREDIBILITIES, formatGrade, RELIABILITIES } from '../sources/grades';
import { escapeBidiControls } from '../text-safety';
import type { BriefDocument } from '../../src-preload/contract';

/** 64 MB of JSON: far above any real brief, low enough that a wrong file cannot exhaust memory. */
export const MAX_BRIEF_JSON_CHARS = 64 * 1024 * 1024;
export const MAX_SECTIONS = 500;
export const MAX_EVIDENCE = 10_000;
/** Far more hypotheses than any ACH matrix weighs (Heuer suggests a handful). */
export const MAX_HYPOTHESES = 100;

const LONG_TEXT = 200_000;
const Id = z.string().max(5000);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-mm-dd');
const Timestamp = z.string().max(64);

export const BriefSourceSchema = z.object({
  articleId: ArticleIdSchema,
  title: z.string().max(2000),
  outlet: z.string().max(253).nullable(),
  author: z.string().max(500).nullable().optional(),
  date: IsoDate.nullable(),
  url: z.string().max(8192).nullable(),
});

/** A quote's grade: its text must be what its two parts make ("B2"), so no file can show one grade and mean another. */
export const EvidenceGradeSchema = z
  .object({
    reliability: z.enum(RELIABILITIES),
    credibility: z.union(CREDIBILITIES.map((c) => z.literal(c))),
    text: z.string().max(2),
  })
  .refine((g) => g.text === formatGrade(g.reliability, g.credibility), "a grade's text differs from its parts");

export const BriefEvidenceSchema = z.object({
  id: Id,
  highlightId: Id,
  quote: z.string().max(LONG_TEXT),
  prefix: z.string().max(1000),
  suffix: z.string().max(1000),
  position: z
    .object({ start: z.int().nonnegative(), end: z.int().nonnegative() })
    .refine((p) => p.end >= p.start, 'the end of a position comes before its start'),
  articleHash: z.string().max(128),
  colour: z.string().max(40),
  meaning: z.string().max(200),
  note: z.string().max(LONG_TEXT),
  tags: z.array(z.string().max(200)).max(200),
  comment: z.string().max(LONG_TEXT),
  source: BriefSourceSchema,
  paragraph: z.int().positive().nullable(),
  orphaned: z.boolean(),
  grade: EvidenceGradeSchema.nullable().optional(),
});

const Weight = z.enum(['low', 'medium', 'high']);
const Rating = z.enum(['CC', 'C', 'N', 'I', 'II', 'NA']);

export const BriefAchSchema = z
  .object({
    matrixId: Id.optional(),
    question: z.string().max(2000),
    hypotheses: z
      .array(
        z.object({
          id: Id,
          label: z.string().max(2000),
          score: z.number().finite().max(0),
          rank: z.int().positive().max(MAX_HYPOTHESES),
        }),
      )
      .max(MAX_HYPOTHESES),
    rows: z
      .array(
        z.object({
          id: Id,
          kind: z.enum(['highlight', 'assumption', 'absence']),
          text: z.string().max(LONG_TEXT),
          evidenceId: Id.nullable(),
          credibility: Weight,
          relevance: Weight,
          ratings: z.array(Rating.nullable()).max(MAX_HYPOTHESES),
          diagnostic: z.boolean(),
        }),
      )
      .max(MAX_EVIDENCE),
  })
  .refine(
    (ach) => ach.rows.every((row) => row.ratings.length === ach.hypotheses.length),
    'an ACH row must rate each hypothesis (null where not rated)',
  );

export const BriefTimelineSchema = z.object({
  from: IsoDate,
  to: IsoDate,
  grouping: z.enum(['none', 'story', 'tag']),
  entries: z
    .array(
      z
        .object({
          date: IsoDate,
          /** An event's last day when it spans days: on or after its date. */
          end: IsoDate.optional(),
          kind: z.enum(['event', 'article']),
          group: z.string().max(2000),
          text: z.string().max(LONG_TEXT),
          reportDate: IsoDate.nullable(),
          evidenceId: Id.nullable(),
        })
        .refine(
          (entry) => entry.end === undefined || entry.end >= entry.date,
          'a timeline entry ends before it starts',
        ),
    )
    .max(MAX_EVIDENCE),
});

/** The ids a section's table and dated list cite must be evidence items of that section. */
function citesOwnEvidence(section: {
  evidence: readonly { id: string }[];
  ach?: { rows: readonly { evidenceId: string | null }[] } | undefined;
  timeline?: { entries: readonly { evidenceId: string | null }[] } | undefined;
}): boolean {
  const ids = new Set(section.evidence.map((e) => e.id));
  const cited = [...(section.ach?.rows ?? []), ...(section.timeline?.entries ?? [])].map((x) => x.evidenceId);
  return cited.every((id) => id === null || ids.has(id));
}

export const BriefSectionSchema = z
  .object({
    id: Id,
    heading: z.string().max(2000),
    text: z.string().max(LONG_TEXT),
    evidence: z.array(BriefEvidenceSchema).max(MAX_EVIDENCE),
    ach: BriefAchSchema.optional(),
    timeline: BriefTimelineSchema.optional(),
  })
  .refine(citesOwnEvidence, 'a table row or timeline entry cites evidence that is not in its section');

export const BriefDocumentSchema = z.object({
  format: z.literal('dossier-brief'),
  version: z.literal(1),
  id: Id,
  title: z.string().max(2000),
  summary: z.string().max(LONG_TEXT),
  sections: z
    .array(BriefSectionSchema)
    .max(MAX_SECTIONS)
    .refine(
      (sections) => sections.reduce((n, s) => n + s.evidence.length, 0) <= MAX_EVIDENCE,
      `a brief holds at most ${MAX_EVIDENCE} quotes`,
    ),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  exportedAt: Timestamp,
}) satisfies z.ZodType<BriefDocument>;

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
    .join('');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/** Checks a value that claims to be a brief; the Error says what is wrong, and where, in words. */
export function validateBrief(value: unknown): BriefDocument {
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    !('format' in value) ||
    value.format !== 'dossier-brief'
  ) {
    throw new Error('not a Dossier brief: expected a JSON object with "format": "dossier-brief"');
  }
  if (!('version' in value) || value.version !== 1) {
    const version = 'version' in value ? JSON.stringify(value.version) : 'missing';
    throw new Error(`unsupported Dossier brief version (${version}): this app reads version 1`);
  }
  const parsed = BriefDocumentSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const more = issues.length > 3 ? `; and ${issues.length - 3} more` : '';
  throw new Error(`not a valid Dossier brief: ${issues.slice(0, 3).map(describeIssue).join('; ')}${more}`);
}

/** Reads a brief from the text of a JSON file (a BOM is allowed, as editors on Windows write one). */
export function parseBriefJson(text: string): BriefDocument {
  if (text.length > MAX_BRIEF_JSON_CHARS) {
    throw new Error(`not a Dossier brief: the file is larger than ${MAX_BRIEF_JSON_CHARS / (1024 * 1024)} MB`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(
      `not a Dossier brief: the file is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      {
        cause: error,
      },
    );
  }
  return validateBrief(value);
}

/**
 * The brief as its JSON file: pretty-printed, ending with a newline, re-importable with parseBriefJson.
 * Bidirectional controls are written as \u escapes: the data keeps them, a viewer of the file shows them inert.
 */
export function serialiseBrief(document: BriefDocument): string {
  return `${escapeBidiControls(JSON.stringify(document, null, 2), (code) => `\\u${code}`)}\n`;
}
