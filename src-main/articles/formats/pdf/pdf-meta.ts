// A PDF's title, date, author and address: from its document information when that says something, else from
// what its first page shows (the largest line, a date line near the top, a "By …" line).
import { parseLooseDate } from '../../loose-date';
import type { PdfLine } from './pdf-lines';

/** The document information fields pdf.js reads (the Info dictionary), as far as they are strings. */
export interface PdfInfo {
  readonly Title?: unknown;
  readonly Author?: unknown;
  readonly CreationDate?: unknown;
  readonly ModDate?: unknown;
  readonly Language?: unknown;
}

/** How far down the first page a date or byline is looked for. */
const TOP_LINES = 12;

function infoText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return /\p{L}|\p{N}/u.test(text) ? text : null;
}

const NAMELESS_TITLE = new RegExp(
  [
    '^(?:microsoft (?:word|powerpoint|excel) - .*|untitled.*|document\\d*|title|unknown|no title|slide \\d+)$',
    '\\.(?:docx?|pdf|rtf|odt|txt|html?|indd|tex|dvi|ps|qxd)$',
    '[\\\\/]',
  ].join('|'),
  'i',
);

/** The Title entry, unless it names nothing (a file name, "Microsoft Word - x.docx", "Untitled"). */
export function infoTitle(info: PdfInfo): string | null {
  const title = infoText(info.Title);
  return title !== null && !NAMELESS_TITLE.test(title) ? title : null;
}

const NAMELESS_AUTHOR = /^(?:user|admin|administrator|owner|unknown|author|[a-z]?\d+)$/i;

export function infoAuthor(info: PdfInfo): string | null {
  const author = infoText(info.Author);
  return author !== null && !NAMELESS_AUTHOR.test(author) ? author : null;
}

/** The first page's largest lines, when they are set larger than the text: the title as printed. */
export function printedTitle(lines: readonly PdfLine[], bodySize: number): string | null {
  const first = lines.filter((line) => line.page === 0);
  const largest = Math.max(0, ...first.map((line) => line.size));
  if (largest < 1.15 * bodySize) return null;
  const start = first.findIndex((line) => line.size === largest);
  const run: string[] = [];
  for (const line of first.slice(start)) {
    if (line.size !== largest) break;
    run.push(line.text);
  }
  const title = run.join(' ').slice(0, 300).trim();
  return title === '' ? null : title;
}

const DAY_MONTH_YEAR = String.raw`\d{1,2}(?:st|nd|rd|th)?\.?\s+\p{L}{3,}\.?,?\s+\d{4}`;
const MONTH_DAY_YEAR = String.raw`\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`;
const DATE_IN_LINE = new RegExp(String.raw`\b(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR}|\d{4}-\d{2}-\d{2})\b`, 'u');

/** A date written on a short line near the first page's top ("11 February 2022", "Published: Feb 11, 2022"). */
export function printedDate(lines: readonly PdfLine[]): string | null {
  for (const line of lines.filter((l) => l.page === 0).slice(0, TOP_LINES)) {
    if (line.text.length > 80) continue;
    const found = DATE_IN_LINE.exec(line.text)?.[0]?.replace(/(\d)(?:st|nd|rd|th)\b/, '$1');
    if (found !== undefined && parseLooseDate(found) !== null) return found;
  }
  return null;
}

const BYLINE = /^[Bb][Yy]\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s*(?:[,|·•–—]|and\b|$))/u;

/** A "By Jane Doe" line near the first page's top. */
export function printedAuthor(lines: readonly PdfLine[]): string | null {
  for (const line of lines.filter((l) => l.page === 0).slice(0, TOP_LINES)) {
    const name = BYLINE.exec(line.text)?.[1];
    if (name !== undefined) return name;
  }
  return null;
}

/** The day the document was made, as its information writes it (a PDF date). */
export function infoDate(info: PdfInfo): string | null {
  for (const raw of [infoText(info.CreationDate), infoText(info.ModDate)]) {
    if (raw !== null && parseLooseDate(raw) !== null) return raw;
  }
  return infoText(info.CreationDate) ?? infoText(info.ModDate);
}

const ADDRESS = /\bhttps?:\/\/[^\s<>"]+/i;

/** The page's address a browser prints in its footer or header when it prints a page to PDF. */
export function printedAddress(furniture: readonly PdfLine[]): string | null {
  for (const line of furniture) {
    const found = ADDRESS.exec(line.text)?.[0];
    if (found !== undefined) return found;
  }
  return null;
}
