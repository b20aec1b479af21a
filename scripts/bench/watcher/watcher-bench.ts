// Bench: the library watchers side by side. Per size, each watcher runs over the same generated library in
// a fresh process (watcher-run.ts), in rounds whose order alternates, so a neighbour's load falls on both.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { BenchLibraries } from '../bench-libraries';
import { WATCHERS, type WatcherName, type WatcherRunResult } from './candidates';
import { formatWatchers } from './watcher-table';

const RUN_SCRIPT = resolve(__dirname, 'watcher-run.ts');
/** The app's own quiet period before a file counts as written (watchLibrary's default). */
export const STABLE_MS = 200;
const out = (text: string): void => void process.stdout.write(text);

function runOne(watcher: WatcherName, folder: string): Promise<WatcherRunResult> {
  return new Promise((done, fail) => {
    const args = ['--expose-gc', '--import', 'tsx', RUN_SCRIPT, '--watcher', watcher, '--folder', folder];
    const child = spawn(process.execPath, [...args, '--stable-ms', String(STABLE_MS)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) fail(new Error(`watcher-run ${watcher} exited ${code}`));
      else done(JSON.parse(last) as WatcherRunResult);
    });
  });
}

export async function benchWatchers(
  libraries: BenchLibraries,
  sizes: readonly number[],
  rounds = 3,
): Promise<Record<string, WatcherRunResult[]>> {
  const names = Object.keys(WATCHERS) as WatcherName[];
  out(`  watchers: ${names.map((n) => WATCHERS[n].label).join('; ')}\n`);
  out("  Each behind the app's own folder bookkeeping and stable-write rule (a file is reported once it has not\n");
  out(`  been written for ${STABLE_MS} ms), each run in a fresh process, ${rounds} rounds in alternating order.\n`);
  out('  ready: watching started until every folder is watched and listed, beside a plain walk (readdir of every\n');
  out('  folder) in the same process just before; memory and handles after ready (after a GC), less the same\n');
  out(`  process before. Latency: 50 new files, then the same 50 rewritten, then removed, ${60} ms apart, each\n`);
  out(
    `  timed from the write until the handler call (the ${STABLE_MS} ms quiet period included: that is its floor).\n`,
  );
  const results: Record<string, WatcherRunResult[]> = {};
  for (const size of sizes) {
    const library = await libraries.library(size);
    const runs: WatcherRunResult[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const name of round % 2 === 0 ? names : names.toReversed()) runs.push(await runOne(name, library.root));
    }
    results[String(size)] = runs;
    out(`\n${size.toLocaleString('en-US')} files (${runs[0]?.folders ?? 0} folders)\n`);
    out(formatWatchers(runs, STABLE_MS));
  }
  return results;
}
