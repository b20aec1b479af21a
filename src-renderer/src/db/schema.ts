// The analyst's work in IndexedDB (Dexie): record types and every schema version, oldest first.
// A new version never edits an old one; it adds version(n) with an upgrade when data moves.
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { AchEvidenceKind, AchRating, AchWeight, TimelineGrouping } from '../../../src-preload/contract/analysis';
import type { Credibility, Reliability } from '../../../src-shared/sources/grades';

export type ColorKey = 'yellow' | 'red' | 'purple' | 'blue' | 'green';

export interface StoredQuote {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

export interface StoredPosition {
  readonly start: number;
  readonly end: number;
}

/**
 * The library a record of work belongs to (main's LibrarySummary.libraryId). Records from before libraries
 * had ids, or imported without one, hold UNCLAIMED until the library that is open claims them.
 */
export const UNCLAIMED = '';

export interface Highlight {
  id: string;
  /** The library the highlight was made in (UNCLAIMED until one claims it). */
  libraryId: string;
  /** Path of the article relative to the library root, as the catalog names it. */
  articleId: string;
  /** Content hash of the file the selectors were last anchored in: follows renames and moves. */
  articleHash: string;
  /** Title of the article when last seen, so a missing article's work can still be named. */
  articleTitle: string;
  quote: StoredQuote;
  position: StoredPosition;
  color: ColorKey;
  note: string;
  tags: string[];
  /** The information's credibility 1–6 as the analyst judged it (absent: not judged, read as 6). */
  credibility?: Credibility;
  /**
   * When what the passage reports happened, as the analyst set it: ISO yyyy-mm-dd (absent: not dated). The
   * article's own date is when it was reported.
   */
  eventDate?: string;
  /**
   * The last day when it spans days ("17–18 Feb"): ISO yyyy-mm-dd, after eventDate (absent: one day). Not
   * indexed, so no new version.
   */
  eventDateEnd?: string;
  createdAt: number;
  updatedAt: number;
}

/** Note and tags on a whole article; one record per library and article id. */
export interface ArticleAnnotation {
  libraryId: string;
  articleId: string;
  articleHash: string;
  articleTitle: string;
  note: string;
  tags: string[];
  updatedAt: number;
}

/** What each highlight colour means to this analyst. */
export interface PaletteEntry {
  key: ColorKey;
  label: string;
  order: number;
  /** When the analyst last renamed it (absent for a name never changed): the newer name wins an import. */
  updatedAt?: number;
}

export const DEFAULT_PALETTE: readonly PaletteEntry[] = [
  { key: 'yellow', label: 'Key fact', order: 0 },
  { key: 'red', label: 'Claim to verify', order: 1 },
  { key: 'purple', label: 'Contradiction', order: 2 },
  { key: 'blue', label: 'Context', order: 3 },
  { key: 'green', label: 'Follow up', order: 4 },
];

export const COLOR_KEYS: readonly ColorKey[] = DEFAULT_PALETTE.map((p) => p.key);

/** An evidence item in a brief: a highlight and the analyst's comment on it. */
export interface BriefItem {
  id: string;
  highlightId: string;
  comment: string;
  /** The quote and its article when it was added, so the item still reads if the highlight is deleted. */
  quote: string;
  articleId: string;
  articleTitle: string;
}

export interface BriefSectionRecord {
  id: string;
  heading: string;
  text: string;
  items: BriefItem[];
  /** The section shows this ACH matrix as a table, as it stands when the brief is exported. */
  ach?: { matrixId: string };
  /** The section shows this range of the timeline as a dated list, as it was when added. */
  timeline?: TimelineSectionRecord;
}

/** A range of the timeline kept in a brief: what it showed when the analyst added it. */
export interface TimelineSectionRecord {
  /** ISO yyyy-mm-dd, inclusive. */
  from: string;
  to: string;
  grouping: TimelineGrouping;
  entries: TimelineEntryRecord[];
}

/** An entry of a kept timeline range: a highlight by its event date, or an article by its publication date. */
export type TimelineEntryRecord =
  | {
      kind: 'event';
      highlightId: string;
      articleId: string;
      articleTitle: string;
      quote: string;
      date: string;
      /** The last day of an event that spans days (ISO, after `date`); absent for one day. */
      end?: string;
      group: string;
    }
  | { kind: 'article'; articleId: string; articleTitle: string; date: string; group: string };

export interface Brief {
  id: string;
  title: string;
  summary: string;
  sections: BriefSectionRecord[];
  createdAt: number;
  updatedAt: number;
}

/**
 * An outlet in the source register, by its domain ("reuters.com"), across every library: its reliability
 * A–F (F until judged), a note, and every change of grade with when and why.
 */
export interface SourceRecord {
  domain: string;
  /** The outlet's own name ("Reuters") as the analyst or the articles give it. */
  name: string;
  reliability: Reliability;
  note: string;
  history: SourceGradeChange[];
  updatedAt: number;
}

export interface SourceGradeChange {
  at: number;
  from: Reliability;
  to: Reliability;
  /** Why the analyst changed it (may be empty). */
  reason: string;
}

export type HighlightLinkType = 'same-claim' | 'supports' | 'contradicts' | 'derived-from';

export const HIGHLIGHT_LINK_TYPES: readonly HighlightLinkType[] = [
  'same-claim',
  'supports',
  'contradicts',
  'derived-from',
];

/**
 * A typed link between two highlights of one library: `from` same-claim/supports/contradicts/derived-from
 * `to` (same-claim reads both ways).
 */
export interface HighlightLink {
  id: string;
  libraryId: string;
  from: string;
  to: string;
  type: HighlightLinkType;
  createdAt: number;
  updatedAt: number;
}

/** An Analysis of Competing Hypotheses: a question, its hypotheses, and evidence rows rated against each. */
export interface AchMatrix {
  id: string;
  /** The library whose highlights it weighs (UNCLAIMED until one claims it). */
  libraryId: string;
  question: string;
  hypotheses: AchHypothesis[];
  rows: AchEvidenceRow[];
  createdAt: number;
  updatedAt: number;
}

export interface AchHypothesis {
  id: string;
  label: string;
}

export interface AchEvidenceRow {
  id: string;
  kind: AchEvidenceKind;
  /** The highlight a 'highlight' row quotes; null for an assumption or absence of evidence. */
  highlightId: string | null;
  /** The quote when the row was added (it still reads if the highlight goes), or the analyst's words. */
  text: string;
  /** A highlight row's article, so it can be opened and named; '' for a typed row. */
  articleId: string;
  articleTitle: string;
  /** Credibility weight; absent: the default from the source grade and credibility (defaultCredibilityWeight). */
  credibility?: AchWeight;
  /** Relevance weight; absent: medium. */
  relevance?: AchWeight;
  /** Ratings by hypothesis id; a hypothesis not here is not rated for this row. */
  ratings: Record<string, AchRating>;
}

/** Version 1 stores: also used by tests that write data as the first release did. */
export const SCHEMA_V1 = {
  highlights: 'id, articleId, articleHash, color, *tags, updatedAt',
  articleAnnotations: 'articleId, articleHash, *tags',
  palette: 'key, order',
} as const;

/** Version 2 stores: briefs. */
export const SCHEMA_V2 = { ...SCHEMA_V1, briefs: 'id, updatedAt' } as const;

/**
 * Version 3: work belongs to a library. Highlights gain libraryId; article notes move aside, because their
 * key must become [libraryId+articleId] (two libraries may each have "notes.txt") and IndexedDB cannot
 * change a store's key in place. Both are UNCLAIMED until the first library opened claims them.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  highlights: 'id, libraryId, [libraryId+articleId], articleId, articleHash, color, *tags, updatedAt',
  articleAnnotations: null,
  articleAnnotationsMoving: 'articleId',
} as const;

/** Version 4: article notes back under their own name, keyed by library and article. */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  articleAnnotations: '[libraryId+articleId], libraryId, articleId, articleHash, *tags',
  articleAnnotationsMoving: null,
} as const;

/** Version 5: the source register (every library's) and typed links between highlights. */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  sources: 'domain, reliability, updatedAt',
  highlightLinks: 'id, libraryId, from, to, type, updatedAt',
} as const;

/**
 * Version 6: ACH matrices, each of one library. (Highlights gain an optional eventDate, and later eventDateEnd,
 * neither indexed.)
 */
export const SCHEMA_V6 = { ...SCHEMA_V5, achMatrices: 'id, libraryId, updatedAt' } as const;

export class DossierDb extends Dexie {
  highlights!: EntityTable<Highlight, 'id'>;
  articleAnnotations!: Table<ArticleAnnotation, [string, string]>;
  palette!: EntityTable<PaletteEntry, 'key'>;
  briefs!: EntityTable<Brief, 'id'>;
  sources!: EntityTable<SourceRecord, 'domain'>;
  highlightLinks!: EntityTable<HighlightLink, 'id'>;
  achMatrices!: EntityTable<AchMatrix, 'id'>;

  constructor(name = 'dossier') {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    // Version 2 adds briefs; nothing moves, so there is no upgrade function.
    this.version(2).stores(SCHEMA_V2);
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        await tx.table('highlights').toCollection().modify({ libraryId: UNCLAIMED });
        const notes = (await tx.table('articleAnnotations').toArray()) as Omit<ArticleAnnotation, 'libraryId'>[];
        await tx.table('articleAnnotationsMoving').bulkAdd(notes.map((note) => ({ ...note, libraryId: UNCLAIMED })));
      });
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        await tx.table('articleAnnotations').bulkAdd(await tx.table('articleAnnotationsMoving').toArray());
      });
    // Version 5 adds the source register and highlight links; nothing moves.
    this.version(5).stores(SCHEMA_V5);
    // Version 6 adds ACH matrices; nothing moves.
    this.version(6).stores(SCHEMA_V6);
    this.on('populate', (tx) => tx.table('palette').bulkAdd(DEFAULT_PALETTE.map((p) => ({ ...p }))));
  }
}
