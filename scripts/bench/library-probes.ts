// Probes of the library bench: the read floor, one grep, a search that looks for one file, iowait.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { SearchQuery } from '../../src-preload/contract';
import type { LibraryService } from '../../src-main/library/library-service';
import { mapPool } from '../../src-main/library/pool';
import { scanLibrary } from '../../src-main/library/scanner';

/**
 * Reads in flight for the floor: as `npm run scan` reads, and as the catalog did before it read with blocking
 * calls.
 */
const READ_CONCURRENCY = 8;

/** The first page of 50, by relevance, with no filters: what the search box asks for. */
export const searchQuery = (text: string): SearchQuery => ({
  text,
  filters: {},
  sort: 'relevance',
  offset: 0,
  limit: 50,
});

export async function readFloor(folder: string): Promise<{ ms: number; files: number }> {
  const started = performance.now();
  const files = await scanLibrary(folder);
  // Only the length is kept, so the floor holds no more memory than the catalog's own read does.
  await mapPool(files, READ_CONCURRENCY, async (file) => (await readFile(file.path)).length);
  return { ms: performance.now() - started, files: files.length };
}

/** True when a search for this whole word lists this file in its first page. */
export async function findsIt(service: LibraryService, word: string, id: string): Promise<boolean> {
  const results = await service.search(searchQuery(`${word} `));
  return results.hits.some((hit) => hit.id === id);
}

/** `grep -rlF word folder`, timed from spawn to exit. */
export function grepMs(word: string, folder: string): Promise<number> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn('grep', ['-rlF', word, folder], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', fail);
    // 1 is "no match", a result like any other.
    child.on('close', (code) =>
      code === 0 || code === 1 ? done(performance.now() - started) : fail(new Error(`grep exited ${code}`)),
    );
  });
}

/** Time all CPUs spent waiting on disk since boot (Linux; 0 elsewhere), in ms. */
export function iowaitMs(): number {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/) ?? [];
    return Number(fields[5] ?? 0) * 10; // USER_HZ is 100
  } catch {
    return 0;
  }
}
