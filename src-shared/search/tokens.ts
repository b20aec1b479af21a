// Words normalised the way the index's unicode61 tokenizer (remove_diacritics 2) normalises text, so a
// query word can be compared with vocabulary terms in main and with the article's words in the reader. Pure.

const MARKS = /\p{M}+/gu;
const SEPARATORS = /[^\p{L}\p{N}\p{Co}]+/u;
/** A run of token characters in unfolded text; marks ride along with the letters they decorate. */
const WORD = /[\p{L}\p{N}\p{Co}][\p{L}\p{N}\p{Co}\p{M}]*/gu;
const ASCII = /^\p{ASCII}*$/u;

/** Case and diacritics folded: "Café" -> "cafe". */
function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** "Café-Crème" -> ["cafe", "creme"]. */
export function tokensOf(text: string): string[] {
  return fold(text).split(SEPARATORS).filter(Boolean);
}

export interface TokenSpan {
  /** The word as the index sees it. */
  readonly token: string;
  /** Where the word is in the text as written (UTF-16 offsets, end exclusive). */
  readonly start: number;
  readonly end: number;
}

/** Every word of `text` with its place in the text as written, in order: "Café au lait" -> cafe@0-4, au@5-7, … */
export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    // Most words are plain ASCII, which only needs lower case (and a long article has many words).
    if (ASCII.test(word)) spans.push({ token: word.toLowerCase(), start, end });
    // Folding can split a word only where a character decomposes into a separator; keep the parts.
    else for (const token of tokensOf(word)) spans.push({ token, start, end });
  }
  return spans;
}

/** The smallest string greater than every string that starts with `prefix` (binary order), for range scans. */
export function prefixEnd(prefix: string): string {
  const points = [...prefix];
  const last = points.pop();
  if (last === undefined) return '\u{10FFFF}';
  const code = last.codePointAt(0) ?? 0;
  // Skip the surrogate block: it cannot occur in the UTF-8 terms the index stores.
  const next = code + 1 === 0xd800 ? 0xe000 : code + 1;
  return points.join('') + String.fromCodePoint(Math.min(next, 0x10ffff));
}
