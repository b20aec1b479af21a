// Child process of the library bench: measures one step for one library size in a process of its own,
// as the app starts afresh each time: the read floor, a cold open, or a warm open with searches and
// watching. Its peak memory is then that start's own. Prints one JSON line on stdout, progress on stderr.
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { LibraryService } from '../../src-main/library/library-service';
import { createMainServices } from '../../src-main/services/main-services';
import { findsIt, grepMs, iowaitMs, readFloor, searchQuery } from './library-probes';
import { BENCH_QUERIES, grepWord } from './library-queries';
import { watchLatencies } from './library-watch';
import { median, percentile } from './stats';

/** The app's worker as built by electron-vite (npm run bench builds first). */
const WORKER_SCRIPT = resolve(__dirname, '../../out/main/catalog-worker.js');
const SEARCH_PASSES = 3;

export interface FloorResult {
  readonly files: number;
  readonly readFloorMs: number;
}

export interface ColdResult {
  readonly files: number;
  readonly coldListMs: number;
  readonly coldIndexMs: number;
  /** CPU time of this process (main thread and workers) during the cold open, and the machine's iowait. */
  readonly coldCpuMs: number;
  readonly coldIowaitMs: number;
  readonly peakRssMb: number;
  /** Resident memory (MB) after each step: what the peak is made of. */
  readonly rssAfter: Readonly<Record<string, number>>;
}

export interface WarmResult {
  readonly files: number;
  readonly warmRestartMs: number;
  readonly searchP50Ms: number;
  readonly searchP95Ms: number;
  readonly grepMedianMs: number;
  readonly watchP50Ms: number;
  readonly watchP95Ms: number;
  readonly peakRssMb: number;
  readonly rssAfter: Readonly<Record<string, number>>;
  /** Diagnostics, not figures. */
  readonly catalogMb: number;
  readonly slowestQueries: readonly { readonly text: string; readonly ms: number; readonly total: number }[];
  readonly workerSearchP50Ms: number;
}

const say = (message: string): void => void process.stderr.write(`    ${message}\n`);
const rssAfter: Record<string, number> = {};
const noteRss = (step: string): void => void (rssAfter[step] = Math.round(process.memoryUsage().rss / 2 ** 20));

/** As the app builds it: open() lists the catalogued files at once and reads the rest after. */
function newService(catalog: string): LibraryService {
  const log = (message: string): void => say(`library: ${message}`);
  return createMainServices({
    userData: dirname(catalog),
    catalogFile: catalog,
    catalogWorker: WORKER_SCRIPT,
    library: { log },
  }).library;
}

const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

async function floorStep(folder: string): Promise<FloorResult> {
  // Untimed: the first read of a just-written file also writes its access time (relatime), a cost no
  // later read pays; after this pass the floor and the cold open read alike, from the page cache.
  await readFloor(folder);
  const floor = await readFloor(folder);
  say(`read floor ${Math.round(floor.ms)} ms (${floor.files} files)`);
  return { files: floor.files, readFloorMs: floor.ms };
}

async function coldStep(folder: string, catalog: string, marker: string, markerId: string): Promise<ColdResult> {
  const cpu0 = process.cpuUsage();
  const io0 = iowaitMs();
  const t0 = performance.now();
  const service = newService(catalog);
  await service.open(folder);
  await service.whenListed();
  const listed = service.listed().length;
  const coldListMs = performance.now() - t0;
  noteRss('cold list');
  await service.whenIdle();
  if (!(await findsIt(service, marker, markerId))) throw new Error(`the marker word is not found in ${markerId}`);
  const coldIndexMs = performance.now() - t0;
  const coldCpu = process.cpuUsage(cpu0);
  const coldIowaitMs = iowaitMs() - io0;
  noteRss('cold searchable');
  say(`cold list ${Math.round(coldListMs)} ms, searchable ${Math.round(coldIndexMs)} ms`);
  await service.close();
  return {
    files: listed,
    coldListMs,
    coldIndexMs,
    coldCpuMs: (coldCpu.user + coldCpu.system) / 1000,
    coldIowaitMs,
    peakRssMb: peakRssMb(),
    rssAfter,
  };
}

async function warmStep(folder: string, catalog: string): Promise<WarmResult> {
  const t0 = performance.now();
  const service = newService(catalog);
  await service.open(folder);
  const warmRestartMs = performance.now() - t0;
  const warmIds = service.listed().map((entry) => entry.id);
  noteRss('warm open');
  await service.whenIdle();
  say(`warm restart ${Math.round(warmRestartMs)} ms`);

  for (const q of BENCH_QUERIES) await service.search(searchQuery(q.text)); // first touch of each query's pages
  const times: number[] = [];
  const inWorker: number[] = [];
  const perQuery = new Map<string, { ms: number; total: number }>();
  for (let pass = 0; pass < SEARCH_PASSES; pass++) {
    for (const q of BENCH_QUERIES) {
      const started = performance.now();
      const results = await service.search(searchQuery(q.text));
      const ms = performance.now() - started;
      times.push(ms);
      inWorker.push(results.elapsedMs);
      if (ms > (perQuery.get(q.text)?.ms ?? -1)) perQuery.set(q.text, { ms, total: results.total });
    }
  }
  say(`search p50 ${median(times).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`);
  noteRss('searches');

  const greps: number[] = [];
  for (const q of BENCH_QUERIES) greps.push(await grepMs(grepWord(q.text), folder));
  say(`grep median ${Math.round(median(greps))} ms`);

  const watch = await watchLatencies(service, folder, warmIds);
  say(`watch p50 ${Math.round(median(watch))} ms, p95 ${Math.round(percentile(watch, 95))} ms`);
  noteRss('watch');
  await service.close();

  const catalogBytes = (
    await Promise.all(
      ['', '-wal'].map((suffix) =>
        stat(catalog + suffix).then(
          (s) => s.size,
          () => 0,
        ),
      ),
    )
  ).reduce((a, b) => a + b, 0);
  return {
    files: warmIds.length,
    warmRestartMs,
    searchP50Ms: median(times),
    searchP95Ms: percentile(times, 95),
    grepMedianMs: median(greps),
    watchP50Ms: median(watch),
    watchP95Ms: percentile(watch, 95),
    peakRssMb: peakRssMb(),
    rssAfter,
    catalogMb: catalogBytes / 2 ** 20,
    slowestQueries: [...perQuery]
      .map(([text, v]) => ({ text, ...v }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5),
    workerSearchP50Ms: median(inWorker),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      step: { type: 'string' },
      folder: { type: 'string' },
      catalog: { type: 'string' },
      marker: { type: 'string' },
      'marker-id': { type: 'string' },
    },
  });
  const { step, folder, catalog, marker } = values;
  const markerId = values['marker-id'];
  const usage = 'usage: library-run --step floor|cold|warm --folder F [--catalog C] [--marker W --marker-id ID]';
  if (!folder) throw new Error(usage);
  let result: FloorResult | ColdResult | WarmResult;
  if (step === 'floor') result = await floorStep(folder);
  else if (step === 'cold' && catalog && marker && markerId) result = await coldStep(folder, catalog, marker, markerId);
  else if (step === 'warm' && catalog) result = await warmStep(folder, catalog);
  else throw new Error(usage);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
