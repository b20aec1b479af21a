// Bench: the library at scale. Per size, takes the shared corpus library of recombined real articles and
// measures it in child processes (library-run.ts): the read floor, a cold start, and a warm start, each a
// fresh process as each start of the app is, so one step's memory never shows in the next.
import { runJsonChild } from './child-json';
import { join, resolve } from 'node:path';
import type { BuiltLibrary } from '../corpus/library-builder';
import type { BenchLibraries } from './bench-libraries';
import type { ColdResult, FloorResult, WarmResult } from './library-run';
import { formatFigures, type LibraryFigures } from './library-targets';
import { round } from './stats';

const RUN_SCRIPT = resolve(__dirname, 'library-run.ts');
const out = (text: string): void => void process.stdout.write(text);

/** Runs one step of library-run.ts in a process of its own and returns the JSON line it prints. */
function runStep<T>(args: readonly string[]): Promise<T> {
  return runJsonChild<T>(RUN_SCRIPT, args, args[1]);
}

interface LibraryRun {
  readonly floor: FloorResult;
  readonly cold: ColdResult;
  readonly warm: WarmResult;
}

/** The read floor, a cold start and a warm start, each in a fresh process, as the app starts. */
async function runSteps(library: BuiltLibrary, catalog: string): Promise<LibraryRun> {
  const folder = ['--folder', library.root];
  const floor = await runStep<FloorResult>(['--step', 'floor', ...folder]);
  const cold = await runStep<ColdResult>([
    '--step',
    'cold',
    ...folder,
    '--catalog',
    catalog,
    '--marker',
    library.marker,
    '--marker-id',
    library.markerId,
  ]);
  const warm = await runStep<WarmResult>(['--step', 'warm', ...folder, '--catalog', catalog]);
  for (const [step, files] of [
    ['floor', floor.files],
    ['cold open', cold.files],
    ['warm open', warm.files],
  ] as const) {
    if (files !== library.files) throw new Error(`the ${step} saw ${files} files, not ${library.files}`);
  }
  return { floor, cold, warm };
}

function figuresOf({ floor, cold, warm }: LibraryRun): LibraryFigures {
  const f = (n: number): number => round(n, 2);
  return {
    coldListMs: f(cold.coldListMs),
    coldIndexMs: f(cold.coldIndexMs),
    readFloorMs: f(floor.readFloorMs),
    warmRestartMs: f(warm.warmRestartMs),
    searchP50Ms: f(warm.searchP50Ms),
    searchP95Ms: f(warm.searchP95Ms),
    grepMedianMs: f(warm.grepMedianMs),
    watchP50Ms: f(warm.watchP50Ms),
    watchP95Ms: f(warm.watchP95Ms),
    peakRssMb: f(Math.max(cold.peakRssMb, warm.peakRssMb)),
  };
}

export async function benchLibrary(
  libraries: BenchLibraries,
  sizes: readonly number[],
): Promise<Record<string, LibraryFigures>> {
  const sources = await libraries.corpus();
  out(`  text: ${sources.description}, recombined into articles by a seeded PRNG\n`);
  out('  workers: the built out/main/catalog-worker.js and read-worker.js; the floor, the cold start and the\n');
  out('  warm start each run in a fresh process (peak RSS is the larger maxRSS of the two starts, workers included)\n');
  out('  The read floor runs first, then the cold open, both on a warm page cache (the corpus was just written and\n');
  out('  read once untimed; dropping the cache needs root). As the app runs it (progressive): a large first read\n');
  out('  lists every file (parsed and catalogued), then indexes their text. "cold list" is open() until every file\n');
  out('  is listed; "cold searchable" adds the indexing and the first search that finds a word only the last file\n');
  out('  holds. "warm restart" is open() of the same folder in a new process: listed from the catalog, compared\n');
  out('  with the folder after.\n');
  out('  Search is timed through LibraryService.search (worker message included); "against grep" is grep\'s median\n');
  out('  over the search p95. Watch: 40 new files written 150 ms apart, each timed until a search finds it.\n');
  const results: Record<string, LibraryFigures> = {};
  for (const size of sizes) {
    const library = await libraries.library(size);
    const work = await libraries.scratch(`catalog-${size}`);
    out(`\n${size.toLocaleString('en-US')} files\n`);
    const run = await runSteps(library, join(work, 'catalog.sqlite'));
    const figures = figuresOf(run);
    results[String(size)] = figures;
    out(formatFigures(figures));
    const { cold, warm } = run;
    const workerP50 = round(warm.workerSearchP50Ms, 2);
    out(`  catalog file ${round(warm.catalogMb, 1)} MB; search inside the worker p50 ${workerP50} ms\n`);
    const seconds = (ms: number): number => round(ms / 1000, 1);
    out(
      `  cold open: ${seconds(cold.coldCpuMs)} s of CPU (main thread + workers) in ${seconds(cold.coldIndexMs)} s; ` +
        `the machine waited ${seconds(cold.coldIowaitMs)} s on disk meanwhile\n`,
    );
    const slowest = warm.slowestQueries.map((q) => `${JSON.stringify(q.text)} ${round(q.ms, 1)} ms (${q.total} hits)`);
    out(`  slowest queries: ${slowest.join(', ')}\n`);
    const steps = (rss: Readonly<Record<string, number>>): string =>
      Object.entries(rss)
        .map(([step, mb]) => `${step} ${mb}`)
        .join(', ');
    out(
      `  peak RSS: cold start ${Math.round(cold.peakRssMb)} MB (after ${steps(cold.rssAfter)}), ` +
        `warm start ${Math.round(warm.peakRssMb)} MB (after ${steps(warm.rssAfter)})\n`,
    );
  }
  return results;
}
