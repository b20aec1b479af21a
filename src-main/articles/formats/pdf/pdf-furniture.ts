// Running headers, footers and page numbers: lines at a page's top or bottom that repeat at the same height on
// many pages (numbers aside), or that are only a page number. They are not the article's text.
import type { PdfLine } from './pdf-lines';

/** How many lines at the top and at the bottom of a page may be furniture. */
const EDGE_LINES = 3;

const PAGE_WORD = '(?:page|p\\.|pg\\.?|seite|página|pagina|стр\\.?|страница|сторінка)';
const OF_PAGES = '(?:\\s*(?:of|/|из|з|von|de|sur)\\s*\\d{1,4})?';
/** "3", "- 3 -", "Page 3", "Page 3 of 7", "3/7", "стр. 3". */
const PAGE_NUMBER = new RegExp(`^(?:${PAGE_WORD}\\s*)?[-–—(]?\\s*\\d{1,4}\\s*[-–—)]?${OF_PAGES}$`, 'iu');
const ROMAN = /^[ivxlc]{1,7}$/i;

/** The line with digits made alike, so "Page 3 of 7" on each page is one repeated line. */
function shape(line: PdfLine): string {
  return `${Math.round(line.y / 4)}|${line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')}`;
}

function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text) || ROMAN.test(text);
}

/** The lines nearest a page's top and bottom edges, by height on the page. */
function edgeLines(pageLines: readonly PdfLine[]): Set<PdfLine> {
  const byHeight = [...pageLines].sort((a, b) => b.y - a.y);
  return new Set([...byHeight.slice(0, EDGE_LINES), ...byHeight.slice(-EDGE_LINES)]);
}

export interface Unfurnished {
  /** The lines that remain, in their order. */
  readonly lines: readonly PdfLine[];
  /** The furniture taken out (a browser's printed footer may carry the page's address). */
  readonly removed: readonly PdfLine[];
}

/** The document's lines without running headers, footers and page numbers. */
export function removeFurniture(pages: readonly (readonly PdfLine[])[]): Unfurnished {
  const edges = pages.map(edgeLines);
  const pagesWith = new Map<string, Set<number>>();
  edges.forEach((edge, page) => {
    for (const line of edge) {
      const key = shape(line);
      const seen = pagesWith.get(key) ?? new Set<number>();
      seen.add(page);
      pagesWith.set(key, seen);
    }
  });
  // Repeated on at least two pages, and on a third of them (odd and even pages may run different headers).
  const minPages = Math.max(2, Math.ceil(pages.length / 3));
  const lines: PdfLine[] = [];
  const removed: PdfLine[] = [];
  pages.forEach((pageLines, page) => {
    const edge = edges[page] ?? new Set<PdfLine>();
    for (const line of pageLines) {
      const repeated = (pagesWith.get(shape(line))?.size ?? 0) >= minPages;
      if (edge.has(line) && (repeated || isPageNumber(line.text))) removed.push(line);
      else lines.push(line);
    }
  });
  return { lines, removed };
}
