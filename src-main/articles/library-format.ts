// The library's own format: title line, date line, source URL line, then one paragraph per line.
import { collapseSpaces, looksLikeDateLine, looksLikeUrl, splitLines } from './fields';

/** The raw header fields and body of an article, before they are validated and cleaned. */
export interface ArticleFields {
  readonly title: string | null;
  readonly dateRaw: string | null;
  readonly urlRaw: string | null;
  readonly paragraphs: string[];
}

/** A line this long in the date slot is a paragraph, not a date in some unrecognised form. */
const MAX_DATE_SLOT = 60;

/**
 * Reads title / date / URL / paragraphs, tolerating blank lines, a missing date or URL line, and the two
 * swapped. In a Markdown file, heading marks are removed from body lines as well as from the title.
 */
export function readLibraryFormat(text: string, markdown = false): ArticleFields {
  const lines = splitLines(text)
    .map(collapseSpaces)
    .filter((line) => line.length > 0);
  const title = stripHeadingMark(lines.shift() ?? '');
  const { dateRaw, urlRaw, taken } = readHeader(lines[0], lines[1]);
  const body = lines.slice(taken);
  return { title, dateRaw, urlRaw, paragraphs: markdown ? body.map(stripHeadingMark).filter(Boolean) : body };
}

function readHeader(
  first: string | undefined,
  second: string | undefined,
): { dateRaw: string | null; urlRaw: string | null; taken: number } {
  if (first === undefined) return { dateRaw: null, urlRaw: null, taken: 0 };
  if (looksLikeUrl(first)) {
    if (second !== undefined && looksLikeDateLine(second)) return { dateRaw: second, urlRaw: first, taken: 2 };
    return { dateRaw: null, urlRaw: first, taken: 1 };
  }
  // A short line followed by the URL sits in the date slot even when its form is unknown ("11 février 2022").
  if (second !== undefined && looksLikeUrl(second) && first.length <= MAX_DATE_SLOT) {
    return { dateRaw: first, urlRaw: second, taken: 2 };
  }
  if (looksLikeDateLine(first)) return { dateRaw: first, urlRaw: null, taken: 1 };
  return { dateRaw: null, urlRaw: null, taken: 0 };
}

/** "## Heading ##" becomes "Heading"; a line that does not open with a heading mark is left alone. */
function stripHeadingMark(line: string): string {
  const m = /^#{1,6}\s+(.*?)(?:\s+#+)?$/.exec(line);
  return m ? (m[1] as string) : line;
}
