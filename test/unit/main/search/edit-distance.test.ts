// Edit distance with transpositions, bounded.
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../../src-main/search/edit-distance';

describe('editDistance', () => {
  it.each([
    ['lavorv', 'lavrov', 1],
    ['sanctons', 'sanctions', 1],
    ['glacers', 'glaciers', 1],
    ['agreemnets', 'agreements', 1],
    ['agremants', 'agreements', 2],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['same', 'same', 0],
    ['łódź', 'lodz', 3],
  ])('%s -> %s is %i', (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
    expect(editDistance(b, a, 5)).toBe(d);
  });

  it('stops past the bound', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
