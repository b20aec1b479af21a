// Finds the best place for a quote in text that may have changed: exact occurrences first, then
// approximate ones (approx-string-match), each scored on the quote, its context and nearness to where
// it used to be, in the manner of the Hypothesis client.
import search from 'approx-string-match';

export interface QuoteContext {
  readonly prefix: string;
  readonly suffix: string;
  /** Where the quote used to start: a tie-breaker between equally good candidates. */
  readonly hint?: number;
}

export interface QuoteMatch {
  readonly start: number;
  readonly end: number;
  /** Similarity of the matched text to the quote, 0..1. */
  readonly quoteScore: number;
  /** Weighted score over quote, context and position, 0..1. */
  readonly score: number;
  readonly exact: boolean;
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/** 1 for equal strings, falling to 0 as the edit distance approaches the longer length. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  return 1 - editDistance(a, b) / longer;
}

/**
 * Levenshtein distance, two rows of the usual table. approx-string-match finds a pattern inside a text
 * and reports only its lowest-cost spans, whose starts can overstate a match ("ba" against "c" came out
 * as one edit), so it cannot give the distance between two whole strings; contexts are short enough.
 */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

function contextScore(
  text: string,
  start: number,
  end: number,
  context: QuoteContext,
): { prefix: number; suffix: number } {
  const prefix = context.prefix
    ? similarity(text.slice(Math.max(0, start - context.prefix.length), start), context.prefix)
    : 1;
  const suffix = context.suffix ? similarity(text.slice(end, end + context.suffix.length), context.suffix) : 1;
  return { prefix, suffix };
}

function scoreCandidate(text: string, start: number, end: number, quoteScore: number, context: QuoteContext): number {
  const { prefix, suffix } = contextScore(text, start, end, context);
  const position = context.hint === undefined ? 1 : 1 - Math.abs(start - context.hint) / Math.max(1, text.length);
  return (
    (WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position) /
    TOTAL
  );
}

/** Every exact occurrence of the quote, scored; the best first. */
export function exactMatches(text: string, quote: string, context: QuoteContext): QuoteMatch[] {
  const found: QuoteMatch[] = [];
  if (!quote) return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    const end = at + quote.length;
    found.push({ start: at, end, quoteScore: 1, score: scoreCandidate(text, at, end, 1, context), exact: true });
  }
  return found.sort((a, b) => b.score - a.score);
}

/** Approximate occurrences with at most a quarter of the quote's characters changed; the best first. */
export function fuzzyMatches(text: string, quote: string, context: QuoteContext, maxErrorRatio = 0.25): QuoteMatch[] {
  if (!quote) return [];
  const maxErrors = Math.min(256, Math.floor(quote.length * maxErrorRatio));
  return search(text, quote, maxErrors)
    .map((m) => {
      const quoteScore = 1 - m.errors / quote.length;
      return {
        start: m.start,
        end: m.end,
        quoteScore,
        score: scoreCandidate(text, m.start, m.end, quoteScore, context),
        exact: false,
      };
    })
    .sort((a, b) => b.score - a.score);
}
