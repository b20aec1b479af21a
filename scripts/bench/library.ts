// Bench: the library at scale. Per size, builds a corpus of recombined real articles, then measures it
// in a child process of its own (library-run.ts), so one size's memory never shows in the next.
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { loadCorpusSources } from '../corpus/corpus-sources';
import { buildLibrary, type BuiltLibrary } from '../corpus/library-builder';
import type { LibraryRunResult } from './library-run';
import { formatFigures, type LibraryFigures } from './library-targets';
import { round } from './stats';

const CACHE = resolve(__dirname, '../../.bench-cache');
const RUN_SCRIPT = resolve(__dirname, 'library-run.ts');

/** Flushes written data to disk, so the writeback of one step does not slow the next one's reads. */
const sync = (): Promise<unknown> => promisify(execFile)('sync');
const out = (text: string): void => void process.stdout.write(text);
const kb = (bytes: number): string => `${round(bytes / 1024, 1)} KB`;

function runChild(library: BuiltLibrary, catalog: string): Promise<LibraryRunResult> {
  const args = ['--import', 'tsx', RUN_SCRIPT, '--folder', library.root, '--catalog', catalog, '--marker', library.marker, '--marker-id', library.markerId];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) fail(new Error(`library-run exited ${code}`));
      else done(JSON.parse(last) as LibraryRunResult);
    });
  });
}

function figuresOf(r: LibraryRunResult): LibraryFigures {
  const f = (n: number): number => round(n, 2);
  return {
    coldListMs: f(r.coldListMs),
    coldIndexMs: f(r.coldIndexMs),
    readFloorMs: f(r.readFloorMs),
    warmRestartMs: f(r.warmRestartMs),
    searchP50Ms: f(r.searchP50Ms),
    searchP95Ms: f(r.searchP95Ms),
    grepMedianMs: f(r.grepMedianMs),
    watchP50Ms: f(r.watchP50Ms),
    watchP95Ms: f(r.watchP95Ms),
    peakRssMb: f(r.peakRssMb),
  };
}

export async function benchLibrary(sizes: readonly number[]): Promise<Record<string, LibraryFigures>> {
  const sources = await loadCorpusSources(CACHE);
  out(`  text: ${sources.description}, recombined into articles by a seeded PRNG\n`);
  out('  worker: the built out/main/catalog-worker.js, one child process per size (peak RSS is that process\'s maxRSS)\n');
  out('  The read floor runs first, then the cold open, both on a warm page cache (the corpus was just written and\n');
  out('  read once untimed; dropping the cache needs root). As the app runs it (progressive): a large first read\n');
  out('  lists every file (parsed and catalogued), then indexes their text. "cold list" is open() until every file\n');
  out('  is listed; "cold searchable" adds the indexing and the first search that finds a word only the last file holds.\n');
  out('  "warm restart" is open() of the same folder by a new service: listed from the catalog, compared with the folder after.\n');
  out('  Search is timed through LibraryService.search (worker message included); "against grep" is grep\'s median\n');
  out('  over the search p95. Watch: 40 new files written 150 ms apart, each timed until a search finds it.\n');
  const results: Record<string, LibraryFigures> = {};
  // Removed only at the end: deleting a large folder (discards on this disk) would stall the next size.
  const temporary: string[] = [];
  try {
    for (const size of sizes) {
      const root = await mkdtemp(join(tmpdir(), `dossier-bench-library-${size}-`));
      const work = await mkdtemp(join(tmpdir(), `dossier-bench-catalog-${size}-`));
      temporary.push(root, work);
      const started = performance.now();
      const library = await buildLibrary(root, size, sources);
      await sync();
      const s = library.sizes;
      out(`\n${size.toLocaleString('en-US')} files, ${round(library.bytes / 2 ** 20, 1)} MB (file sizes: min ${kb(s.min)}, p5 ${kb(s.p5)}, median ${kb(s.median)}, p95 ${kb(s.p95)}, max ${kb(s.max)})\n`);
      out(`  corpus built in ${round(library.buildMs / 1000, 1)} s, flushed to disk in ${round((performance.now() - started - library.buildMs) / 1000, 1)} s (neither is part of any figure)\n`);
      const run = await runChild(library, join(work, 'catalog.sqlite'));
      if (run.files !== size) throw new Error(`the library holds ${run.files} files, not ${size}`);
      results[String(size)] = figuresOf(run);
      out(formatFigures(figuresOf(run)));
      out(`  catalog file ${round(run.catalogMb, 1)} MB; search inside the worker p50 ${round(run.workerSearchP50Ms, 2)} ms\n`);
      out(`  cold open: ${round(run.coldCpuMs / 1000, 1)} s of CPU (main thread + worker) in ${round(run.coldIndexMs / 1000, 1)} s; the machine waited ${round(run.coldIowaitMs / 1000, 1)} s on disk meanwhile\n`);
      out(`  slowest queries: ${run.slowestQueries.map((q) => `${JSON.stringify(q.text)} ${round(q.ms, 1)} ms (${q.total} hits)`).join(', ')}\n`);
      out(`  resident MB after each step: ${Object.entries(run.rssAfter).map(([step, mb]) => `${step} ${mb}`).join(', ')}\n`);
      out('  (the cold and the warm service run one after the other in that process; the peak counts both)\n');
    }
  } finally {
    for (const dir of temporary) await rm(dir, { recursive: true, force: true });
  }
  return results;
}
