// Walks the library folder: article files only, hidden and temp files skipped, links followed only
// when they stay inside the library and do not loop.
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isCandidateArticle, isHiddenOrTemp } from './file-filter';
import { isInside, toArticleId } from './paths';
import { mapPool } from './pool';

export interface ScannedFile {
  readonly id: string;
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** A walk of a library folder, however it runs (scanLibrary here, or on the catalog's worker thread). */
export type ScanFolder = (root: string) => Promise<ScannedFile[]>;

/** The file system calls a scan makes, as promises; 'blocking' runs them synchronously. */
interface ScanFs {
  readdir(dir: string): Promise<Dirent[]>;
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<Stats>;
}

const ASYNC_FS: ScanFs = {
  readdir: (dir) => readdir(dir, { withFileTypes: true }),
  realpath: (path) => realpath(path),
  stat: (path) => stat(path),
};

// Each call throws or returns at once; as an async function its throw becomes a rejection, as above.
const BLOCKING_FS: ScanFs = {
  readdir: async (dir) => readdirSync(dir, { withFileTypes: true }),
  realpath: async (path) => realpathSync(path),
  stat: async (path) => statSync(path),
};

/**
 * 'blocking' is for a worker thread: there a stat costs a few microseconds, against a thread-pool round
 * trip each with async calls (a 100,000-file library scans in well under a second instead of seconds).
 */
export async function scanLibrary(root: string, mode: 'async' | 'blocking' = 'async'): Promise<ScannedFile[]> {
  const fs = mode === 'blocking' ? BLOCKING_FS : ASYNC_FS;
  const realRoot = await fs.realpath(root);
  const visited = new Set<string>([realRoot]);
  const found: ScannedFile[] = [];
  const pending: string[] = [root];
  // Linked folders wait until every real folder is walked, so a file is listed under its real path
  // (the one the watcher reports), whichever order readdir gives the entries in.
  const linkedDirs: string[] = [];
  while (pending.length > 0 || linkedDirs.length > 0) {
    const dir = pending.pop() ?? (await takeLinkedDir(fs, linkedDirs, realRoot, visited));
    if (dir === null) continue;
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir);
    } catch {
      continue; // unreadable or vanished folder: skip it, the watcher reports later changes
    }
    // Files are stat'ed many at a time: one at a time, a large library spends seconds waiting on each.
    const files: string[] = [];
    for (const entry of entries) {
      if (isHiddenOrTemp(entry.name)) continue;
      const full = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        const target = await linkTarget(fs, full, realRoot);
        if (target === 'dir') linkedDirs.push(full);
        else if (target === 'file' && isCandidateArticle(entry.name)) files.push(full);
      } else if (entry.isDirectory()) {
        const real = await fs.realpath(full).catch(() => null);
        if (real && !visited.has(real)) {
          visited.add(real);
          pending.push(full);
        }
      } else if (entry.isFile() && isCandidateArticle(entry.name)) {
        files.push(full);
      }
    }
    await mapPool(files, 32, (full) => addFile(fs, root, full, found));
  }
  return found.toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function linkTarget(fs: ScanFs, full: string, realRoot: string): Promise<'dir' | 'file' | null> {
  try {
    const real = await fs.realpath(full);
    if (!isInside(realRoot, real)) return null;
    const info = await fs.stat(real);
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : null;
  } catch {
    return null; // dangling link
  }
}

/** The next linked folder whose real folder was not walked yet, or null when this one was. */
async function takeLinkedDir(
  fs: ScanFs,
  linkedDirs: string[],
  realRoot: string,
  visited: Set<string>,
): Promise<string | null> {
  const link = linkedDirs.shift() as string;
  const real = await fs.realpath(link).catch(() => null);
  if (real === null || !isInside(realRoot, real) || visited.has(real)) return null;
  visited.add(real);
  return link;
}

async function addFile(fs: ScanFs, root: string, full: string, found: ScannedFile[]): Promise<void> {
  const id = toArticleId(root, full);
  if (id === null) return;
  try {
    const info = await fs.stat(full);
    found.push({ id, path: full, size: info.size, mtimeMs: info.mtimeMs });
  } catch {
    // vanished between readdir and stat
  }
}
