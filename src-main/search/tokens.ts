// Query words normalised the way the index's unicode61 tokenizer (remove_diacritics 2) normalises text,
// so a word can be compared with vocabulary terms. Pure.

const MARKS = /\p{M}+/gu;
const SEPARATORS = /[^\p{L}\p{N}\p{Co}]+/u;

/** "Café-Crème" -> ["cafe", "creme"]. */
export function tokensOf(text: string): string[] {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().split(SEPARATORS).filter(Boolean);
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
