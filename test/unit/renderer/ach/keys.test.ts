// The matrix's keys: letters that rate a cell (two in a row for the strong ratings, Shift for them at once),
// and the arrows, Home, End and pages that move between cells (left and right mirrored right to left).
import { describe, expect, it } from 'vitest';
import { moveInGrid, withinGrid } from '../../../../src-renderer/src/features/ach/grid-keys';
import { ratingStep, type RatingKey } from '../../../../src-renderer/src/features/ach/rating-keys';

const key = (k: string, mods: Partial<RatingKey> = {}): RatingKey => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

/** The ratings a run of keys gives, carrying what was typed from key to key. */
function typeKeys(keys: readonly RatingKey[]): (string | null | undefined)[] {
  let typed = '';
  return keys.map((k) => {
    const step = ratingStep(k, typed);
    typed = step?.typed ?? '';
    return step === undefined ? undefined : step.rating;
  });
}

describe('ratingStep', () => {
  it('rates with one letter, and the strong ratings with the letter twice or with Shift', () => {
    expect(typeKeys([key('c')])).toEqual(['C']);
    expect(typeKeys([key('c'), key('c')])).toEqual(['C', 'CC']);
    expect(typeKeys([key('c'), key('c'), key('c')])).toEqual(['C', 'CC', 'C']);
    expect(typeKeys([key('i'), key('i')])).toEqual(['I', 'II']);
    expect(typeKeys([key('C', { shiftKey: true })])).toEqual(['CC']);
    expect(typeKeys([key('I', { shiftKey: true })])).toEqual(['II']);
    expect(typeKeys([key('c'), key('i')])).toEqual(['C', 'I']);
    expect(typeKeys([key('i'), key('n'), key('i')])).toEqual(['I', 'N', 'I']);
  });

  it('takes N, A for N/A, Delete and Backspace to clear, and leaves other keys alone', () => {
    expect(typeKeys([key('n'), key('a'), key('Delete'), key('Backspace')])).toEqual(['N', 'NA', null, null]);
    expect(typeKeys([key('x'), key('ArrowUp'), key('c', { ctrlKey: true }), key('i', { altKey: true })])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('moveInGrid', () => {
  const size = { rows: 8, cols: 3 };
  it('moves by a cell and stops at the edges', () => {
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowRight', false, size, false)).toEqual({ row: 0, col: 1 });
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowLeft', false, size, false)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 0, col: 2 }, 'ArrowDown', false, size, false)).toEqual({ row: 1, col: 2 });
    expect(moveInGrid({ row: 7, col: 2 }, 'ArrowDown', false, size, false)).toEqual({ row: 7, col: 2 });
  });

  it('mirrors left and right in right-to-left text', () => {
    expect(moveInGrid({ row: 0, col: 1 }, 'ArrowLeft', false, size, true)).toEqual({ row: 0, col: 2 });
    expect(moveInGrid({ row: 0, col: 1 }, 'ArrowRight', false, size, true)).toEqual({ row: 0, col: 0 });
  });

  it('goes to the row’s ends, the corners and by pages; other keys do not move', () => {
    expect(moveInGrid({ row: 3, col: 1 }, 'Home', false, size, false)).toEqual({ row: 3, col: 0 });
    expect(moveInGrid({ row: 3, col: 1 }, 'End', false, size, false)).toEqual({ row: 3, col: 2 });
    expect(moveInGrid({ row: 3, col: 1 }, 'Home', true, size, false)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 3, col: 1 }, 'End', true, size, false)).toEqual({ row: 7, col: 2 });
    expect(moveInGrid({ row: 3, col: 1 }, 'PageDown', false, size, false)).toEqual({ row: 7, col: 1 });
    expect(moveInGrid({ row: 3, col: 1 }, 'PageUp', false, size, false)).toEqual({ row: 0, col: 1 });
    expect(moveInGrid({ row: 3, col: 1 }, 'c', false, size, false)).toBeUndefined();
  });

  it('keeps the active cell inside a grid that shrank', () => {
    expect(withinGrid({ row: 5, col: 2 }, { rows: 3, cols: 2 })).toEqual({ row: 2, col: 1 });
  });
});
