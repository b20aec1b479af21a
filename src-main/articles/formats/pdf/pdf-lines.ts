// A PDF page's text pieces (pdf.js text items) put together into lines: pieces on one baseline, in the order the
// file draws them, with a space only where the gap between two pieces is as wide as one.

/** The part of a pdf.js text item lines are built from. */
export interface TextPiece {
  readonly str: string;
  readonly dir: string;
  /** [a, b, c, d, x, y]: scale and skew, then the baseline's start in page units from the bottom left. */
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

/** One line of text on a page. */
export interface PdfLine {
  /** 0 for the first page. */
  readonly page: number;
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  /** The baseline, in page units from the page's bottom. */
  readonly y: number;
  /** The font size most of the line's letters are set in. */
  readonly size: number;
}

interface OpenLine {
  text: string;
  x0: number;
  x1: number;
  y: number;
  /** Letters per font size, to settle the line's size. */
  sizes: Map<number, number>;
  lastX0: number;
  lastX1: number;
  lastSize: number;
  rtl: boolean;
  spacePending: boolean;
}

const CONTROLS = /(?![\t\n\r])\p{Cc}/gu;

/** A gap wider than this share of the font size is a space between words. */
const SPACE_GAP = 0.15;

function close(line: OpenLine, page: number): PdfLine | null {
  const text = line.text.trim();
  if (text === '') return null;
  let size = 0;
  let most = -1;
  for (const [s, count] of line.sizes) {
    if (count > most) [size, most] = [s, count];
  }
  return { page, text, x0: line.x0, x1: line.x1, y: line.y, size };
}

function sameLine(line: OpenLine, x: number, y: number, size: number, rtl: boolean): boolean {
  if (Math.abs(y - line.y) > 0.5 * Math.min(size, line.lastSize)) return false;
  // Left to right, a piece far back to the left starts a line of its own (another column on the same baseline).
  return rtl || line.rtl || x >= line.lastX1 - 0.5 * size;
}

/** The page's lines, in the order the file draws them; rotated text (stamps, margin notes) is left out. */
export function pageLines(pieces: readonly TextPiece[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let open: OpenLine | null = null;
  for (const raw of pieces) {
    // Control characters come from fonts whose codes map to no letters: they are not text.
    const piece = { ...raw, str: raw.str.replace(CONTROLS, '') };
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = piece.transform;
    if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d) || a <= 0) continue;
    const size = Math.round(Math.hypot(c, d) * 10) / 10 || piece.height;
    if (!(size > 0)) continue;
    const rtl = piece.dir === 'rtl';
    const blank = piece.str.trim() === '';
    if (open !== null && !sameLine(open, x, y, size, rtl)) {
      if (blank) continue;
      const done = close(open, page);
      if (done) lines.push(done);
      open = null;
    }
    if (blank) {
      if (open !== null && piece.str !== '') open.spacePending = true;
      continue;
    }
    if (open === null) {
      open = {
        text: piece.str,
        x0: x,
        x1: x + piece.width,
        y,
        sizes: new Map(),
        lastX0: x,
        lastX1: x + piece.width,
        lastSize: size,
        rtl,
        spacePending: false,
      };
    } else {
      const gap =
        rtl || open.rtl
          ? Math.min(Math.abs(x - open.lastX1), Math.abs(open.lastX0 - (x + piece.width)))
          : x - open.lastX1;
      const spaced = /\s$/.test(open.text) || /^\s/.test(piece.str);
      if (!spaced && (open.spacePending || gap > SPACE_GAP * size)) open.text += ' ';
      open.text += piece.str;
      open.x0 = Math.min(open.x0, x);
      open.x1 = Math.max(open.x1, x + piece.width);
      open.lastX0 = x;
      open.lastX1 = x + piece.width;
      open.lastSize = size;
      open.spacePending = false;
    }
    open.sizes.set(size, (open.sizes.get(size) ?? 0) + piece.str.length);
  }
  if (open !== null) {
    const done = close(open, page);
    if (done) lines.push(done);
  }
  return lines;
}
