// What the matrix says about its scores: each row's weights (credibility from the grade until set; typed rows
// medium), the ranking in words, the sensitivity verdict (holds, a new leader, a tie for first), and the CSV
// (one line per row, ratings as written, scores and ranks as numbers).
import { describe, expect, it } from 'vitest';
import { scoreMatrix, sensitivity } from '../../../../src-shared/analysis/ach';
import type { AchEvidenceRow } from '../../../../src-renderer/src/db/schema';
import { achCsv, csvFileName } from '../../../../src-renderer/src/features/ach/ach-csv';
import {
  hypothesisCodes,
  rowWeights,
  scoredMatrix,
  type RowGrade,
} from '../../../../src-renderer/src/features/ach/matrix-scores';
import { rankingText, sensitivityText } from '../../../../src-renderer/src/features/ach/ranking-text';
import { achMatrix, quoteRow, typedRow } from './ach-fixture';

const MATRIX = achMatrix('Will the talks go ahead?', { a: 'Talks, "soon"', b: 'No talks', c: 'Delay' }, [
  quoteRow(
    'r1',
    { highlightId: 'x', text: '=dates proposed', articleId: 'a.txt', articleTitle: 'A, B' },
    { a: 'C', b: 'II', c: 'C' },
  ),
  quoteRow(
    'r2',
    { highlightId: 'y', text: 'denied', articleId: 'b.txt', articleTitle: 'B' },
    { a: 'I', b: 'C', c: 'NA' },
  ),
  typedRow('r3', 'absence', 'no venue named', { a: 'N', b: 'N', c: 'N' }, { relevance: 'high' }),
]);
const GRADES = new Map<string, RowGrade>([
  ['r1', { reliability: 'B', credibility: 2 }],
  ['r2', { reliability: 'E', credibility: undefined }],
]);
const codes = hypothesisCodes(MATRIX);

function row(i: number): AchEvidenceRow {
  const found = MATRIX.rows[i];
  if (!found) throw new Error(`no row ${i}`);
  return found;
}

const typed = (id: string, ratings: Record<string, 'C' | 'I' | 'II'>): AchEvidenceRow =>
  typedRow(id, 'assumption', id, ratings);

describe('rowWeights', () => {
  it('takes the credibility from the grade until the analyst sets it; typed rows start at medium', () => {
    expect(rowWeights(row(0), GRADES.get('r1'))).toEqual({
      credibility: 'high',
      relevance: 'medium',
      credibilityFromGrade: true,
      defaultCredibility: 'high',
    });
    expect(rowWeights(row(1), GRADES.get('r2')).credibility).toBe('low');
    expect(rowWeights({ ...row(1), credibility: 'medium' }, GRADES.get('r2'))).toMatchObject({
      credibility: 'medium',
      credibilityFromGrade: false,
      defaultCredibility: 'low',
    });
    expect(rowWeights(row(2), undefined)).toMatchObject({ credibility: 'medium', relevance: 'high' });
  });
});

describe('ranking and sensitivity in words', () => {
  const scored = scoredMatrix(MATRIX, GRADES);
  it('lists the hypotheses least inconsistent first', () => {
    // a: r2 I × low (1/√2) = −0.71; b: r1 II × high (√2) = −2.83; c: nothing against it.
    expect(rankingText(scoreMatrix(scored), codes)).toBe('H3 (0.00), H1 (−0.71), H2 (−2.83)');
  });

  it('says whether leaving rows out changes the ranking, and how', () => {
    expect(sensitivityText(sensitivity(scored, []), codes)).toMatch(/^Nothing is left out/);
    expect(sensitivityText(sensitivity(scored, ['r3']), codes)).toBe('The ranking holds.');
    // Without r2, H1 and H3 are both at 0: a tie for first.
    expect(sensitivityText(sensitivity(scored, ['r2']), codes)).toBe('The ranking changes: H1 ties H3 for first.');
    // Without r1, H2 is at 0 beside H3, and H1 last: H2 and H3 tie.
    expect(sensitivityText(sensitivity(scored, ['r1']), codes)).toBe('The ranking changes: H2 ties H3 for first.');
    // With both: H1 −2, H2 −1, H3 −2 (H2 leads alone); without t2: H1 0, H2 −1, H3 −2.
    const rows = [typed('t1', { a: 'C', b: 'I', c: 'II' }), typed('t2', { a: 'II', b: 'C', c: 'C' })];
    const s = scoredMatrix({ ...MATRIX, rows }, new Map());
    expect(sensitivityText(sensitivity(s, ['t2']), codes)).toBe(
      'The ranking changes: H1 now ranks first (with all the evidence: H2).',
    );
  });
});

describe('achCsv', () => {
  it('writes a line per row, then the scores and ranks, safe for spreadsheets', () => {
    const csv = achCsv(MATRIX, GRADES, scoreMatrix(scoredMatrix(MATRIX, GRADES)));
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines).toEqual([
      'Evidence,Kind,Text,Article,Grade,Credibility,Relevance,"H1: Talks, ""soon""",H2: No talks,H3: Delay,Diagnostic',
      `E1,Quote,'=dates proposed,"A, B",B2,high,medium,C,II,C,yes`,
      'E2,Quote,denied,B,E6,low,medium,I,C,N/A,yes',
      'E3,Absence of evidence,no venue named,,,medium,high,N,N,N,no',
      'Score,,,,,,,-0.71,-2.83,0,',
      'Rank,,,,,,,2,3,1,',
      '',
    ]);
  });

  it('names the file after the question', () => {
    expect(csvFileName('Will the talks go ahead?')).toBe('ach-will-the-talks-go-ahead.csv');
    expect(csvFileName('מה מניע את ההכרזה?')).toBe('ach-מה-מניע-את-ההכרזה.csv');
    expect(csvFileName('  ?? ')).toBe('ach-matrix.csv');
  });
});
