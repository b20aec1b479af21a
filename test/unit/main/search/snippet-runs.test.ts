// FTS5's marked text split into runs the page renders as text.
import { describe, expect, it } from 'vitest';
import { snippetRuns, withoutMarks } from '../../../../src-main/search/snippet';

describe('snippetRuns', () => {
  it('splits marked text into runs and merges neighbours', () => {
    expect(snippetRuns('…said \u0002Lavrov\u0003 and \u0002Blinken\u0003\u0002 met\u0003.')).toEqual([
      { text: '…said ', hit: false },
      { text: 'Lavrov', hit: true },
      { text: ' and ', hit: false },
      { text: 'Blinken met', hit: true },
      { text: '.', hit: false },
    ]);
  });

  it('copes with no marks, empty text and markup-like text', () => {
    expect(snippetRuns('')).toEqual([]);
    expect(snippetRuns('<b>plain</b>')).toEqual([{ text: '<b>plain</b>', hit: false }]);
    expect(snippetRuns('\u0002open to the end')).toEqual([{ text: 'open to the end', hit: true }]);
  });

  it('takes the markers out of indexed text', () => {
    expect(withoutMarks('a\u0002b\u0003c')).toBe('a b c');
  });
});
