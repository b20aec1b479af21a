// The contract's briefs domain: a brief ready to render, which is also its JSON export format.
// Types only.
import type { BriefAch, BriefTimeline } from './analysis';
import type { Credibility, Reliability } from './grades';
import type { ArticleId } from './library';

/** Formats a brief (or one annotated article) can be exported to. */
export type BriefFormat = 'md' | 'html' | 'pdf' | 'docx' | 'json';

/** Where a quote comes from, as a citation shows it. */
export interface BriefSource {
  readonly articleId: ArticleId;
  readonly title: string;
  /**
   * The outlet: its own name when the original says it ("The Guardian"), else the URL's host name
   * ("russiaherald.com"); null when neither is known.
   */
  readonly outlet: string | null;
  /** Who wrote it, as the original says; absent or null when not known (briefs exported before it was kept). */
  readonly author?: string | null;
  /** ISO yyyy-mm-dd, or null when the article's date is missing or malformed. */
  readonly date: string | null;
  readonly url: string | null;
}

/**
 * A quote's Admiralty grade: the source's reliability (its outlet's, in the source register) and the
 * information's credibility (the highlight's); `text` is the two as shown, "B2".
 */
export interface EvidenceGrade {
  readonly reliability: Reliability;
  readonly credibility: Credibility;
  readonly text: string;
}

/**
 * One piece of evidence: a highlight's quote with its meaning, note and tags, and the analyst's comment. An
 * item with an empty `highlightId` (and an empty quote) cites its article as a whole: a timeline's
 * publication entry, listed among the sources and cited there like any quote.
 */
export interface BriefEvidence {
  readonly id: string;
  readonly highlightId: string;
  readonly quote: string;
  /** Context and position of the quote, so an imported brief can re-create its highlight. */
  readonly prefix: string;
  readonly suffix: string;
  readonly position: { readonly start: number; readonly end: number };
  readonly articleHash: string;
  /** Palette key ("yellow") and the analyst's meaning for it ("Key fact"). */
  readonly colour: string;
  readonly meaning: string;
  readonly note: string;
  readonly tags: readonly string[];
  readonly comment: string;
  readonly source: BriefSource;
  /** 1-based paragraph of the article the quote starts in; null when it cannot be placed. */
  readonly paragraph: number | null;
  /** True when the highlight could not be found in the current text of its article. */
  readonly orphaned: boolean;
  /**
   * The quote's grade; absent or null when neither part is judged (an F6 says nothing, so no format shows
   * it), and absent in briefs exported before grades were kept.
   */
  readonly grade?: EvidenceGrade | null;
}

export interface BriefSection {
  readonly id: string;
  readonly heading: string;
  /** The analyst's text for the section: plain text with the notes' simple Markdown. */
  readonly text: string;
  readonly evidence: readonly BriefEvidence[];
  /** An ACH matrix the section shows as a table; its rows' quotes are in `evidence`, cited like any quote. */
  readonly ach?: BriefAch;
  /** A timeline range the section shows as a dated list; its entries' citations are in `evidence`. */
  readonly timeline?: BriefTimeline;
}

/** A brief ready to render: everything the exports need, and the JSON export format itself. */
export interface BriefDocument {
  readonly format: 'dossier-brief';
  readonly version: 1;
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly sections: readonly BriefSection[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly exportedAt: string;
}

/** How quotes are cited: `[2, para. 3]` against a numbered list, or `(outlet, year)` against an A–Z list. */
export type CitationStyle = 'numbered' | 'author-date';

/** Who wrote the brief and how it is to be handled; shown above the title and in PDF and Word page headers. */
export interface BriefHeader {
  readonly author: string;
  readonly organisation: string;
  /** ISO yyyy-mm-dd, or '' to leave it out. */
  readonly analysisDate: string;
  /** A free handling marking, such as "OFFICIAL-SENSITIVE"; '' for none. */
  readonly marking: string;
}

/** What goes out with a brief, and how it is cited. JSON ignores them: it is the whole brief, for re-import. */
export interface BriefExportOptions {
  /** The analyst's notes on the highlights (written while reading; the brief's own comments always go). */
  readonly includeNotes: boolean;
  readonly includeTags: boolean;
  /** The colour meaning of each quote ("Key fact"). */
  readonly includeMeanings: boolean;
  readonly citationStyle: CitationStyle;
  /** Take utm_*, at_*, fbclid and the like out of every URL. */
  readonly stripTracking: boolean;
  readonly header: BriefHeader;
}

/** A brief composed for a reader, or one article with its annotations: each remembers its own choices. */
export type ExportKind = 'brief' | 'article';

export interface ExportChoices {
  readonly format: BriefFormat;
  readonly options: BriefExportOptions;
}

/** What the export dialog opens with: the last choices of each kind and the folder last exported to. */
export interface ExportPreferences {
  readonly brief: ExportChoices | null;
  readonly article: ExportChoices | null;
  readonly folder: string | null;
}

export interface ExportBriefRequest {
  readonly document: BriefDocument;
  readonly format: BriefFormat;
  /** The defaults (export-options.ts) when absent. */
  readonly options?: BriefExportOptions;
  /** Which remembered choices this export updates; none are remembered when absent. */
  readonly kind?: ExportKind;
}
