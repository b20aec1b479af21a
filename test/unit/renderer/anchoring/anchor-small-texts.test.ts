// anchorHighlight on texts of a few words: the stored position, a quote that is the whole text, the same
// word at the old offset in other words, and an empty text.
import { describe, expect, it } from 'vitest';
import { anchorHighlight, type StoredSelectors } from '../../../../src-renderer/src/anchoring/anchor';

const at = (exact: string, prefix: string, suffix: string, start: number): StoredSelectors => ({
  quote: { exact, prefix, suffix },
  position: { start, end: start + exact.length },
});

describe('anchorHighlight on small texts', () => {
  it('takes the stored position when the text there is the quote and its context holds', () => {
    expect(anchorHighlight('alpha beta gamma', at('beta', 'alpha ', ' gamma', 6))).toEqual({
      status: 'anchored',
      start: 6,
      end: 10,
      method: 'position',
      score: 1,
    });
  });

  it('a quote without any context (the whole text) is anchored where it is', () => {
    expect(anchorHighlight('whole text', at('whole text', '', '', 0))).toMatchObject({
      status: 'anchored',
      method: 'position',
      start: 0,
      end: 10,
    });
  });

  it('does not take the stored position when the same word sits there in other words', () => {
    // "beta" moved; another "beta" now sits at the old offset with different context.
    const text = 'zzzzz beta qqqqq. alpha beta gamma';
    const result = anchorHighlight(text, at('beta', 'alpha ', ' gamma', 6));
    expect(result).toMatchObject({ status: 'anchored', method: 'quote', start: 24, end: 28 });
  });

  it('an empty text leaves every highlight an orphan', () => {
    expect(anchorHighlight('', at('beta', 'alpha ', ' gamma', 6))).toEqual({ status: 'orphan', bestScore: 0 });
  });
});
