// Reads a file that must be a regular file under a size limit, checking what was opened rather than what a
// name pointed to a moment before: the file is opened once (without waiting, so a FIFO named x.txt cannot
// hang the read), checked with fstat on that descriptor, and read from that descriptor.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/** O_NONBLOCK makes opening a FIFO return at once; regular files ignore it. Windows has neither. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export type RegularFileRead =
  | { readonly ok: true; readonly info: Stats; readonly bytes: Buffer }
  | { readonly ok: false; readonly info: Stats; readonly refusal: 'not-regular' | 'too-large' };

type ReadAt = (buffer: Buffer, offset: number, length: number, position: number) => Promise<number> | number;

/** Refuses what is not a regular file or is over the limit; else reads the size fstat gave (less if it shrank). */
async function readChecked(info: Stats, maxBytes: number, readAt: ReadAt): Promise<RegularFileRead> {
  if (!info.isFile()) return { ok: false, info, refusal: 'not-regular' };
  if (info.size > maxBytes) return { ok: false, info, refusal: 'too-large' };
  const buffer = Buffer.allocUnsafe(info.size);
  let total = 0;
  while (total < buffer.length) {
    const got = await readAt(buffer, total, buffer.length - total, total);
    if (got === 0) break;
    total += got;
  }
  return { ok: true, info, bytes: buffer.subarray(0, total) };
}

/** Opens, checks and reads `path`; fails as open(2) does (ENOENT, EACCES) when it cannot be opened. */
export async function readRegularFile(path: string, maxBytes: number): Promise<RegularFileRead> {
  const handle = await open(path, OPEN_FLAGS);
  try {
    const readAt: ReadAt = async (buffer, offset, length, position) =>
      (await handle.read(buffer, offset, length, position)).bytesRead;
    return await readChecked(await handle.stat(), maxBytes, readAt);
  } finally {
    await handle.close();
  }
}

/** The same with blocking calls, for worker threads, where they cost only that thread's time (read-entry.ts). */
export async function readRegularFileBlocking(path: string, maxBytes: number): Promise<RegularFileRead> {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    return await readChecked(fstatSync(fd), maxBytes, (buffer, offset, length, position) =>
      readSync(fd, buffer, offset, length, position),
    );
  } finally {
    closeSync(fd);
  }
}

/** The reason shown for a refusal; `tooLarge` words the size limit (tooLargeMessage in articles/parse.ts). */
export function refusalReason(
  read: Extract<RegularFileRead, { ok: false }>,
  tooLarge: (size: number) => string,
): string {
  return read.refusal === 'not-regular' ? 'not a regular file' : tooLarge(read.info.size);
}
