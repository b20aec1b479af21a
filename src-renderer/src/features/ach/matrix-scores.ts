// What the scores of a matrix read: each row's credibility weight (the analyst's, or the default from its
// quote's grade: the outlet's reliability and the highlight's credibility), its relevance (medium unless
// set), and short codes (H1, E1) that the grid, the ranking sentence and the exports name things by.
import type { AchWeight } from '../../../../src-preload/contract/analysis';
import { defaultCredibilityWeight, type ScoredMatrix } from '../../../../src-shared/analysis/ach';
import type { Credibility, Reliability } from '../../../../src-shared/sources/grades';
import type { AchEvidenceRow, AchMatrix } from '../../db/schema';

/** A highlight row's grade as the register and the highlight say it now. */
export interface RowGrade {
  readonly reliability: Reliability;
  readonly credibility: Credibility | undefined;
}

export interface RowWeights {
  readonly credibility: AchWeight;
  readonly relevance: AchWeight;
  /** The credibility is the grade's default (the analyst has not set it). */
  readonly credibilityFromGrade: boolean;
  /** The credibility the row has when the analyst has not set it. */
  readonly defaultCredibility: AchWeight;
}

/** The weights a row is scored with; a typed row (or a row without a grade) defaults to medium. */
export function rowWeights(row: AchEvidenceRow, grade: RowGrade | undefined): RowWeights {
  const fallback =
    row.kind === 'highlight' && grade ? defaultCredibilityWeight(grade.reliability, grade.credibility) : 'medium';
  return {
    credibility: row.credibility ?? fallback,
    relevance: row.relevance ?? 'medium',
    credibilityFromGrade: row.credibility === undefined,
    defaultCredibility: fallback,
  };
}

/** The matrix as src-shared/analysis/ach.ts scores it, with every row's weights resolved. */
export function scoredMatrix(matrix: AchMatrix, grades: ReadonlyMap<string, RowGrade>): ScoredMatrix {
  return {
    hypotheses: matrix.hypotheses,
    rows: matrix.rows.map((row) => {
      const { credibility, relevance } = rowWeights(row, grades.get(row.id));
      return { id: row.id, credibility, relevance, ratings: row.ratings };
    }),
  };
}

/** "H2": a hypothesis's code by its place. */
export const hypothesisCode = (index: number): string => `H${index + 1}`;
/** "E3": an evidence row's code by its place. */
export const rowCode = (index: number): string => `E${index + 1}`;

/** Hypothesis codes by id, for sentences about the ranking. */
export function hypothesisCodes(matrix: Pick<AchMatrix, 'hypotheses'>): ReadonlyMap<string, string> {
  return new Map(matrix.hypotheses.map((h, i) => [h.id, hypothesisCode(i)]));
}

export const KIND_LABELS: Readonly<Record<AchEvidenceRow['kind'], string>> = {
  highlight: 'Quote',
  assumption: 'Assumption',
  absence: 'Absence of evidence',
};
