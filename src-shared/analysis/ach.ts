// Analysis of Competing Hypotheses, scored as Heuer and PARC's ACH 2.0 score it: each inconsistent rating
// counts against its hypothesis (I −1, II −2; CC, C, N and N/A count nothing), weighted by the row's
// credibility and relevance (low 1/√2, medium 1, high √2); the least inconsistent hypothesis ranks first.
// A row that rates every hypothesis alike is not diagnostic. Sensitivity: the ranking again without some rows.
import type { AchRating, AchWeight } from '../../src-preload/contract/analysis';
import type { Credibility, Reliability } from '../sources/grades';

export type { AchEvidenceKind, AchRating, AchWeight } from '../../src-preload/contract/analysis';

export const ACH_RATINGS: readonly AchRating[] = ['CC', 'C', 'N', 'I', 'II', 'NA'];
export const ACH_WEIGHTS: readonly AchWeight[] = ['low', 'medium', 'high'];

export const RATING_MEANINGS: Readonly<Record<AchRating, string>> = {
  CC: 'Very consistent',
  C: 'Consistent',
  N: 'Neutral',
  I: 'Inconsistent',
  II: 'Very inconsistent',
  NA: 'Not applicable',
};

/** How a rating is written in a cell and in exports: "N/A" for not applicable. */
export const ratingText = (rating: AchRating): string => (rating === 'NA' ? 'N/A' : rating);

export const WEIGHT_VALUES: Readonly<Record<AchWeight, number>> = {
  low: Math.SQRT1_2,
  medium: 1,
  high: Math.SQRT2,
};

/** What a rating adds to its hypothesis's inconsistency score. */
export const INCONSISTENCY: Readonly<Record<AchRating, number>> = { CC: 0, C: 0, N: 0, I: -1, II: -2, NA: 0 };

/** The part of a matrix the scores read: hypotheses in order, rows with weights and ratings by hypothesis id. */
export interface ScoredMatrix {
  readonly hypotheses: readonly { readonly id: string }[];
  readonly rows: readonly ScoredRow[];
}

export interface ScoredRow {
  readonly id: string;
  readonly credibility: AchWeight;
  readonly relevance: AchWeight;
  /** Ratings by hypothesis id; a hypothesis missing here is not rated for this row. */
  readonly ratings: Readonly<Record<string, AchRating | undefined>>;
}

export interface HypothesisScore {
  readonly hypothesisId: string;
  /** Σ credibility × relevance × inconsistency: 0 or below. */
  readonly score: number;
  /** 1 for the least inconsistent; equal scores share a rank. */
  readonly rank: number;
}

export interface RowDiagnosticity {
  readonly rowId: string;
  /** False when every rated hypothesis has the same rating (or fewer than two are rated). */
  readonly diagnostic: boolean;
  /** How far apart the row's weighted inconsistencies are across hypotheses (0 for a non-diagnostic row). */
  readonly spread: number;
}

export interface MatrixScores {
  /** In the hypotheses' order. */
  readonly scores: readonly HypothesisScore[];
  /** Hypothesis ids, least inconsistent first (ties keep the matrix's order). */
  readonly ranking: readonly string[];
  readonly rows: readonly RowDiagnosticity[];
}

/** Scores within this of each other are equal (sums of √2 multiples are not exact in floating point). */
const EPSILON = 1e-9;

export const rowWeight = (row: Pick<ScoredRow, 'credibility' | 'relevance'>): number =>
  WEIGHT_VALUES[row.credibility] * WEIGHT_VALUES[row.relevance];

function diagnosticity(row: ScoredRow, hypotheses: readonly { readonly id: string }[]): RowDiagnosticity {
  const rated = hypotheses.flatMap((h) => {
    const rating = row.ratings[h.id];
    return rating === undefined || rating === 'NA' ? [] : [rating];
  });
  const diagnostic = rated.length >= 2 && rated.some((r) => r !== rated[0]);
  if (!diagnostic) return { rowId: row.id, diagnostic: false, spread: 0 };
  const values = rated.map((r) => INCONSISTENCY[r] * rowWeight(row));
  return { rowId: row.id, diagnostic: true, spread: Math.max(...values) - Math.min(...values) };
}

/** The scores of a matrix with the rows in `leftOut` not counted (sensitivity); every row keeps its diagnosticity. */
export function scoreMatrix(matrix: ScoredMatrix, leftOut: ReadonlySet<string> = new Set()): MatrixScores {
  const sums = matrix.hypotheses.map((h) =>
    matrix.rows.reduce((sum, row) => {
      if (leftOut.has(row.id)) return sum;
      const rating = row.ratings[h.id];
      return rating === undefined ? sum : sum + INCONSISTENCY[rating] * rowWeight(row);
    }, 0),
  );
  const order = matrix.hypotheses.map((h, i) => ({ id: h.id, score: sums[i] ?? 0, at: i }));
  const ranked = [...order].sort((a, b) => (Math.abs(a.score - b.score) < EPSILON ? a.at - b.at : b.score - a.score));
  const rankOf = new Map<string, number>();
  ranked.forEach((entry, i) => {
    const previous = ranked[i - 1];
    const tied = previous !== undefined && Math.abs(previous.score - entry.score) < EPSILON;
    rankOf.set(entry.id, tied ? (rankOf.get(previous.id) ?? i + 1) : i + 1);
  });
  return {
    scores: order.map((e) => ({ hypothesisId: e.id, score: e.score === 0 ? 0 : e.score, rank: rankOf.get(e.id) ?? 1 })),
    ranking: ranked.map((e) => e.id),
    rows: matrix.rows.map((row) => diagnosticity(row, matrix.hypotheses)),
  };
}

export interface Sensitivity {
  readonly base: MatrixScores;
  readonly without: MatrixScores;
  /** The rows left out. */
  readonly leftOut: readonly string[];
  /** True when the order of the hypotheses (by rank) is not the same without those rows. */
  readonly changed: boolean;
  /** True when the hypothesis ranked first alone is no longer so. */
  readonly leaderChanged: boolean;
}

/** Rows whose credibility weight is low: the first rows to doubt. */
export const lowCredibilityRows = (matrix: ScoredMatrix): string[] =>
  matrix.rows.filter((row) => row.credibility === 'low').map((row) => row.id);

const ranks = (s: MatrixScores): string => s.scores.map((x) => x.rank).join(',');
const leaders = (s: MatrixScores): string[] => s.scores.filter((x) => x.rank === 1).map((x) => x.hypothesisId);

/** The ranking with and without the given rows, and whether leaving them out changes it. */
export function sensitivity(matrix: ScoredMatrix, leftOut: readonly string[]): Sensitivity {
  const base = scoreMatrix(matrix);
  const without = scoreMatrix(matrix, new Set(leftOut));
  const [a, b] = [leaders(base), leaders(without)];
  return {
    base,
    without,
    leftOut,
    changed: ranks(base) !== ranks(without),
    leaderChanged: a.length !== b.length || a.some((id, i) => id !== b[i]),
  };
}

/**
 * The credibility weight a highlight's row starts with, from its grade: high for a reliable source's likely
 * information (A or B with 1 or 2), low for an unreliable source (D, E) or doubtful information (4, 5),
 * medium otherwise, and medium for what nobody has judged (F, 6). The analyst may change it.
 */
export function defaultCredibilityWeight(
  reliability: Reliability | null | undefined,
  credibility: Credibility | null | undefined,
): AchWeight {
  const r = reliability ?? 'F';
  const c = credibility ?? 6;
  if (r === 'D' || r === 'E' || c === 4 || c === 5) return 'low';
  if ((r === 'A' || r === 'B') && (c === 1 || c === 2)) return 'high';
  return 'medium';
}

/** "−2.83": a score as every view and export writes it, two decimals, a true minus sign, no "−0.00". */
export function formatScore(score: number): string {
  const rounded = Math.round(score * 100) / 100;
  if (rounded === 0) return '0.00';
  return `${rounded < 0 ? '−' : ''}${Math.abs(rounded).toFixed(2)}`;
}
