// The keys of the one-tab-stop article list: where each moves the active row, clamped to the list.
import { describe, expect, it } from 'vitest';
import { listboxTarget } from '../../../../src-renderer/src/ui/listbox-keys';

describe('listboxTarget', () => {
  it('moves by one with the arrows and stops at the ends', () => {
    expect(listboxTarget('ArrowDown', 3, 10, 5)).toBe(4);
    expect(listboxTarget('ArrowUp', 3, 10, 5)).toBe(2);
    expect(listboxTarget('ArrowDown', 9, 10, 5)).toBe(9);
    expect(listboxTarget('ArrowUp', 0, 10, 5)).toBe(0);
  });

  it('starts at the first row when none is active yet', () => {
    expect(listboxTarget('ArrowDown', null, 10, 5)).toBe(0);
    expect(listboxTarget('ArrowUp', null, 10, 5)).toBe(0);
    expect(listboxTarget('PageDown', null, 10, 5)).toBe(5);
  });

  it('moves a screenful with PageUp and PageDown, clamped', () => {
    expect(listboxTarget('PageDown', 2, 27_800, 11)).toBe(13);
    expect(listboxTarget('PageUp', 13, 27_800, 11)).toBe(2);
    expect(listboxTarget('PageUp', 4, 27_800, 11)).toBe(0);
    expect(listboxTarget('PageDown', 27_795, 27_800, 11)).toBe(27_799);
    expect(listboxTarget('PageDown', 0, 10, 0)).toBe(1);
  });

  it('goes to the ends with Home and End', () => {
    expect(listboxTarget('Home', 500, 27_800, 11)).toBe(0);
    expect(listboxTarget('End', 5, 27_800, 11)).toBe(27_799);
  });

  it('leaves other keys and empty lists alone', () => {
    expect(listboxTarget('Enter', 3, 10, 5)).toBeNull();
    expect(listboxTarget('a', 3, 10, 5)).toBeNull();
    expect(listboxTarget('ArrowDown', null, 0, 5)).toBeNull();
  });
});
