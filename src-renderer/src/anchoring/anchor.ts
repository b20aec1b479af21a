// Re-anchoring a stored highlight in the current article text: by position when the text there still
// matches, else by exact quote (context picks among repeats), else by fuzzy match above a confidence
// threshold. Below it the highlight is an orphan: reported, never dropped.
import { exactMatches, fuzzyMatches, similarity, type QuoteContext } from './match-quote';
import type { TextPositionSelector, TextQuoteSelector } from './selectors';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export type AnchorResult =
  | {
      readonly status: 'anchored';
      readonly start: number;
      readonly end: number;
      readonly method: AnchorMethod;
      readonly score: number;
    }
  | { readonly status: 'orphan'; readonly bestScore: number };

export interface StoredSelectors {
  readonly quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>;
  readonly position: Pick<TextPositionSelector, 'start' | 'end'>;
}

/** A fuzzy match must keep this much of the quote (1 - changed characters / quote length) ... */
export const MIN_QUOTE_SIMILARITY = 0.75;
/** ... and this much of the weighted score over quote, context and position. */
export const MIN_FUZZY_SCORE = 0.7;
/** A quote this long, found once, is trusted even where its context changed (a paragraph moved, say). */
export const DISTINCTIVE_QUOTE_LENGTH = 32;
/** Context on at least one side must still look like this for a position or repeated quote to count. */
const MIN_CONTEXT_SIMILARITY = 0.5;

export function anchorHighlight(text: string, selectors: StoredSelectors): AnchorResult {
  const { quote, position } = selectors;
  const context: QuoteContext = { prefix: quote.prefix, suffix: quote.suffix, hint: position.start };

  if (
    text.slice(position.start, position.end) === quote.exact &&
    contextHolds(text, position.start, position.end, quote)
  ) {
    return { status: 'anchored', start: position.start, end: position.end, method: 'position', score: 1 };
  }

  const exact = exactMatches(text, quote.exact, context);
  const best = exact[0];
  // The context must point at the occurrence, unless it is the only one and the quote is long enough to
  // be distinctive by itself: a short word found once elsewhere ("ANI" in another paragraph) is other words.
  const distinctive = exact.length === 1 && quote.exact.length >= DISTINCTIVE_QUOTE_LENGTH;
  if (best && (distinctive || contextHolds(text, best.start, best.end, quote))) {
    return { status: 'anchored', start: best.start, end: best.end, method: 'quote', score: best.score };
  }

  const fuzzy = fuzzyMatches(text, quote.exact, context)[0];
  if (fuzzy && fuzzy.quoteScore >= MIN_QUOTE_SIMILARITY && fuzzy.score >= MIN_FUZZY_SCORE) {
    return { status: 'anchored', start: fuzzy.start, end: fuzzy.end, method: 'fuzzy', score: fuzzy.score };
  }
  return { status: 'orphan', bestScore: fuzzy?.score ?? best?.score ?? 0 };
}

function contextHolds(text: string, start: number, end: number, quote: StoredSelectors['quote']): boolean {
  if (!quote.prefix && !quote.suffix) return true;
  const before = text.slice(Math.max(0, start - quote.prefix.length), start);
  const after = text.slice(end, end + quote.suffix.length);
  const prefixOk = quote.prefix ? similarity(before, quote.prefix) >= MIN_CONTEXT_SIMILARITY : false;
  const suffixOk = quote.suffix ? similarity(after, quote.suffix) >= MIN_CONTEXT_SIMILARITY : false;
  return prefixOk || suffixOk;
}
