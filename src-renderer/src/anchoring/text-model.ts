// The article text that highlights are anchored in: paragraphs joined by single line breaks, with maps
// between text offsets and (paragraph, offset) pairs.

export const PARAGRAPH_SEPARATOR = '\n';

export function articleText(paragraphs: readonly string[]): string {
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}

/** Start offset of every paragraph in articleText(paragraphs). */
export function paragraphStarts(paragraphs: readonly string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    starts.push(offset);
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
  }
  return starts;
}

/** Index of the paragraph holding a text offset (an offset on a separator belongs to the one before). */
export function paragraphAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface ParagraphSlice {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/** Splits a text range into the part that falls inside each paragraph it spans. */
export function sliceByParagraph(
  paragraphs: readonly string[],
  starts: readonly number[],
  start: number,
  end: number,
): ParagraphSlice[] {
  const slices: ParagraphSlice[] = [];
  for (let p = paragraphAt(starts, start); p < paragraphs.length; p++) {
    const pStart = starts[p] as number;
    if (pStart >= end) break;
    const pEnd = pStart + (paragraphs[p] as string).length;
    const from = Math.max(start, pStart) - pStart;
    const to = Math.min(end, pEnd) - pStart;
    if (to > from) slices.push({ paragraph: p, start: from, end: to });
  }
  return slices;
}
