// Paragraphs rebuilt from a PDF's lines: a new one where the gap above a line is wider than the text's own line
// spacing, where the font size changes (a heading), where a line is indented, or where the line before ended
// short of its column; a paragraph runs on across a page or column break from a full line. Words broken with a
// hyphen at a line's end are joined (pdf-hyphens.ts).
import { hyphenJoin, wordsOf } from './pdf-hyphens';
import type { PdfLine } from './pdf-lines';

/** A line with the column it stands in: the left and right edges of the lines of its size aligned with it. */
interface PlacedLine extends PdfLine {
  readonly left: number;
  readonly right: number;
}

const similarSize = (a: number, b: number): boolean => Math.abs(a - b) <= 0.12 * Math.min(a, b);

function placeOnPage(lines: readonly PdfLine[]): PlacedLine[] {
  return lines.map((line) => {
    // The column: lines of the same size that start where this one does, give or take an indent. Centred lines
    // (a title, affiliations) start each at its own place and make no column of the text's.
    let left = line.x0;
    const ends: number[] = [];
    for (const other of lines) {
      if (!similarSize(other.size, line.size) || Math.abs(other.x0 - line.x0) > 3 * line.size) continue;
      left = Math.min(left, other.x0);
      ends.push(other.x1);
    }
    ends.sort((a, b) => a - b);
    // Not the longest line: one that runs into the margin would make every other line look short.
    const right = Math.max(line.x1, ends[Math.floor(0.9 * (ends.length - 1))] ?? line.x1);
    return { ...line, left, right };
  });
}

function place(lines: readonly PdfLine[]): PlacedLine[] {
  const placed: PlacedLine[] = [];
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i === lines.length || lines[i]?.page !== lines[start]?.page) {
      placed.push(...placeOnPage(lines.slice(start, i)));
      start = i;
    }
  }
  return placed;
}

/** The usual distance between the baselines of two lines of a paragraph, by font size. */
function lineSpacing(lines: readonly PlacedLine[]): Map<number, number> {
  const gaps = new Map<number, number[]>();
  for (let i = 1; i < lines.length; i++) {
    const [prev, cur] = [lines[i - 1], lines[i]];
    if (!prev || !cur || prev.page !== cur.page || !similarSize(prev.size, cur.size)) continue;
    const gap = prev.y - cur.y;
    if (!(gap > 0 && gap < 3 * cur.size)) continue;
    const list = gaps.get(cur.size);
    if (list) list.push(gap);
    else gaps.set(cur.size, [gap]);
  }
  const spacing = new Map<number, number>();
  for (const [size, list] of gaps) {
    // The smaller gaps are the lines within paragraphs; the wider ones, between them.
    list.sort((a, b) => a - b);
    spacing.set(size, list[Math.floor((list.length - 1) / 4)] ?? 1.2 * size);
  }
  return spacing;
}

/** Whether a line reaches its column's right edge (the text went on to the next line). */
function isFull(line: PlacedLine): boolean {
  return line.right - line.x1 <= Math.max(1.5 * line.size, 0.06 * (line.right - line.left));
}

/** Whether the first word of `cur` would have fitted at the end of `prev`: then `prev` ended a paragraph. */
function endedShort(prev: PlacedLine, cur: PlacedLine): boolean {
  const charWidth = (cur.x1 - cur.x0) / Math.max(1, cur.text.length);
  const firstWord = cur.text.split(/\s/, 1)[0] ?? '';
  return prev.right - prev.x1 > (firstWord.length + 2) * charWidth;
}

const SENTENCE_END = /[.!?:]["'”’)\]]*$/u;
const SENTENCE_START = /^["'“‘([]*[\p{Lu}\p{N}]/u;

function startsParagraph(prev: PlacedLine, cur: PlacedLine, spacing: Map<number, number>): boolean {
  if (!similarSize(prev.size, cur.size)) return true;
  const indented = cur.x0 - cur.left > 0.8 * cur.size && prev.x0 - prev.left < 0.5 * prev.size;
  const gap = prev.y - cur.y;
  // On to another page or column: the paragraph runs on only from a full line. A line that ends a sentence and
  // only nearly reaches a ragged margin may as well have ended its paragraph: a new sentence there starts one.
  if (prev.page !== cur.page || gap < -0.5 * cur.size || cur.x0 >= prev.right) {
    const flush = prev.right - prev.x1 <= 0.5;
    return !isFull(prev) || indented || (!flush && SENTENCE_END.test(prev.text) && SENTENCE_START.test(cur.text));
  }
  const usual = spacing.get(cur.size) ?? 1.2 * cur.size;
  return gap > 1.35 * usual || indented || endedShort(prev, cur);
}

const CJK_END = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]$/u;
const CJK_START = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

/** The document's paragraphs, from its lines in reading order. */
export function paragraphsOf(lines: readonly PdfLine[]): string[] {
  const placed = place(lines);
  const spacing = lineSpacing(placed);
  const words = wordsOf(lines.map((line) => line.text));
  const paragraphs: string[] = [];
  let text = '';
  placed.forEach((cur, i) => {
    const prev = placed[i - 1];
    if (prev === undefined || startsParagraph(prev, cur, spacing)) {
      if (text) paragraphs.push(text);
      text = cur.text;
      return;
    }
    const hyphen = hyphenJoin(text, cur.text, words);
    if (hyphen !== null) text = text.slice(0, -1) + hyphen + cur.text;
    else if (CJK_END.test(text) && CJK_START.test(cur.text)) text += cur.text;
    else text += ` ${cur.text}`;
  });
  if (text) paragraphs.push(text);
  return paragraphs;
}
