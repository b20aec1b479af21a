// The library list with story rows opened: row numbers map to hits and copy rows and back, and the hits a
// range of rows needs.
import { describe, expect, it } from 'vitest';
import {
  hitRange,
  orderExpansions,
  rowAt,
  rowCount,
  rowOfHit,
  type Expansion,
} from '../../../../../src-renderer/src/features/library/story-rows';

// Hits 0..9; hit 2 opened with 4 copies, hit 5 with 2.
const two: Expansion = { storyId: 's2', hit: 2, rows: 4 };
const five: Expansion = { storyId: 's5', hit: 5, rows: 2 };
const opened = orderExpansions([five, two], 10);

describe('story rows', () => {
  it('counts the hits and the copy rows', () => {
    expect(rowCount(10, opened)).toBe(16);
    expect(rowCount(10, [])).toBe(10);
  });

  it('maps every row to its hit or copy, in order', () => {
    const rows = Array.from({ length: 16 }, (_, i) => {
      const row = rowAt(opened, i);
      return row.kind === 'hit' ? `h${row.hit}` : `${row.expansion.storyId}.${row.copy}`;
    });
    expect(rows).toEqual([
      'h0',
      'h1',
      'h2',
      's2.0',
      's2.1',
      's2.2',
      's2.3',
      'h3',
      'h4',
      'h5',
      's5.0',
      's5.1',
      'h6',
      'h7',
      'h8',
      'h9',
    ]);
  });

  it('finds the row of a hit, past the copies opened above it', () => {
    expect([0, 2, 3, 5, 6, 9].map((hit) => rowOfHit(opened, hit))).toEqual([0, 2, 7, 9, 12, 15]);
  });

  it('asks for the hits a range of rows shows or hangs under', () => {
    expect(hitRange(opened, 4, 8)).toEqual([2, 4]);
    expect(hitRange(opened, 10, 12)).toEqual([5, 6]);
    expect(hitRange(opened, 0, 16)).toEqual([0, 10]);
  });

  it('keeps one expansion a hit, and none past the end of the list', () => {
    expect(orderExpansions([two, { ...two, rows: 9 }, { storyId: 'x', hit: 10, rows: 3 }], 10)).toEqual([two]);
  });
});
