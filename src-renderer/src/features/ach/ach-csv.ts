// A matrix as CSV for a spreadsheet: one line per evidence row (its kind, text, article, grade, weights, a
// rating per hypothesis, whether it is diagnostic), then the hypotheses' scores and ranks as numbers.
import { ratingText, type MatrixScores } from '../../../../src-shared/analysis/ach';
import { csvText } from '../../../../src-shared/analysis/csv';
import { formatGrade } from '../../../../src-shared/sources/grades';
import type { AchMatrix } from '../../db/schema';
import { hypothesisCode, KIND_LABELS, rowCode, rowWeights, type RowGrade } from './matrix-scores';

/** Two decimals as a number a spreadsheet sums (never −0). */
const number = (score: number): number => Math.round(score * 100) / 100 || 0;

export function achCsv(matrix: AchMatrix, grades: ReadonlyMap<string, RowGrade>, scores: MatrixScores): string {
  const columns = matrix.hypotheses.map((h, i) => `${hypothesisCode(i)}: ${h.label}`);
  const header = ['Evidence', 'Kind', 'Text', 'Article', 'Grade', 'Credibility', 'Relevance', ...columns, 'Diagnostic'];
  const lines = matrix.rows.map((row, i) => {
    const grade = grades.get(row.id);
    const weights = rowWeights(row, grade);
    const diagnostic = scores.rows.find((r) => r.rowId === row.id)?.diagnostic ?? false;
    return [
      rowCode(i),
      KIND_LABELS[row.kind],
      row.text,
      row.articleTitle,
      row.kind === 'highlight' ? formatGrade(grade?.reliability, grade?.credibility) : '',
      weights.credibility,
      weights.relevance,
      ...matrix.hypotheses.map((h) => {
        const rating = row.ratings[h.id];
        return rating ? ratingText(rating) : '';
      }),
      diagnostic ? 'yes' : 'no',
    ];
  });
  const blank = ['', '', '', '', '', ''];
  const scoreLine = ['Score', ...blank, ...scores.scores.map((s) => number(s.score)), ''];
  const rankLine = ['Rank', ...blank, ...scores.scores.map((s) => s.rank), ''];
  return csvText([header, ...lines, scoreLine, rankLine]);
}

/** "ach-will-russia-invade.csv": a file name from the question. */
export function csvFileName(question: string): string {
  const slug = question
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `ach-${slug || 'matrix'}.csv`;
}
