// What `npm run scan` prints: catalog entries as JSON rows, an aligned table and a summary line.
// Pure: no fs and no process, so the command's output can be tested without running it.
import type { ArticleFormat, CatalogEntry } from '../../src-preload/contract';
import { formatOfFileName } from '../../src-shared/file-formats';
import { splitArticleId } from '../../src-main/library/article-ids';

/** What every JSON line of `scan --json` has: the file's fields (null where it could not be read). */
interface RowFields {
  readonly format: ArticleFormat | null;
  readonly language: string | null;
  readonly author: string | null;
  readonly outlet: string | null;
  /** The same string for every copy of one story in the folder (its first copy's id); null: no copy. */
  readonly cluster: string | null;
  /** This copy is its story's first publisher (the earliest dated; ties: the first in path order). */
  readonly origin: boolean;
  /** With --text: the paragraphs joined by "\n", exactly as highlights anchor to them. */
  readonly text?: string;
}

/**
 * One JSON line of `scan --json`. The key order is part of the format: `path` (the file), then, for a feed
 * item, `item` (its key in the file) and `id` (the article's id), then the fields below, then `text`.
 */
export type ScanRow = (
  | {
      readonly path: string;
      readonly item?: string;
      readonly id?: string;
      readonly ok: true;
      readonly title: string;
      readonly date: string | null;
      readonly dateRaw: string | null;
      readonly url: string | null;
      /** The source line when it is not a web link (an outlet, an identifier), as written. */
      readonly source: string | null;
      readonly paragraphs: number;
      readonly words: number;
      readonly hash: string;
      readonly warnings: readonly string[];
      readonly error: null;
    }
  | {
      readonly path: string;
      readonly ok: false;
      readonly title: null;
      readonly date: null;
      readonly dateRaw: null;
      readonly url: null;
      readonly source: null;
      readonly paragraphs: 0;
      readonly words: 0;
      readonly hash: string | null;
      readonly warnings: readonly [];
      readonly error: string;
    }
) &
  RowFields;

/** The row of a catalog entry; `text` (the article's paragraphs) is added when given. */
export function toScanRow(entry: CatalogEntry, text?: readonly string[]): ScanRow {
  if (!entry.ok) return failedRow(entry.id, entry.error, entry.hash);
  const { fileId, itemKey } = splitArticleId(entry.id);
  return {
    path: fileId,
    ...(itemKey === null ? {} : { item: itemKey, id: entry.id }),
    ok: true,
    title: entry.title,
    date: entry.date,
    dateRaw: entry.dateRaw,
    url: entry.url,
    source: entry.source,
    paragraphs: entry.paragraphs,
    words: entry.words,
    hash: entry.hash,
    warnings: entry.warnings,
    error: null,
    format: entry.format,
    language: entry.language,
    author: entry.author,
    outlet: entry.outlet,
    cluster: null,
    origin: false,
    ...(text === undefined ? {} : { text: text.join('\n') }),
  };
}

export function failedRow(path: string, error: string, hash: string | null = null): ScanRow {
  return {
    path,
    ok: false,
    title: null,
    date: null,
    dateRaw: null,
    url: null,
    source: null,
    paragraphs: 0,
    words: 0,
    hash,
    warnings: [],
    error,
    // A file that could not be read is still of the format its name says.
    format: formatOfFileName(path),
    language: null,
    author: null,
    outlet: null,
    cluster: null,
    origin: false,
  };
}

/** The row with its story: the keys keep their places. */
export function withStory(row: ScanRow, story: { readonly cluster: string; readonly origin: boolean }): ScanRow {
  return { ...row, cluster: story.cluster, origin: story.origin };
}

export { describeReadError } from '../../src-main/library/fs-errors';

export function formatJsonRow(row: ScanRow): string {
  return JSON.stringify(row);
}

export interface ScanTally {
  readonly files: number;
  readonly articles: number;
  readonly unreadable: number;
  readonly withWarnings: number;
}

export const EMPTY_TALLY: ScanTally = { files: 0, articles: 0, unreadable: 0, withWarnings: 0 };

/** Counts a row; `newFile` false for a feed's items after its first (one file, many articles). */
export function addToTally(tally: ScanTally, row: ScanRow, newFile = true): ScanTally {
  return {
    files: tally.files + (newFile ? 1 : 0),
    articles: tally.articles + (row.ok ? 1 : 0),
    unreadable: tally.unreadable + (row.ok ? 0 : 1),
    withWarnings: tally.withWarnings + (row.ok && row.warnings.length > 0 ? 1 : 0),
  };
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function formatSummary(tally: ScanTally): string {
  return (
    `${plural(tally.files, 'file', 'files')}: ${plural(tally.articles, 'article', 'articles')}, ` +
    `${tally.unreadable} unreadable, ${tally.withWarnings} with warnings`
  );
}

/** Column widths, fixed before the first row so the table can be printed as rows arrive. */
export interface TableLayout {
  readonly width: number;
  readonly pathWidth: number;
}

const STATUS_WIDTH = 6; // "STATUS", "ok", "warn", "error"
const DATE_WIDTH = 10; // yyyy-mm-dd
const WORDS_WIDTH = 7; // the 8 MB file limit keeps counts well under 10 million
const GAP = '  ';
const FIXED_WIDTH = STATUS_WIDTH + DATE_WIDTH + WORDS_WIDTH + GAP.length * 4;

/** Sizes the path column to the longest path, but to no more than half of what the fixed columns leave. */
export function tableLayout(paths: Iterable<string>, width: number): TableLayout {
  let longest = 'PATH'.length;
  for (const path of paths) longest = Math.max(longest, displayText(path).length);
  const half = Math.floor((width - FIXED_WIDTH) / 2);
  return { width, pathWidth: Math.max(Math.min(longest, half), 'PATH'.length) };
}

export function formatTableHeader(layout: TableLayout): string {
  return line(layout, 'STATUS', 'DATE', 'WORDS', 'PATH', 'TITLE / ERROR');
}

export function formatTableRow(row: ScanRow, layout: TableLayout): string {
  if (!row.ok) return line(layout, 'error', '-', '-', row.path, row.error);
  const status = row.warnings.length > 0 ? 'warn' : 'ok';
  const text = row.warnings.length > 0 ? `${row.title}  [${row.warnings.join('; ')}]` : row.title;
  return line(layout, status, row.date ?? '-', String(row.words), row.id ?? row.path, text);
}

function line(layout: TableLayout, status: string, date: string, words: string, path: string, text: string): string {
  const cells = [
    status.padEnd(STATUS_WIDTH),
    date.padEnd(DATE_WIDTH),
    words.padStart(WORDS_WIDTH),
    fitStart(displayText(path), layout.pathWidth).padEnd(layout.pathWidth),
  ].join(GAP);
  const room = Math.max(layout.width - cells.length - GAP.length, 0);
  return `${cells}${GAP}${fitEnd(displayText(text), room)}`.trimEnd();
}

/**
 * File names and file content can hold control characters (a crafted name could drive the terminal),
 * so the table shows them as U+FFFD; code points, not UTF-16 units, so truncation never splits one.
 */
function displayText(text: string): string[] {
  // oxlint-disable-next-line no-control-regex -- matching control characters is the point
  return Array.from(text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD'));
}

/** Keeps the end (the file name) of a long path. */
function fitStart(chars: string[], width: number): string {
  return chars.length <= width ? chars.join('') : `…${chars.slice(chars.length - width + 1).join('')}`;
}

function fitEnd(chars: string[], width: number): string {
  if (chars.length <= width) return chars.join('');
  return width <= 0 ? '' : `${chars.slice(0, width - 1).join('')}…`;
}
