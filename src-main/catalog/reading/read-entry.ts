// Reads one library file from disk and turns it into a catalog entry (or a reasoned broken entry).
import { statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CatalogEntry } from '../../../src-preload/contract';
import { parseArticle, tooLargeMessage } from '../../articles/parse';
import { DEFAULT_MAX_ARTICLE_BYTES, type ParsedArticle } from '../../articles/types';
import {
  readRegularFile,
  readRegularFileBlocking,
  refusalReason,
  type RegularFileRead,
} from '../../files/read-regular-file';
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
  let read: RegularFileRead;
  try {
    // Checked on the descriptor it reads from: a FIFO or a file swapped in after the scan's stat never hangs it.
    read = mode === 'blocking' ? await readRegularFileBlocking(path, maxBytes) : await readRegularFile(path, maxBytes);
  } catch (error) {
    // A vanished file is the caller's business (its removal event follows); anything else is a reason to show.
    if (errorCode(error) === 'ENOENT') throw error;
    const { size, mtimeMs } = mode === 'blocking' ? statSync(path) : await stat(path);
    return { entry: { id, size, mtimeMs, ok: false, error: describeReadError(error), hash: null }, article: null };
  }
  const base = { id, size: read.info.size, mtimeMs: read.info.mtimeMs };
  if (!read.ok) {
    const error = refusalReason(read, (size) => tooLargeMessage(size, maxBytes));
    return { entry: { ...base, ok: false, error, hash: null }, article: null };
  }
  const result = parseArticle(read.bytes, { fileName: basename(path), maxBytes });
  if (!result.ok) return { entry: { ...base, ok: false, error: result.error, hash: result.hash }, article: null };
  const { paragraphs, ...meta } = result.article;
  return { entry: { ...base, ...meta, ok: true, paragraphs: paragraphs.length }, article: result.article };
}
