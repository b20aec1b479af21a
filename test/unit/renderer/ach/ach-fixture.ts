// ACH matrices for tests, written as what they say: a question, its hypotheses by id, and rows that quote a
// highlight or state what the analyst typed (an assumption, an absence of evidence), each with its ratings and
// any weights set; every other field the plain default.
import type { AchEvidenceRow, AchMatrix } from '../../../../src-renderer/src/db/schema';

type Ratings = AchEvidenceRow['ratings'];
type Weights = Pick<AchEvidenceRow, 'credibility' | 'relevance'>;

/** What a quoting row copies of its highlight. */
export interface Quoted {
  readonly highlightId: string;
  readonly text: string;
  readonly articleId: string;
  readonly articleTitle: string;
}

/** A matrix with id 'm' in library 'lib', made and changed at 1, unless `more` says otherwise. */
export function achMatrix(
  question: string,
  hypotheses: Readonly<Record<string, string>>,
  rows: AchEvidenceRow[],
  more: Partial<AchMatrix> = {},
): AchMatrix {
  return {
    id: 'm',
    libraryId: 'lib',
    question,
    hypotheses: Object.entries(hypotheses).map(([id, label]) => ({ id, label })),
    rows,
    createdAt: 1,
    updatedAt: 1,
    ...more,
  };
}

/** A row weighing a highlight's quote. */
export function quoteRow(id: string, quoted: Quoted, ratings: Ratings, weights: Weights = {}): AchEvidenceRow {
  return { id, kind: 'highlight', ...quoted, ...weights, ratings };
}

/** A row the analyst typed: an assumption or an absence of evidence, quoting no article. */
export function typedRow(
  id: string,
  kind: 'assumption' | 'absence',
  text: string,
  ratings: Ratings,
  weights: Weights = {},
): AchEvidenceRow {
  return { id, kind, highlightId: null, text, articleId: '', articleTitle: '', ...weights, ratings };
}
