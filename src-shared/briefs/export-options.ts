// The export options every brief format takes: their defaults, the schema main checks them with, and the
// brief as it goes out once they are applied (notes, tags and meanings left out, tracking taken off URLs).
import { z } from 'zod';
import type { BriefDocument, BriefEvidence, BriefExportOptions, ExportKind } from '../../src-preload/contract';
import { stripTracking, stripTrackingInText } from '../url-tracking';

export const NO_HEADER = { author: '', organisation: '', analysisDate: '', marking: '' } as const;

/**
 * A brief goes to a reader: the analyst's highlight notes are private working notes (the brief's own
 * comments are what the reader is meant to see), and tags and colour meanings are the analyst's filing.
 */
export const DEFAULT_EXPORT_OPTIONS: BriefExportOptions = {
  includeNotes: false,
  includeTags: false,
  includeMeanings: false,
  citationStyle: 'numbered',
  stripTracking: true,
  header: NO_HEADER,
};

/** One article "with its annotations" is the analyst's own annotated copy: its notes, tags and meanings go. */
export const ARTICLE_EXPORT_OPTIONS: BriefExportOptions = {
  ...DEFAULT_EXPORT_OPTIONS,
  includeNotes: true,
  includeTags: true,
  includeMeanings: true,
};

export function defaultOptions(kind: ExportKind): BriefExportOptions {
  return kind === 'article' ? ARTICLE_EXPORT_OPTIONS : DEFAULT_EXPORT_OPTIONS;
}

export const BriefHeaderSchema = z.object({
  author: z.string().max(200),
  organisation: z.string().max(200),
  analysisDate: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-mm-dd')]),
  marking: z.string().max(100),
});

export const BriefExportOptionsSchema = z.object({
  includeNotes: z.boolean(),
  includeTags: z.boolean(),
  includeMeanings: z.boolean(),
  citationStyle: z.enum(['numbered', 'author-date']),
  stripTracking: z.boolean(),
  header: BriefHeaderSchema,
}) satisfies z.ZodType<BriefExportOptions>;

function outgoingEvidence(evidence: BriefEvidence, options: BriefExportOptions): BriefEvidence {
  const clean = options.stripTracking ? stripTrackingInText : (text: string): string => text;
  const url = evidence.source.url;
  return {
    ...evidence,
    colour: options.includeMeanings ? evidence.colour : '',
    meaning: options.includeMeanings ? evidence.meaning : '',
    note: options.includeNotes ? clean(evidence.note) : '',
    tags: options.includeTags ? evidence.tags : [],
    comment: clean(evidence.comment),
    source: { ...evidence.source, url: url !== null && options.stripTracking ? stripTracking(url) : url },
  };
}

/** The brief as the chosen options let it out; the renderers write nothing the options left out. */
export function outgoingBrief(document: BriefDocument, options: BriefExportOptions): BriefDocument {
  const clean = options.stripTracking ? stripTrackingInText : (text: string): string => text;
  return {
    ...document,
    summary: clean(document.summary),
    sections: document.sections.map((section) => ({
      ...section,
      text: clean(section.text),
      evidence: section.evidence.map((evidence) => outgoingEvidence(evidence, options)),
    })),
  };
}
