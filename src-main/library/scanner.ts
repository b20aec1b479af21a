// Walks the library folder: article files only, hidden and temp files skipped, links followed only
// when they stay inside the library and do not loop.
import type { Dirent } from 'node:fs';
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

export async function scanLibrary(root: string): Promise<ScannedFile[]> {
  const realRoot = await realpath(root);
  const visited = new Set<string>([realRoot]);
  const found: ScannedFile[] = [];
  const pending: string[] = [root];
  // Linked folders wait until every real folder is walked, so a file is listed under its real path
  // (the one the watcher reports), whichever order readdir gives the entries in.
  const linkedDirs: string[] = [];
  while (pending.length > 0 || linkedDirs.length > 0) {
    const dir = pending.pop() ?? (await takeLinkedDir(linkedDirs, realRoot, visited));
    if (dir === null) continue;
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue; // unreadable or vanished folder: skip it, the watcher reports later changes
    }
    // Files are stat'ed many at a time: one at a time, a large library spends seconds waiting on each.
    const files: string[] = [];
    for (const entry of entries) {
      if (isHiddenOrTemp(entry.name)) continue;
      const full = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        const target = await linkTarget(full, realRoot);
        if (target === 'dir') linkedDirs.push(full);
        else if (target === 'file' && isCandidateArticle(entry.name)) files.push(full);
      } else if (entry.isDirectory()) {
        const real = await realpath(full).catch(() => null);
        if (real && !visited.has(real)) {
          visited.add(real);
          pending.push(full);
        }
      } else if (entry.isFile() && isCandidateArticle(entry.name)) {
        files.push(full);
      }
    }
    await mapPool(files, 32, (full) => addFile(root, full, found));
  }
  return found.toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function linkTarget(full: string, realRoot: string): Promise<'dir' | 'file' | null> {
  try {
    const real = await realpath(full);
    if (!isInside(realRoot, real)) return null;
    const info = await stat(real);
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : null;
  } catch {
    return null; // dangling link
  }
}

/** The next linked folder whose real folder was not walked yet, or null when this one was. */
async function takeLinkedDir(linkedDirs: string[], realRoot: string, visited: Set<string>): Promise<string | null> {
  const link = linkedDirs.shift() as string;
  const real = await realpath(link).catch(() => null);
  if (real === null || !isInside(realRoot, real) || visited.has(real)) return null;
  visited.add(real);
  return link;
}

async function addFile(root: string, full: string, found: ScannedFile[]): Promise<void> {
  const id = toArticleId(root, full);
  if (id === null) return;
  try {
    const info = await stat(full);
    found.push({ id, path: full, size: info.size, mtimeMs: info.mtimeMs });
  } catch {
    // vanished between readdir and stat
  }
}
