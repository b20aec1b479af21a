// W3C selectors that describe a highlight independently of the DOM: the quoted text with some context,
// and its character offsets in the article text.

export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/** About this many characters of context either side of the quote. */
export const CONTEXT_LENGTH = 32;

export function describeRange(
  text: string,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  // Integers only: slice() would quietly read NaN as 0 and 1.5 as 1, and the stored offsets would not match.
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`cannot describe range ${start}-${end} of a ${text.length}-character text`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
