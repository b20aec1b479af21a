// The word, sentence or paragraph around a caret in a paragraph's text, by the Unicode rules of
// Intl.Segmenter, so Arabic, Hebrew and scripts without spaces are cut as their readers cut them.

export type TextUnit = 'word' | 'sentence' | 'paragraph';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The unit holding `offset` in `text`, trimmed of the spaces around it; a caret just after a word (or on
 * the space after it) takes that word. Null when there is nothing but white space there.
 */
export function unitAround(text: string, offset: number, unit: TextUnit, locale?: string): Span | null {
  const at = Math.max(0, Math.min(text.length, offset));
  if (unit === 'paragraph') return trimmed(text, 0, text.length);
  const segmenter = new Intl.Segmenter(locale, { granularity: unit });
  const pieces = [...segmenter.segment(text)].map((s) => ({
    start: s.index,
    end: s.index + s.segment.length,
    wordLike: s.isWordLike ?? true,
  }));
  const fits = (p: { start: number; end: number; wordLike: boolean }): boolean =>
    p.wordLike && /\S/.test(text.slice(p.start, p.end));
  const inside = pieces.find((p) => p.start <= at && at < p.end && fits(p));
  const before = pieces.findLast((p) => p.end <= at && fits(p));
  const after = pieces.find((p) => p.start >= at && fits(p));
  // A caret right after a word, or on the space behind it, means that word; else the one ahead.
  const piece = inside ?? (before && !/\S/.test(text.slice(before.end, at)) ? before : (after ?? before));
  return piece ? trimmed(text, piece.start, piece.end) : null;
}

function trimmed(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return s < e ? { start: s, end: e } : null;
}
