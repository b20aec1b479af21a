// The pure edits of an ACH matrix: hypotheses added, renamed, moved and removed (never below two, and put back
// whole by Undo), cells rated and cleared, weights set and unset, rows moved, removed and put back.
import { describe, expect, it } from 'vitest';
import {
  moveHypothesis,
  moveRow,
  nextHypothesisLabel,
  renameHypothesis,
  withHypothesis,
  withoutHypothesis,
  withoutRow,
  withRating,
  withRow,
  withRowText,
  withWeight,
} from '../../../../src-renderer/src/db/ach-edit';
import type { AchMatrix } from '../../../../src-renderer/src/db/schema';
import { achMatrix, quoteRow, typedRow } from './ach-fixture';

function matrix(): AchMatrix {
  return achMatrix('Why?', { h1: 'Hypothesis 1', h2: 'Hypothesis 2', h3: 'Hypothesis 3' }, [
    quoteRow('r1', { highlightId: 'x', text: 'a quote', articleId: 'a.txt', articleTitle: 'A' }, { h1: 'C', h3: 'II' }),
    typedRow('r2', 'assumption', 'we assume', {}),
  ]);
}

describe('hypotheses', () => {
  it('removes one, keeping its ratings unread, and Undo puts it back where it was with them', () => {
    const removed = withoutHypothesis(matrix(), 'h2');
    expect(removed.hypotheses.map((h) => h.id)).toEqual(['h1', 'h3']);
    const back = withHypothesis(removed, { id: 'h2', label: 'Hypothesis 2' }, 1);
    expect(back).toEqual(matrix());
    expect(withHypothesis(back, { id: 'h2', label: 'again' }, 0)).toBe(back);
  });

  it('never goes below two', () => {
    const two = withoutHypothesis(matrix(), 'h3');
    expect(withoutHypothesis(two, 'h1')).toBe(two);
  });

  it('renames, moves within the ends, and names a new one after the last number free', () => {
    const m = renameHypothesis(matrix(), 'h2', 'Deception');
    expect(m.hypotheses[1]?.label).toBe('Deception');
    expect(moveHypothesis(m, 'h1', 1).hypotheses.map((h) => h.id)).toEqual(['h2', 'h1', 'h3']);
    expect(moveHypothesis(m, 'h1', -1).hypotheses.map((h) => h.id)).toEqual(['h1', 'h2', 'h3']);
    expect(moveHypothesis(m, 'h3', 1).hypotheses.map((h) => h.id)).toEqual(['h1', 'h2', 'h3']);
    expect(nextHypothesisLabel(m)).toBe('Hypothesis 4');
    expect(nextHypothesisLabel(withoutHypothesis(matrix(), 'h1'))).toBe('Hypothesis 4');
  });
});

describe('cells and weights', () => {
  it('rates, re-rates and clears a cell', () => {
    let m = withRating(matrix(), 'r2', 'h2', 'CC');
    expect(m.rows[1]?.ratings).toEqual({ h2: 'CC' });
    m = withRating(m, 'r2', 'h2', 'NA');
    expect(m.rows[1]?.ratings).toEqual({ h2: 'NA' });
    m = withRating(m, 'r1', 'h3', null);
    expect(m.rows[0]?.ratings).toEqual({ h1: 'C' });
  });

  it('sets a weight and unsets it back to the default (the key is gone)', () => {
    const set = withWeight(matrix(), 'r1', 'credibility', 'high');
    expect(set.rows[0]?.credibility).toBe('high');
    const unset = withWeight(set, 'r1', 'credibility', null);
    expect('credibility' in (unset.rows[0] ?? {})).toBe(false);
    expect(withWeight(matrix(), 'r2', 'relevance', 'low').rows[1]?.relevance).toBe('low');
  });

  it('rewords a typed row but never a quote', () => {
    expect(withRowText(matrix(), 'r2', 'we now assume').rows[1]?.text).toBe('we now assume');
    expect(withRowText(matrix(), 'r1', 'changed').rows[0]?.text).toBe('a quote');
  });
});

describe('rows', () => {
  it('moves a row, and a removed row comes back at its place once', () => {
    expect(moveRow(matrix(), 'r2', -1).rows.map((r) => r.id)).toEqual(['r2', 'r1']);
    const row = matrix().rows[0];
    if (!row) throw new Error('no row');
    const without = withoutRow(matrix(), 'r1');
    expect(without.rows.map((r) => r.id)).toEqual(['r2']);
    const back = withRow(without, row, 0);
    expect(back).toEqual(matrix());
    expect(withRow(back, row, 1)).toBe(back);
  });
});
