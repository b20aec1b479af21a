// Pure edits of an ACH matrix: its question, hypotheses (added, renamed, moved, removed), evidence rows
// (rated, weighted, moved, removed and put back). Each returns a new matrix; db/ach.ts saves it.
import type { AchRating, AchWeight } from '../../../src-preload/contract/analysis';
import type { AchEvidenceRow, AchHypothesis, AchMatrix } from './schema';

export const newAchId = (): string => crypto.randomUUID();

/** ACH weighs at least two hypotheses against each other: the last two are never removed. */
export const MIN_HYPOTHESES = 2;

function moveWithin<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= next.length || to < 0 || to >= next.length) return next;
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as T);
  return next;
}

export const withQuestion = (matrix: AchMatrix, question: string): AchMatrix => ({ ...matrix, question });

/** Adds a hypothesis at the end, or puts a removed one back where it was (its ratings were kept). */
export function withHypothesis(matrix: AchMatrix, hypothesis: AchHypothesis, at = matrix.hypotheses.length): AchMatrix {
  if (matrix.hypotheses.some((h) => h.id === hypothesis.id)) return matrix;
  const hypotheses = [...matrix.hypotheses];
  hypotheses.splice(Math.max(0, Math.min(at, hypotheses.length)), 0, hypothesis);
  return { ...matrix, hypotheses };
}

export const renameHypothesis = (matrix: AchMatrix, id: string, label: string): AchMatrix => ({
  ...matrix,
  hypotheses: matrix.hypotheses.map((h) => (h.id === id ? { ...h, label } : h)),
});

/**
 * Takes a hypothesis out of the matrix (not below two). Its ratings stay in the rows, unread, so that Undo
 * (withHypothesis at the same place) brings the column back whole.
 */
export function withoutHypothesis(matrix: AchMatrix, id: string): AchMatrix {
  if (matrix.hypotheses.length <= MIN_HYPOTHESES) return matrix;
  return { ...matrix, hypotheses: matrix.hypotheses.filter((h) => h.id !== id) };
}

/** Moves a hypothesis one place (delta −1 or 1) or more; a move past either end leaves the order. */
export function moveHypothesis(matrix: AchMatrix, id: string, delta: number): AchMatrix {
  const from = matrix.hypotheses.findIndex((h) => h.id === id);
  return { ...matrix, hypotheses: moveWithin(matrix.hypotheses, from, from + delta) };
}

const editRow = (matrix: AchMatrix, rowId: string, edit: (row: AchEvidenceRow) => AchEvidenceRow): AchMatrix => ({
  ...matrix,
  rows: matrix.rows.map((row) => (row.id === rowId ? edit(row) : row)),
});

/** Rates one cell; null clears it (the cell is then not rated). */
export function withRating(
  matrix: AchMatrix,
  rowId: string,
  hypothesisId: string,
  rating: AchRating | null,
): AchMatrix {
  return editRow(matrix, rowId, (row) => {
    const { [hypothesisId]: _old, ...rest } = row.ratings;
    return { ...row, ratings: rating === null ? rest : { ...rest, [hypothesisId]: rating } };
  });
}

export type WeightKind = 'credibility' | 'relevance';

/** Sets a row's credibility or relevance weight; null goes back to the default (the grade's, or medium). */
export function withWeight(matrix: AchMatrix, rowId: string, kind: WeightKind, weight: AchWeight | null): AchMatrix {
  return editRow(matrix, rowId, (row) => {
    const { [kind]: _old, ...rest } = row;
    return weight === null ? rest : { ...rest, [kind]: weight };
  });
}

/** Rewords an assumption or an absence of evidence (a highlight's row keeps its quote). */
export const withRowText = (matrix: AchMatrix, rowId: string, text: string): AchMatrix =>
  editRow(matrix, rowId, (row) => (row.kind === 'highlight' ? row : { ...row, text }));

export function moveRow(matrix: AchMatrix, rowId: string, delta: number): AchMatrix {
  const from = matrix.rows.findIndex((r) => r.id === rowId);
  return { ...matrix, rows: moveWithin(matrix.rows, from, from + delta) };
}

export const withoutRow = (matrix: AchMatrix, rowId: string): AchMatrix => ({
  ...matrix,
  rows: matrix.rows.filter((r) => r.id !== rowId),
});

/** Puts a removed row back at its place (Undo); a row already there is not doubled. */
export function withRow(matrix: AchMatrix, row: AchEvidenceRow, at: number): AchMatrix {
  if (matrix.rows.some((r) => r.id === row.id)) return matrix;
  const rows = [...matrix.rows];
  rows.splice(Math.max(0, Math.min(at, rows.length)), 0, row);
  return { ...matrix, rows };
}

/** "Hypothesis 3": the next name not taken, for a hypothesis just added. */
export function nextHypothesisLabel(matrix: AchMatrix): string {
  const taken = new Set(matrix.hypotheses.map((h) => h.label));
  let n = matrix.hypotheses.length + 1;
  while (taken.has(`Hypothesis ${n}`)) n += 1;
  return `Hypothesis ${n}`;
}
