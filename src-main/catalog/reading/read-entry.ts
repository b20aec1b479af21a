// Reads one library file from disk and turns it into a catalog entry (or a reasoned broken entry).
import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CatalogEntry } from '../../../src-preload/contract';
import { parseArticle, tooLargeMessage } from '../../articles/parse';
import { DEFAULT_MAX_ARTICLE_BYTES, type ParsedArticle } from '../../articles/types';
import { describeReadError, errorCode } from '../../library/fs-errors';

export interface ReadEntryResult {
  readonly entry: CatalogEntry;
  /** The parsed article, when the caller wants the paragraphs as well. */
  readonly article: ParsedArticle | null;
}

/**
 * 'blocking' reads with synchronous calls: for the catalog worker, where blocking costs only that
 * thread's time and saves the five thread-pool round trips per file that dominate reading small files.
 */
export type ReadMode = 'async' | 'blocking';

export async function readCatalogEntry(
  id: string,
  path: string,
  maxBytes: number = DEFAULT_MAX_ARTICLE_BYTES,
  mode: ReadMode = 'async',
): Promise<ReadEntryResult> {
  const info = mode === 'blocking' ? statSync(path) : await stat(path);
  const base = { id, size: info.size, mtimeMs: info.mtimeMs };
  if (!info.isFile()) return { entry: { ...base, ok: false, error: 'not a regular file', hash: null }, article: null };
  if (info.size > maxBytes) {
    return { entry: { ...base, ok: false, error: tooLargeMessage(info.size, maxBytes), hash: null }, article: null };
  }
  let bytes: Uint8Array;
  try {
    bytes = mode === 'blocking' ? readFileSync(path) : await readFile(path);
  } catch (error) {
    // A vanished file is the caller's business (its removal event follows); anything else is a reason to show.
    if (errorCode(error) === 'ENOENT') throw error;
    return { entry: { ...base, ok: false, error: describeReadError(error), hash: null }, article: null };
  }
  const result = parseArticle(bytes, { fileName: basename(path), maxBytes });
  if (!result.ok) return { entry: { ...base, ok: false, error: result.error, hash: result.hash }, article: null };
  const { paragraphs, ...meta } = result.article;
  return { entry: { ...base, ...meta, ok: true, paragraphs: paragraphs.length }, article: result.article };
}
