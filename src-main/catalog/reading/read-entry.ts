// Reads one library file from disk and turns it into its catalog rows: one entry for a file that is one
// article, one per item for a feed, or one reasoned broken entry under the file's id.
import { statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CatalogEntry } from '../../../src-preload/contract';
import { maxBytesForFile, parseFile } from '../../articles/formats/parse-file';
import { tooLargeMessage } from '../../articles/parse';
import { DEFAULT_MAX_ARTICLE_BYTES, type ParsedArticle } from '../../articles/types';
import {
  readRegularFile,
  readRegularFileBlocking,
  refusalReason,
  type RegularFileRead,
} from '../../files/read-regular-file';
import { articleIdOf } from '../../library/article-ids';
import { describeReadError, errorCode } from '../../library/fs-errors';

/** One catalog row read from a file: its entry, and the parsed article when it is one. */
export interface ReadRow {
  readonly entry: CatalogEntry;
  readonly article: ParsedArticle | null;
}

export interface ReadEntryResult {
  /** Never empty: the file's one article, a feed's items in the file's order, or one broken row. */
  readonly rows: readonly ReadRow[];
}

/**
 * 'blocking' reads with synchronous calls: for the catalog worker, where blocking costs only that
 * thread's time and saves the five thread-pool round trips per file that dominate reading small files.
 */
export type ReadMode = 'async' | 'blocking';

/** The one row of a file that could not be read. */
export function brokenRow(
  id: string,
  error: string,
  stamp: { size: number; mtimeMs: number },
  hash: string | null = null,
): ReadEntryResult {
  return { rows: [{ entry: { id, ok: false, error, hash, size: stamp.size, mtimeMs: stamp.mtimeMs }, article: null }] };
}

export async function readCatalogEntry(
  id: string,
  path: string,
  maxBytes: number = DEFAULT_MAX_ARTICLE_BYTES,
  mode: ReadMode = 'async',
): Promise<ReadEntryResult> {
  const fileName = basename(path);
  const limit = maxBytesForFile(fileName, maxBytes);
  let read: RegularFileRead;
  try {
    // Checked on the descriptor it reads from: a FIFO or a file swapped in after the scan's stat never hangs it.
    read = mode === 'blocking' ? await readRegularFileBlocking(path, limit) : await readRegularFile(path, limit);
  } catch (error) {
    // A vanished file is the caller's business (its removal event follows); anything else is a reason to show.
    if (errorCode(error) === 'ENOENT') throw error;
    return brokenRow(id, describeReadError(error), mode === 'blocking' ? statSync(path) : await stat(path));
  }
  const stamp = { size: read.info.size, mtimeMs: read.info.mtimeMs };
  if (!read.ok)
    return brokenRow(
      id,
      refusalReason(read, (size) => tooLargeMessage(size, limit)),
      stamp,
    );
  const result = await parseFile(read.bytes, { fileName, maxBytes });
  if (!result.ok) return brokenRow(id, result.error, stamp, result.hash);
  return {
    rows: result.articles.map(({ itemKey, ...article }) => {
      const { paragraphs, ...meta } = article;
      const entry: CatalogEntry = {
        ...stamp,
        ...meta,
        id: articleIdOf(id, itemKey),
        ok: true,
        paragraphs: paragraphs.length,
      };
      return { entry, article };
    }),
  };
}
