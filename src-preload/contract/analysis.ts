// The contract's analysis domain: an Analysis of Competing Hypotheses (ACH) matrix and a timeline range as a
// brief carries them, ready to render and in the brief's JSON. Types only; scoring lives in src-shared/analysis.

/** How one piece of evidence bears on one hypothesis: very consistent … very inconsistent, or not applicable. */
export type AchRating = 'CC' | 'C' | 'N' | 'I' | 'II' | 'NA';

/** An evidence row's credibility or relevance weight (PARC ACH: low 1/√2, medium 1, high √2). */
export type AchWeight = 'low' | 'medium' | 'high';

/** An evidence row: a highlight's quote, or what the analyst typed (an assumption, or evidence that is absent). */
export type AchEvidenceKind = 'highlight' | 'assumption' | 'absence';

export interface BriefAchHypothesis {
  readonly id: string;
  readonly label: string;
  /** Heuer's weighted inconsistency score: 0 or below, the nearer 0 the less inconsistent. */
  readonly score: number;
  /** 1 for the least inconsistent; hypotheses with equal scores share a rank. */
  readonly rank: number;
}

export interface BriefAchRow {
  readonly id: string;
  readonly kind: AchEvidenceKind;
  /** The quote (a highlight) or the analyst's words (an assumption or absence). */
  readonly text: string;
  /** The section's evidence item that cites this row's quote; null for typed rows. */
  readonly evidenceId: string | null;
  readonly credibility: AchWeight;
  readonly relevance: AchWeight;
  /** One rating per hypothesis, in the hypotheses' order; null where the cell is not rated. */
  readonly ratings: readonly (AchRating | null)[];
  /** False when the row rates every hypothesis alike: it cannot tell them apart. */
  readonly diagnostic: boolean;
}

/** An ACH matrix as a brief section shows it: a table, its quotes cited like any evidence. */
export interface BriefAch {
  /**
   * The matrix in the profile that exported it: an import keeps the section live only when this profile has
   * it; absent in a brief written by hand.
   */
  readonly matrixId?: string;
  readonly question: string;
  readonly hypotheses: readonly BriefAchHypothesis[];
  readonly rows: readonly BriefAchRow[];
}

/** How a timeline's entries are grouped. */
export type TimelineGrouping = 'none' | 'story' | 'tag';

export interface BriefTimelineEntry {
  /** ISO yyyy-mm-dd: an event's date (the first day of a span), or an article's publication date. */
  readonly date: string;
  /** ISO yyyy-mm-dd: the last day of an event that spans days, after `date`; absent for one day. */
  readonly end?: string;
  /** An event a highlight dates, or an article's publication. */
  readonly kind: 'event' | 'article';
  /** The group the entry sits in ("" when not grouped). */
  readonly group: string;
  /** The quote (an event) or the article's title. */
  readonly text: string;
  /** An event's report date (its article's date), to show the gap; null for an article or an undated report. */
  readonly reportDate: string | null;
  /** The section's evidence item that cites the entry (the quote, or the article for a publication). */
  readonly evidenceId: string | null;
}

/** A range of the timeline as a brief section shows it: a dated list. */
export interface BriefTimeline {
  /** ISO yyyy-mm-dd, inclusive. */
  readonly from: string;
  readonly to: string;
  readonly grouping: TimelineGrouping;
  readonly entries: readonly BriefTimelineEntry[];
}
