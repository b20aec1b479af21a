// A catalog row as the catalog lists it (an array, column by column) and the entry it stands for.
import type { ArticleFormat, CatalogEntry } from '../../src-preload/contract';

export const CATALOG_COLUMNS =
  'path, size, mtime_ms, hash, ok, title, date, date_raw, url, domain, paragraphs, words, warnings, error, source, ' +
  'oddities, outlet, author, language, format';

/**
 * One catalog row as an array in CATALOG_COLUMNS order: a library of 100,000 files is listed as arrays about
 * twice as fast as as objects, and crosses from the worker to the main thread faster too.
 */
export type CatalogRow = readonly [
  path: string,
  size: number,
  mtimeMs: number,
  hash: string | null,
  ok: number,
  title: string | null,
  date: string | null,
  dateRaw: string | null,
  url: string | null,
  domain: string | null,
  paragraphs: number,
  words: number,
  warnings: string,
  error: string | null,
  source: string | null,
  oddities: string,
  outlet: string | null,
  author: string | null,
  language: string | null,
  format: string,
];

export function entryFromRow(row: CatalogRow): CatalogEntry {
  const [id, size, mtimeMs, hash, ok, title, date, dateRaw, url, domain, paragraphs, words, warnings, error, source] =
    row;
  const [oddities, outlet, author, language, format] = [row[15], row[16], row[17], row[18], row[19]];
  if (!ok) return { id, ok: false, error: error ?? 'unreadable', hash, size, mtimeMs };
  return {
    id,
    ok: true,
    title: title ?? '',
    date,
    dateRaw,
    url,
    source,
    domain,
    outlet,
    author,
    language,
    format: format as ArticleFormat,
    paragraphs,
    words,
    hash: hash ?? '',
    // Nearly every article has none: no parse for those.
    warnings: warnings === '[]' ? [] : (JSON.parse(warnings) as string[]),
    ...(oddities === '[]' ? {} : { oddities: JSON.parse(oddities) as string[] }),
    size,
    mtimeMs,
  };
}
