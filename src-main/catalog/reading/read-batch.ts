// Reads a batch of library files one after another with blocking calls, giving other work on the thread
// a turn every few milliseconds: for worker threads, where a blocking read of a small file costs ~10 µs
// against ~100 µs of thread-pool round trips with async reads.
import { realpathSync } from 'node:fs';
import { describeReadError, errorCode } from '../../library/fs-errors';
import { isInside } from '../../library/paths';
import { brokenRow, readCatalogEntry, type ReadEntryResult } from './read-entry';

export interface FileToRead {
  /** The file's id (its path in the library); its rows' ids are this, or this and an item key. */
  readonly id: string;
  readonly path: string;
}

/** Longest run of blocking reads before the thread lets other calls in (a search typed meanwhile). */
const READ_SLICE_MS = 20;
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Whether the file's real path (links followed) is inside this real folder; false when it is gone. */
function leadsInside(realRoot: string, path: string): boolean {
  try {
    return isInside(realRoot, realpathSync(path));
  } catch {
    return false;
  }
}

/** One file's rows, or null when it vanished (or, with `within`, leads outside that real folder). */
export async function readOne(file: FileToRead, maxBytes: number, within?: string): Promise<ReadEntryResult | null> {
  if (within !== undefined && !leadsInside(within, file.path)) return null;
  try {
    return await readCatalogEntry(file.id, file.path, maxBytes, 'blocking');
  } catch (error) {
    // One file that cannot be read is listed as broken, with the reason; it never fails its batch.
    return errorCode(error) === 'ENOENT' ? null : brokenRow(file.id, describeReadError(error), { size: 0, mtimeMs: 0 });
  }
}

/**
 * One result per file, null for a file that vanished meanwhile. With `within` (a real folder path),
 * a file whose real path leads outside it counts as vanished too.
 */
export async function readBatch(
  files: readonly FileToRead[],
  maxBytes: number,
  within?: string,
): Promise<(ReadEntryResult | null)[]> {
  const read: (ReadEntryResult | null)[] = [];
  let sliceStart = performance.now();
  for (const file of files) {
    if (performance.now() - sliceStart > READ_SLICE_MS) {
      await nextTurn();
      sliceStart = performance.now();
    }
    read.push(await readOne(file, maxBytes, within));
  }
  return read;
}
