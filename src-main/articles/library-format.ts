// The library's own format: title line, date line, source line (a URL, or a source named without one), then
// one paragraph per line.
import { collapseSpaces, looksLikeDateLine, splitLines } from './fields';
import { looksLikeBareDomain, looksLikeLinkOrId, looksLikeOutletName } from './source-line';

/** The raw header fields and body of an article, before they are validated and cleaned. */
export interface ArticleFields {
  readonly title: string | null;
  readonly dateRaw: string | null;
  /** The source line as written: a URL, an identifier, a domain or an outlet's name. */
  readonly sourceRaw: string | null;
  readonly paragraphs: string[];
}

/** A line this long in the date slot is a paragraph, not a date in some unrecognised form. */
const MAX_DATE_SLOT = 60;

/**
 * Reads title / date / source / paragraphs, tolerating blank lines, a missing date or source line, and the
 * two swapped. In a Markdown file, heading marks are removed from body lines as well as from the title.
 */
export function readLibraryFormat(text: string, markdown = false): ArticleFields {
  const lines = splitLines(text)
    .map(collapseSpaces)
    .filter((line) => line.length > 0);
  const title = stripHeadingMark(lines.shift() ?? '');
  const { dateRaw, sourceRaw, taken } = readHeader(lines);
  const body = lines.slice(taken);
  return { title, dateRaw, sourceRaw, paragraphs: markdown ? body.map(stripHeadingMark).filter(Boolean) : body };
}

type Header = { dateRaw: string | null; sourceRaw: string | null; taken: number };

function readHeader(lines: readonly string[]): Header {
  const [first, second] = lines;
  if (first === undefined) return { dateRaw: null, sourceRaw: null, taken: 0 };
  if (looksLikeLinkOrId(first) || looksLikeBareDomain(first)) {
    if (second !== undefined && looksLikeDateLine(second)) return { dateRaw: second, sourceRaw: first, taken: 2 };
    return { dateRaw: null, sourceRaw: first, taken: 1 };
  }
  // A short line followed by the source sits in the date slot even when its form is unknown ("11 février 2022").
  if (second !== undefined && looksLikeLinkOrId(second) && first.length <= MAX_DATE_SLOT) {
    return { dateRaw: first, sourceRaw: second, taken: 2 };
  }
  if (!looksLikeDateLine(first)) return { dateRaw: null, sourceRaw: null, taken: 0 };
  // A domain or an outlet's name ("Reuters") is read as the source only in its slot, after a date, before a body.
  if (second !== undefined && (looksLikeBareDomain(second) || (lines.length > 2 && looksLikeOutletName(second)))) {
    return { dateRaw: first, sourceRaw: second, taken: 2 };
  }
  return { dateRaw: first, sourceRaw: null, taken: 1 };
}

/** "## Heading ##" becomes "Heading"; a line that does not open with a heading mark is left alone. */
function stripHeadingMark(line: string): string {
  const m = /^#{1,6}\s+(.*?)(?:\s+#+)?$/.exec(line);
  return m ? (m[1] as string) : line;
}
