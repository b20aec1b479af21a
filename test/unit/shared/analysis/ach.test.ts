// ACH scoring checked against the worked example of Heuer's Psychology of Intelligence Analysis (1999),
// chapter 8, figure 15 ("Will Iraq retaliate for US bombing of its intelligence headquarters?"), with PARC
// ACH 2.0's weights (low 1/√2, medium 1, high √2; I −1, II −2).
import { describe, expect, it } from 'vitest';
import {
  type AchRating,
  type AchWeight,
  defaultCredibilityWeight,
  formatScore,
  lowCredibilityRows,
  scoreMatrix,
  type ScoredMatrix,
  sensitivity,
} from '../../../../src-shared/analysis/ach';

const H = ['h1', 'h2', 'h3'] as const; // will not retaliate; minor terrorist actions; major attack

function row(
  id: string,
  ratings: readonly AchRating[],
  credibility: AchWeight = 'medium',
  relevance: AchWeight = 'medium',
) {
  return { id, credibility, relevance, ratings: Object.fromEntries(H.map((h, i) => [h, ratings[i] as AchRating])) };
}

/** Heuer's matrix: + as C, − as I, 0 as N. */
function heuer(e6Credibility: AchWeight = 'medium'): ScoredMatrix {
  return {
    hypotheses: H.map((id) => ({ id })),
    rows: [
      row('e1', ['C', 'C', 'C']), // Saddam's public statement of intent not to retaliate
      row('e2', ['C', 'C', 'I']), // no terrorist offensive during the 1991 Gulf War
      row('e3', ['C', 'C', 'I']), // assumption: Iraq would not want to provoke another US attack
      row('e4', ['N', 'C', 'C']), // more, longer Iraqi agent radio broadcasts
      row('e5', ['N', 'C', 'C']), // embassies told to take more security precautions
      row('e6', ['I', 'C', 'C'], e6Credibility), // assumption: not retaliating would lose Saddam face
    ],
  };
}

describe('scoreMatrix', () => {
  it('ranks Heuer’s hypotheses as the book does: minor actions, no retaliation, major attack', () => {
    const scores = scoreMatrix(heuer());
    expect(scores.scores.map((s) => s.score)).toEqual([-1, 0, -2]);
    expect(scores.ranking).toEqual(['h2', 'h1', 'h3']);
    expect(scores.scores.map((s) => s.rank)).toEqual([2, 1, 3]);
  });

  it('marks the statement consistent with every hypothesis as not diagnostic, and only it', () => {
    const rows = scoreMatrix(heuer()).rows;
    expect(rows.filter((r) => !r.diagnostic).map((r) => r.rowId)).toEqual(['e1']);
    expect(rows.find((r) => r.rowId === 'e2')?.spread).toBe(1);
  });

  it('weighs inconsistency by credibility × relevance', () => {
    const matrix: ScoredMatrix = {
      hypotheses: H.map((id) => ({ id })),
      rows: [row('a', ['II', 'I', 'C'], 'high', 'high'), row('b', ['C', 'I', 'N'], 'low', 'low')],
    };
    const [h1, h2, h3] = scoreMatrix(matrix).scores;
    expect(h1?.score).toBeCloseTo(-4);
    expect(h2?.score).toBeCloseTo(-2.5);
    expect(h3?.score).toBe(0);
    expect(scoreMatrix(matrix).ranking).toEqual(['h3', 'h2', 'h1']);
  });

  it('lets hypotheses with equal scores share a rank and ignores N/A and unrated cells', () => {
    const matrix: ScoredMatrix = {
      hypotheses: H.map((id) => ({ id })),
      rows: [{ id: 'x', credibility: 'medium', relevance: 'medium', ratings: { h1: 'NA', h2: 'I' } }],
    };
    const scores = scoreMatrix(matrix);
    expect(scores.scores.map((s) => s.rank)).toEqual([1, 3, 1]);
    expect(scores.rows[0]?.diagnostic).toBe(false); // one hypothesis rated: nothing to tell apart
  });
});

describe('sensitivity', () => {
  it('leaving out the low-credibility assumption ties “no retaliation” with the leader', () => {
    const matrix = heuer('low');
    expect(scoreMatrix(matrix).scores[0]?.score).toBeCloseTo(-Math.SQRT1_2);
    const result = sensitivity(matrix, lowCredibilityRows(matrix));
    expect(result.leftOut).toEqual(['e6']);
    expect(result.without.scores.map((s) => s.rank)).toEqual([1, 1, 3]);
    expect(result.changed).toBe(true);
    expect(result.leaderChanged).toBe(true);
  });

  it('says the ranking holds when the rows left out do not move it', () => {
    const result = sensitivity(heuer(), ['e1', 'e4']);
    expect(result.changed).toBe(false);
    expect(result.leaderChanged).toBe(false);
  });
});

describe('defaultCredibilityWeight and formatScore', () => {
  it('starts a row’s credibility from its grade', () => {
    expect(defaultCredibilityWeight('B', 2)).toBe('high');
    expect(defaultCredibilityWeight('A', 3)).toBe('medium');
    expect(defaultCredibilityWeight('E', 1)).toBe('low');
    expect(defaultCredibilityWeight('B', 5)).toBe('low');
    expect(defaultCredibilityWeight(undefined, undefined)).toBe('medium');
  });

  it('writes scores with two decimals and a true minus', () => {
    expect(formatScore(-Math.SQRT1_2)).toBe('−0.71');
    expect(formatScore(-0.001)).toBe('0.00');
    expect(formatScore(0)).toBe('0.00');
  });
});
