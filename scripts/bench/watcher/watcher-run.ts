// Child process of the watcher bench: one watcher over one library, in a process of its own so its memory
// and handles are its own. Measures the time until watching is ready and what it costs, the latency from
// a write to the report, and the correctness cases. Prints one JSON line on stdout, progress on stderr.
import { mkdtemp, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FolderWatcher } from '../../../src-main/library/folder-watcher';
import { WATCHERS, type WatcherName, type WatcherRunResult } from './candidates';
import { EventLog, type EventKind } from './event-log';
import { peakRssMb, processCost } from './process-cost';
import { cleanUpCases, runCases, setUpCases } from './watcher-cases';

const WRITES = 50;
const SPACING_MS = 60;
const GIVE_UP_MS = 10_000;
const say = (message: string): void => void process.stderr.write(`      ${message}\n`);
const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Every folder and article-named file under the root (hidden ones skipped, as the watcher does). */
async function walk(root: string): Promise<{ folders: string[]; files: number }> {
  const folders: string[] = [];
  let files = 0;
  const visit = async (dir: string): Promise<void> => {
    folders.push(dir);
    for (const entry of await readdir(join(root, dir), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) await visit(dir ? `${dir}/${entry.name}` : entry.name);
      else files++;
    }
  };
  await visit('');
  return { folders, files };
}

/** Does `act` to each id, SPACING_MS apart, and times each until the watcher reports `kind` for it. */
async function timeEach(
  log: EventLog,
  root: string,
  ids: readonly string[],
  kind: EventKind,
  act: (path: string) => Promise<void>,
): Promise<{ ms: number[]; missed: number }> {
  const started = performance.now();
  const runs = ids.map(async (id, i) => {
    await sleep(Math.max(0, started + i * SPACING_MS - performance.now()));
    const t0 = performance.now();
    await act(join(root, id));
    const event = await log.waitFor(kind, id, GIVE_UP_MS, t0);
    return event ? event.at - t0 : null;
  });
  const all = await Promise.all(runs);
  const ms = all.filter((n): n is number => n !== null);
  return { ms, missed: all.length - ms.length };
}

async function run(name: WatcherName, root: string, stableMs: number): Promise<WatcherRunResult> {
  const outside = await mkdtemp(join(tmpdir(), 'dossier-bench-outside-'));
  await setUpCases(root, outside);
  const t0 = performance.now();
  const { folders, files } = await walk(root);
  const walkMs = performance.now() - t0;
  const before = processCost();
  const log = new EventLog(root);
  const started = performance.now();
  const watcher = new FolderWatcher(root, log.handlers, stableMs, WATCHERS[name].tree);
  await watcher.start();
  const readyMs = performance.now() - started;
  const ready = processCost();
  const peak = peakRssMb();
  say(`${name}: ready in ${Math.round(readyMs)} ms (walk ${Math.round(walkMs)} ms), ${ready.inotifyWatches} watches`);
  try {
    const deep = folders.filter((dir) => dir.split('/').length >= 2).sort();
    const ids = Array.from({ length: WRITES }, (_, i) => `${deep[(i * 37) % deep.length]}/bench-latency-${i}.txt`);
    const text = (i: number): string => `Latency ${i}\n20240601\nhttps://www.example.org/${i}\nBody ${i}.\n`;
    const add = await timeEach(log, root, ids, 'add', (path) => writeFile(path, text(0), { flag: 'wx' }));
    const change = await timeEach(log, root, ids, 'change', (path) => writeFile(path, `${text(1)}More.\n`));
    const gone = await timeEach(log, root, ids, 'unlink', (path) => unlink(path));
    const latency = { add: add.ms, change: change.ms, unlink: gone.ms };
    const missed = add.missed + change.missed + gone.missed;
    say(`${name}: writes timed (${missed} missed); running the cases`);
    const cases = await runCases({ root, outside, log, stableMs });
    const failed = cases.filter((c) => c.verdict !== 'pass').map((c) => `${c.name} ${c.verdict} (${c.detail})`);
    say(
      `${name}: cases passed ${cases.length - failed.length}/${cases.length}` +
        (failed.length ? `; not ${failed.join(', ')}` : ''),
    );
    const errors = log.errors.map(String);
    return {
      watcher: name,
      folders: folders.length,
      files,
      walkMs,
      readyMs,
      before,
      ready,
      peakRssMb: peak,
      latency,
      missed,
      cases,
      errors,
    };
  } finally {
    await watcher.close();
    await cleanUpCases(root, outside);
    await rm(outside, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { watcher: { type: 'string' }, folder: { type: 'string' }, 'stable-ms': { type: 'string' } },
  });
  const name = values.watcher;
  if (!name || !Object.hasOwn(WATCHERS, name) || !values.folder)
    throw new Error(`usage: watcher-run --watcher ${Object.keys(WATCHERS).join('|')} --folder F [--stable-ms N]`);
  const result = await run(name as WatcherName, values.folder, Number(values['stable-ms'] ?? 200));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
