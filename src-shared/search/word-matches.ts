// Where query words occur in a text, as the index would match them: whole folded words, phrases as words
// in a row, the typed prefix as the start of a word. Pure; the reader marks and counts what it returns.
import type { QueryWord } from './query-words';
import type { TokenSpan } from './tokens';

export interface TextMatch {
  /** UTF-16 offsets in the text as written, end exclusive. */
  readonly start: number;
  readonly end: number;
}

/** Length in tokens of `word` matched at span `at`, or 0. */
function matchAt(spans: readonly TokenSpan[], at: number, word: QueryWord): number {
  const count = word.tokens.length;
  if (at + count > spans.length) return 0;
  for (let k = 0; k < count; k++) {
    const token = spans[at + k]?.token ?? '';
    const wanted = word.tokens[k] ?? '';
    const ok = word.prefix && k === count - 1 ? token.startsWith(wanted) : token === wanted;
    if (!ok) return 0;
  }
  return count;
}

/**
 * Every match in text order, none overlapping: where several words match at one place the longest wins
 * (a phrase over one of its words), and the search goes on after it. `spans` are tokenSpans(text).
 */
export function wordMatches(spans: readonly TokenSpan[], words: readonly QueryWord[]): TextMatch[] {
  const matches: TextMatch[] = [];
  if (words.length === 0) return matches;
  for (let at = 0; at < spans.length;) {
    let longest = 0;
    for (const word of words) longest = Math.max(longest, matchAt(spans, at, word));
    if (longest === 0) {
      at++;
      continue;
    }
    const first = spans[at] as TokenSpan;
    const last = spans[at + longest - 1] as TokenSpan;
    matches.push({ start: first.start, end: last.end });
    at += longest;
  }
  return matches;
}

/** Index of the first match starting at or after `offset`, wrapping to the first; -1 when there is none. */
export function matchFrom(matches: readonly TextMatch[], offset: number): number {
  if (matches.length === 0) return -1;
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((matches[mid] as TextMatch).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo === matches.length ? 0 : lo;
}
