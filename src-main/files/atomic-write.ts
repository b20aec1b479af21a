// Writes a file so that anyone reading it sees the old content or the new, never a part: a temporary file
// beside it, flushed to disk, then renamed over it. A failure (a full disk, no permission, the drive gone)
// leaves the old file as it was and removes the temporary one, and the error says which file it was.
import { randomBytes } from 'node:crypto';
import { link, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations an atomic write needs; tests inject failures (ENOSPC, EACCES) through these. */
export interface AtomicFileOps {
  readonly open: typeof open;
  readonly rename: typeof rename;
  readonly link: typeof link;
  readonly unlink: typeof unlink;
}

export const NODE_FILE_OPS: AtomicFileOps = { open, rename, link, unlink };

export interface AtomicWriteOptions {
  /** Refuse to replace an existing file (EEXIST), as `wx` does, and still never leave a partial one. */
  readonly exclusive?: boolean;
  readonly ops?: AtomicFileOps;
}

const TEMP_MARK = '.dossier-tmp';

/** The temporary name for a write of `path`: hidden, in the same folder (so rename stays on one disk). */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_MARK}`);
}

export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_MARK);
}

export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const ops = options.ops ?? NODE_FILE_OPS;
  const temp = tempPathFor(path);
  try {
    const handle = await ops.open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.exclusive) {
      await placeExclusive(temp, path, ops);
    } else {
      await ops.rename(temp, path);
    }
  } catch (error) {
    await ops.unlink(temp).catch(() => undefined);
    throw describeWriteError(error, path);
  }
  await syncFolder(dirname(path), ops);
}

/** Errors of link(2) on file systems without hard links (FAT and exFAT drives, some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/** Puts the written temporary file at `path` only if nothing is there (EEXIST otherwise). */
async function placeExclusive(temp: string, path: string, ops: AtomicFileOps): Promise<void> {
  try {
    await ops.link(temp, path); // fails with EEXIST instead of replacing
  } catch (error) {
    if (!NO_HARD_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    // No hard links here: claim the name with an empty file (EEXIST if taken), then rename over the claim,
    // so the name never shows a part of the content. A failed rename gives the claim back.
    await (await ops.open(path, 'wx', 0o644)).close();
    try {
      await ops.rename(temp, path);
    } catch (renameError) {
      await ops.unlink(path).catch(() => undefined);
      throw renameError;
    }
    return;
  }
  await ops.unlink(temp);
}

/**
 * Removes temporary files a killed process left in `folder` (a write interrupted before its rename).
 * Returns how many were removed. Only names this module makes are touched.
 */
export async function removeStaleTemps(folder: string, ops: AtomicFileOps = NODE_FILE_OPS): Promise<number> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names.filter(isTempName)) {
    const pid = Number(name.split('.').at(-3)); // .<name>.<pid>.<random>.dossier-tmp
    if (pid === process.pid || isRunning(pid)) continue; // a write of this or another live process
    await ops
      .unlink(join(folder, name))
      .then(() => removed++)
      .catch(() => undefined);
  }
  return removed;
}

/** Whether a process of that id still runs (signal 0 only asks; EPERM means it runs as someone else). */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Makes the rename itself durable where the platform allows it (Linux, macOS); elsewhere a no-op. */
async function syncFolder(folder: string, ops: AtomicFileOps): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await ops.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse to sync a folder; the data itself is already on disk.
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission was refused',
  EPERM: 'permission was refused',
  EROFS: 'the disk is read-only',
  ENOENT: 'the folder is gone (was a drive removed?)',
  EIO: 'the disk could not be written (was a drive removed?)',
  EEXIST: 'a file of that name already exists',
};

export class WriteFailedError extends Error {
  constructor(
    readonly path: string,
    readonly code: string | undefined,
    /** What went wrong, in words ("the disk is full"), for messages that name the file themselves. */
    readonly reason: string,
  ) {
    super(`Could not save ${basename(path)}: ${reason}. The previous version, if any, is unchanged.`);
    this.name = 'WriteFailedError';
  }
}

function describeWriteError(error: unknown, path: string): WriteFailedError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
  return new WriteFailedError(path, code, reason);
}
