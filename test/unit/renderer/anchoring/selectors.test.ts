// describeRange: the quote, its context either side (shorter at the ends of the text) and the offsets.
import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describeRange } from '../../../../src-renderer/src/anchoring/selectors';
import { articleText } from '../../../../src-renderer/src/anchoring/text-model';
import { SEED_ARTICLE } from '../../../fixtures/anchoring/seed-article';

const TEXT = articleText(SEED_ARTICLE.paragraphs);

describe('describeRange', () => {
  it('quotes the range with 32 characters of context either side in the middle of the text', () => {
    expect(CONTEXT_LENGTH).toBe(32);
    const start = TEXT.indexOf('Sergey Lavrov');
    const { quote, position } = describeRange(TEXT, start, start + 'Sergey Lavrov'.length);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Sergey Lavrov',
      prefix: '8 ANI: Russian Foreign Minister ',
      suffix: ' has proposed dates for holding ',
    });
    expect(quote.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(quote.suffix).toHaveLength(CONTEXT_LENGTH);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 13 });
  });

  it('keeps line breaks between paragraphs in the quote and the context', () => {
    const start = TEXT.indexOf('any country.');
    const end = TEXT.indexOf('Washington US') + 'Washington'.length;
    const { quote } = describeRange(TEXT, start, end);
    expect(quote.exact).toBe('any country.\nWashington');
    expect(quote.prefix.endsWith('no intention of attacking ')).toBe(true);
    expect(quote.suffix.startsWith(' US, February 18 ANI')).toBe(true);
  });

  it('has a short or empty prefix at the start of the text', () => {
    expect(describeRange(TEXT, 0, 6).quote).toMatchObject({ exact: 'Taking', prefix: '' });
    expect(describeRange(TEXT, 7, 9).quote).toMatchObject({ exact: 'to', prefix: 'Taking ' });
    expect(describeRange(TEXT, 0, 6).quote.suffix).toHaveLength(CONTEXT_LENGTH);
  });

  it('has a short or empty suffix at the end of the text', () => {
    const end = TEXT.length;
    expect(describeRange(TEXT, end - 'diplomacy.'.length, end).quote).toMatchObject({
      exact: 'diplomacy.',
      suffix: '',
    });
    expect(describeRange(TEXT, end - 14, end - 10).quote).toMatchObject({ exact: 'out ', suffix: 'diplomacy.' });
  });

  it('has both contexts short in a short text, and none for the whole text', () => {
    expect(describeRange('one two three', 4, 7).quote).toMatchObject({
      exact: 'two',
      prefix: 'one ',
      suffix: ' three',
    });
    expect(describeRange('one two three', 0, 13).quote).toMatchObject({
      exact: 'one two three',
      prefix: '',
      suffix: '',
    });
  });

  it.each([
    ['an empty range', 5, 5],
    ['a reversed range', 6, 5],
    ['a negative start', -1, 4],
    ['an end past the text', 0, TEXT.length + 1],
    ['a fractional offset', 1.5, 4],
    ['a NaN offset', Number.NaN, 4],
    ['an infinite end', 0, Number.POSITIVE_INFINITY],
  ])('throws a RangeError for %s', (_what, start, end) => {
    expect(() => describeRange(TEXT, start, end)).toThrow(RangeError);
  });

  it('names the bad range and the text length in the error', () => {
    expect(() => describeRange('abc', 2, 9)).toThrow('cannot describe range 2-9 of a 3-character text');
  });

  it('throws for any range in an empty text', () => {
    expect(() => describeRange('', 0, 0)).toThrow(RangeError);
    expect(() => describeRange('', 0, 1)).toThrow(RangeError);
  });
});
