// Child process of the stories bench: one cold open of a bench library with story clustering on or off, in a
// process of its own (its peak memory is that start's alone), then the clusters it made, and the time one
// changed file takes to be read, indexed and put in (or taken out of) its story, through the catalog store on
// this thread. Prints one JSON line on stdout, progress on stderr.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LocalCatalogStore } from '../../src-main/catalog/local-catalog-store';
import { scanLibrary, type ScannedFile } from '../../src-main/library/scanner';
import { createMainServices } from '../../src-main/services/main-services';
import { createRng } from '../corpus/prng';
import { findsIt, iowaitMs } from './library-probes';
import { median } from './stats';

/** The app's worker as built by electron-vite (npm run bench builds first). */
const WORKER_SCRIPT = resolve(__dirname, '../../out/main/catalog-worker.js');

export interface StoriesColdResult {
  readonly stories: boolean;
  readonly files: number;
  readonly coldIndexMs: number;
  readonly coldCpuMs: number;
  readonly coldIowaitMs: number;
  readonly peakRssMb: number;
  /** Clusters found (stories on), the articles in them, and the largest one's size. */
  readonly clusters: number;
  readonly clustered: number;
  readonly largest: number;
  /** One file rewritten as a copy of another, then back: each write's ingest time, in ms. */
  readonly joinMs: readonly number[];
  readonly leaveMs: readonly number[];
  /** Edits after which the file was not in the story it should have joined (or left). */
  readonly wrong: number;
}

const say = (message: string): void => void process.stderr.write(`    ${message}\n`);
const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

async function coldOpen(
  folder: string,
  catalog: string,
  stories: boolean,
  marker: string,
  markerId: string,
): Promise<Pick<StoriesColdResult, 'files' | 'coldIndexMs' | 'coldCpuMs' | 'coldIowaitMs' | 'peakRssMb'>> {
  const cpu0 = process.cpuUsage();
  const io0 = iowaitMs();
  const t0 = performance.now();
  const { library } = createMainServices({
    userData: dirname(catalog),
    catalogFile: catalog,
    catalogWorker: WORKER_SCRIPT,
    stories,
    library: { log: (message) => say(`library: ${message}`) },
  });
  await library.open(folder);
  await library.whenListed();
  const files = library.listed().length;
  await library.whenIdle();
  if (!(await findsIt(library, marker, markerId))) throw new Error(`the marker word is not found in ${markerId}`);
  const coldIndexMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const result = {
    files,
    coldIndexMs,
    coldCpuMs: (cpu.user + cpu.system) / 1000,
    coldIowaitMs: iowaitMs() - io0,
    peakRssMb: peakRssMb(),
  };
  await library.close();
  say(
    `stories ${stories ? 'on' : 'off'}: searchable in ${Math.round(coldIndexMs)} ms, ` +
      `peak RSS ${Math.round(result.peakRssMb)} MB`,
  );
  return result;
}

async function clusterCounts(store: LocalCatalogStore, folder: string, ids: readonly string[]): Promise<number[]> {
  const sizes = new Map<string, number>();
  for (const id of await store.storyIds(folder, ids)) if (id !== null) sizes.set(id, (sizes.get(id) ?? 0) + 1);
  return [...sizes.values()];
}

/** `text` (title, date, link, paragraphs) as another outlet runs it: a new headline and a dateline. */
function asCopy(text: string): string {
  const [title = '', date = '', link = '', first = '', ...rest] = text.split('\n');
  return [`UPDATE 1-${title}`, date, `${link}-copy`, `LONDON (Reuters) - ${first}`, ...rest].join('\n');
}

async function scanned(folder: string, id: string): Promise<ScannedFile> {
  const path = join(folder, ...id.split('/'));
  const s = await stat(path);
  return { id, path, size: s.size, mtimeMs: s.mtimeMs };
}

/**
 * `edits` times: a file rewritten as a copy of another article (it joins that story), then written back (it
 * leaves it). Each ingest is timed: read, parse, catalogue, index, and with stories on, the story's update.
 */
async function updates(
  store: LocalCatalogStore,
  folder: string,
  ids: readonly string[],
  edits: number,
  stories: boolean,
): Promise<Pick<StoriesColdResult, 'joinMs' | 'leaveMs' | 'wrong'>> {
  const rng = createRng(edits * 7919);
  const joinMs: number[] = [];
  const leaveMs: number[] = [];
  let wrong = 0;
  for (let edit = 0; edit < edits; edit++) {
    const target = rng.pick(ids);
    const source = rng.pick(ids);
    const [before, sourceStory] = await store.storyIds(folder, [target, source]);
    if (target === source || (before !== null && before === sourceStory)) {
      edit -= 1;
      continue;
    }
    const path = join(folder, ...target.split('/'));
    const original = await readFile(path, 'utf8');
    await writeFile(path, asCopy(await readFile(join(folder, ...source.split('/')), 'utf8')));
    let t = performance.now();
    await store.ingest(folder, [await scanned(folder, target)]);
    joinMs.push(performance.now() - t);
    const [joined, withSource] = await store.storyIds(folder, [target, source]);
    if (stories && (joined === null || joined !== withSource)) wrong += 1;
    await writeFile(path, original);
    t = performance.now();
    await store.ingest(folder, [await scanned(folder, target)]);
    leaveMs.push(performance.now() - t);
    const [after, sourceAfter] = await store.storyIds(folder, [target, source]);
    if (stories && after !== null && after === sourceAfter) wrong += 1;
  }
  return { joinMs, leaveMs, wrong };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      folder: { type: 'string' },
      catalog: { type: 'string' },
      stories: { type: 'string' },
      marker: { type: 'string' },
      'marker-id': { type: 'string' },
      edits: { type: 'string' },
    },
  });
  const { folder, catalog, marker } = values;
  const markerId = values['marker-id'];
  const edits = Number(values.edits ?? '50');
  if (!folder || !catalog || !marker || !markerId || (values.stories !== 'on' && values.stories !== 'off'))
    throw new Error('usage: stories-run --folder F --catalog C --stories on|off --marker W --marker-id ID [--edits N]');
  const stories = values.stories === 'on';
  const cold = await coldOpen(folder, catalog, stories, marker, markerId);
  const store = new LocalCatalogStore(catalog, { stories });
  try {
    const ids = (await scanLibrary(folder)).map((file) => file.id);
    const sizes = stories ? await clusterCounts(store, folder, ids) : [];
    const timed = await updates(store, folder, ids, edits, stories);
    say(`one changed file: p50 ${median([...timed.joinMs, ...timed.leaveMs]).toFixed(1)} ms`);
    const result: StoriesColdResult = {
      stories,
      ...cold,
      clusters: sizes.length,
      clustered: sizes.reduce((a, b) => a + b, 0),
      largest: Math.max(0, ...sizes),
      ...timed,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
