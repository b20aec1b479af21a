// A developer's probe of the evidence table (not part of `npm run bench`): `setup <dir>` builds a library and
// imports 2,000 and 20,000 highlights into two profiles kept in <dir>; `run <dir>` then measures, for each
// size, the Evidence tab's first render and a scroll through it, with a CPU profile of each (the functions
// with the most self time printed, the profiles written to <dir>), so a change can be measured in minutes.
// The page calls of the start-up and the tab are listed with their times. Environment: PROBE_SIZES=20000 (one
// size), PROBE_WAIT=ms (wait before the click), PROBE_SETTLED=1 (profile the first render until the page
// settles), PROBE_TRACE=1 (a timeline trace of the scroll summed by event instead of a CPU profile),
// PROBE_TASKS=1 (the first render's long tasks listed, each at its start from the click), PROBE_CPU=1 (a trace
// of the first render and of the scroll: the page thread's tasks by CPU time, which a loaded machine does not
// stretch as it stretches their wall time), PROBE_ROUNDS=n (with PROBE_CPU: n fresh loads first, as the bench's
// rounds, each first render's tasks printed).
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../chromium';
import { loadCorpusSources } from '../../corpus/corpus-sources';
import { buildLibrary } from '../../corpus/library-builder';
import { startHost, type DossierHost } from '../../../test/e2e/host/dossier-host';
import { buildPageBridge } from '../../../test/e2e/host/build-page-bridge';
import { frameStats, refreshInterval } from './evidence-frames';
import { readArticles, writeWorkFile } from './evidence-library';
import { EVIDENCE, NAME_SHIM, scrollThrough, timeFirstRender } from './evidence-probe';
import { firstRowMs, longTasksIn, PROBE_SCRIPT, recordedLongTasks } from './page-probe';

const SIZES = (process.env.PROBE_SIZES ?? '2000,20000').split(',').map(Number);
const ARTICLES = 5_000;
const TIMEOUT = 10 * 60_000;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
}

async function settle(page: Page, host: DossierHost): Promise<void> {
  await firstRowMs(page, TIMEOUT);
  await host.library.whenIdle();
  for (;;) {
    await host.whenCallsDone();
    await untilQuiet(page);
    if (host.pendingCalls() === 0) return;
  }
}

async function untilQuiet(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const tasks = (window as { __benchLongTasks?: [number, number][] }).__benchLongTasks ?? [];
      const last = tasks.reduce((end, [start, duration]) => Math.max(end, start + duration), 0);
      return performance.now() - last > 1500;
    },
    null,
    { timeout: TIMEOUT, polling: 250 },
  );
}

async function open(dir: string, size: number): Promise<{ page: Page; host: DossierHost; close: () => Promise<void> }> {
  const context = await launch(join(dir, `profile-${size}`));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript({ content: NAME_SHIM });
  await page.addInitScript({ content: PROBE_SCRIPT });
  const host = await startHost(page, { libraryRoot: join(dir, 'library'), userData: join(dir, `data-${size}`) });
  await page.addInitScript({
    content: `(() => {
      const w = window; w.__probeCalls = [];
      const orig = w.__dossierInvoke;
      if (!orig) return;
      w.__dossierInvoke = async (channel, args) => {
        const t0 = performance.now();
        try { return await orig(channel, args); }
        finally { w.__probeCalls.push([channel, t0, performance.now() - t0]); }
      };
    })();`,
  });
  await host.open();
  await settle(page, host);
  return {
    page,
    host,
    close: async () => {
      await host.close();
      await context.close();
    },
  };
}

async function setup(dir: string): Promise<void> {
  await buildPageBridge();
  const root = join(dir, 'library');
  await mkdir(root, { recursive: true });
  const sources = await loadCorpusSources(resolve(__dirname, '../../../.bench-cache'));
  await buildLibrary(root, ARTICLES, sources);
  const articles = await readArticles(root, Math.ceil((20_000 / 5) * 1.1));
  for (const size of SIZES) {
    const work = await writeWorkFile(dir, articles, size, Date.now());
    const side = await open(dir, size);
    try {
      side.host.dialogs.openPaths.push(work.path);
      await side.page.locator('.toolbar-actions').getByRole('button', { name: 'Import…' }).click();
      const preview = side.page.getByTestId('import-preview');
      await preview.getByTestId('count-new').waitFor({ timeout: TIMEOUT });
      await preview.getByRole('button', { name: 'Import', exact: true }).click();
      await side.page
        .getByTestId('toast')
        .filter({ hasText: / new, / })
        .waitFor({ timeout: TIMEOUT });
      console.log(`imported ${size}`);
    } finally {
      await side.close();
    }
  }
}

/** Self time by function, the top `n`, from a CPU profile. */
function topSelf(profile: CpuProfile, n: number): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const f = node.callFrame;
    const file = f.url.split('/').pop() ?? '';
    const key = `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${key}`);
}

async function profiled<T>(cdp: CDPSession, file: string, work: () => Promise<T>): Promise<[T, CpuProfile]> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await writeFile(file, JSON.stringify(profile));
  return [result, profile];
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  args?: { data?: { functionName?: string; url?: string } };
}

/** The page's trace events of the scroll summed by name (top-level durations of the renderer main thread). */
async function traced<T>(cdp: CDPSession, work: () => Promise<T>): Promise<[T, string[]]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] },
  } as never);
  const result = await work();
  await cdp.send('Tracing.end');
  await done;
  const pageThread = events.find((e) => e.name === 'ParseHTML' || e.name === 'FunctionCall')?.tid;
  const sums = new Map<string, [number, number]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.tid !== pageThread || e.dur === undefined) continue;
    const key = e.name;
    const [ms, n] = sums.get(key) ?? [0, 0];
    sums.set(key, [ms + e.dur / 1000, n + 1]);
  }
  const lines = [...sums]
    .sort((a, b) => b[1][0] - a[1][0])
    .slice(0, 25)
    .map(([k, [ms, n]]) => `${ms.toFixed(0).padStart(7)} ms ${String(n).padStart(6)}x  ${k}`);
  return [result, lines];
}

interface TaskEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** The page's main-thread tasks (RunTask) traced during `work`: [CPU ms, wall ms] each. */
async function tracedTasks<T>(cdp: CDPSession, work: () => Promise<T>): Promise<[T, [number, number][]]> {
  const events: TaskEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TaskEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'] },
  } as never);
  const result = await work();
  await cdp.send('Tracing.end');
  await done;
  // The renderer's main thread: of the threads named CrRendererMain, the one whose tasks ran longest.
  const isTask = (e: TaskEvent): boolean =>
    e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const busy = new Map<string, number>();
  for (const e of events)
    if (isTask(e) && mains.has(`${e.pid}:${e.tid}`))
      busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const mainThread = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const tasks = events.filter((e) => isTask(e) && `${e.pid}:${e.tid}` === mainThread);
  return [result, tasks.map((e) => [(e.tdur ?? 0) / 1000, (e.dur ?? 0) / 1000])];
}

function cpuLine(label: string, tasks: readonly [number, number][], frames?: number): string {
  const byCpu = [...tasks].sort((a, b) => b[0] - a[0]);
  const total = tasks.reduce((sum, [cpu]) => sum + cpu, 0);
  const cpus = tasks.map(([cpu]) => cpu).sort((a, b) => a - b);
  const p95 = cpus[Math.floor(cpus.length * 0.95)] ?? 0;
  const top = byCpu.slice(0, 5).map(([cpu, wall]) => `${cpu.toFixed(0)} (${wall.toFixed(0)})`);
  const perFrame = frames ? `, ${(total / frames).toFixed(1)} ms a frame` : '';
  const head = `${label}: ${tasks.length} tasks, CPU ${total.toFixed(0)} ms${perFrame}, p95 ${p95.toFixed(1)}`;
  return `${head}; longest CPU (wall): ${top.join(', ')}`;
}

async function cpuRun(dir: string): Promise<void> {
  for (const size of SIZES) {
    const side = await open(dir, size);
    try {
      await settle(side.page, side.host);
      const cdp = await side.page.context().newCDPSession(side.page);
      const want = `${size.toLocaleString('en-US')} highlights`;
      // PROBE_ROUNDS=n: the first render of n fresh loads before the one measured below, as the bench's rounds.
      for (let r = 0; r < Number(process.env.PROBE_ROUNDS ?? 0); r++) {
        const [early, tasks] = await tracedTasks(cdp, () => timeFirstRender(side.page, want, TIMEOUT));
        console.log(cpuLine(`   load ${r + 1}, first render ${(early.endMs - early.startMs).toFixed(0)} ms`, tasks));
        await side.page.reload();
        await settle(side.page, side.host);
      }
      const [first, render] = await tracedTasks(cdp, () => timeFirstRender(side.page, want, TIMEOUT));
      await side.page.waitForFunction(
        ({ sel, rows }) => document.querySelector(sel)?.getAttribute('aria-rowcount') === String(rows + 1),
        { sel: EVIDENCE.scroll, rows: size },
        { timeout: TIMEOUT, polling: 'raf' },
      );
      await settle(side.page, side.host);
      const [scroll, scrolled] = await tracedTasks(cdp, () => scrollThrough(side.page, EVIDENCE, 300));
      const stats = frameStats(scroll.frames, refreshInterval(scroll.idle));
      console.log(`\n== ${size}: first render ${(first.endMs - first.startMs).toFixed(0)} ms`);
      console.log(cpuLine('   first render', render));
      console.log(`   scroll: ${stats.frames} frames p50 ${stats.p50Ms.toFixed(0)} p95 ${stats.p95Ms.toFixed(0)} ms`);
      console.log(cpuLine('   scroll', scrolled, stats.frames));
    } finally {
      await side.close();
    }
  }
}

async function run(dir: string, top: number): Promise<void> {
  if (process.env.PROBE_TRACE) return trace(dir);
  if (process.env.PROBE_CPU) return cpuRun(dir);
  for (const size of SIZES) {
    const side = await open(dir, size);
    try {
      const cdp = await side.page.context().newCDPSession(side.page);
      if (process.env.PROBE_WAIT) await side.page.waitForTimeout(Number(process.env.PROBE_WAIT));
      const want = `${size.toLocaleString('en-US')} highlights`;
      const [first, p1] = await profiled(cdp, join(dir, `first-${size}.cpuprofile`), async () => {
        const shown = await timeFirstRender(side.page, want, TIMEOUT);
        if (process.env.PROBE_SETTLED) await settle(side.page, side.host);
        return shown;
      });
      const calls = await side.page.evaluate(
        () => (window as unknown as { __probeCalls: [string, number, number][] }).__probeCalls,
      );
      console.log(`click at ${first.startMs.toFixed(0)}, first frame ${first.endMs.toFixed(0)}`);
      for (const [c, t0, d] of calls)
        if (d > 30 || t0 > first.startMs - 5000) console.log(`  call ${c} at ${t0.toFixed(0)} for ${d.toFixed(0)} ms`);
      console.log(
        `count at first frame: ${first.count}; now: ${await side.page.locator(EVIDENCE.count).textContent()}`,
      );
      const tasks1 = await recordedLongTasks(side.page);
      const lt1 = longTasksIn(tasks1, first.startMs, first.endMs);
      if (process.env.PROBE_TASKS) {
        const inRender = tasks1.filter(([start, d]) => start + d > first.startMs && start < first.endMs);
        console.log(`long tasks: ${inRender.map(([s, d]) => `+${(s - first.startMs).toFixed(0)} ${d.toFixed(0)} ms`)}`);
      }
      await side.page.waitForFunction(
        ({ sel, rows }) => document.querySelector(sel)?.getAttribute('aria-rowcount') === String(rows + 1),
        { sel: EVIDENCE.scroll, rows: size },
        { timeout: TIMEOUT, polling: 'raf' },
      );
      const after = longTasksIn(await recordedLongTasks(side.page), first.endMs, Number.MAX_SAFE_INTEGER);
      const [scroll, p2] = await profiled(cdp, join(dir, `scroll-${size}.cpuprofile`), () =>
        scrollThrough(side.page, EVIDENCE, 300),
      );
      const stats = frameStats(scroll.frames, refreshInterval(scroll.idle));
      const lt2 = longTasksIn(await recordedLongTasks(side.page), scroll.startMs, scroll.endMs);
      const ms = (n: number): string => n.toFixed(0);
      console.log(
        `\n== ${size}: first render ${ms(first.endMs - first.startMs)} ms, longest task ${ms(lt1.maxMs)}` +
          ` (${lt1.count} long); from it to the scroll: ${after.count} long, longest ${ms(after.maxMs)} ms` +
          `\n   scroll: ${stats.frames} frames p50 ${ms(stats.p50Ms)} p95 ${ms(stats.p95Ms)} max ${ms(stats.maxMs)}` +
          ` ms, ${lt2.count} long tasks (max ${ms(lt2.maxMs)}), rows ${scroll.maxRows}`,
      );
      if (top > 0) {
        console.log('-- first render, self time:\n' + topSelf(p1, top).join('\n'));
        console.log('-- scroll, self time:\n' + topSelf(p2, top).join('\n'));
      }
    } finally {
      await side.close();
    }
  }
}

async function trace(dir: string): Promise<void> {
  for (const size of SIZES) {
    const side = await open(dir, size);
    try {
      const cdp = await side.page.context().newCDPSession(side.page);
      await timeFirstRender(side.page, `${size.toLocaleString('en-US')} highlights`, TIMEOUT);
      await settle(side.page, side.host);
      const dom = await side.page.evaluate(() => {
        const all = [...document.querySelectorAll('*')];
        const byTag = new Map<string, number>();
        for (const el of all) byTag.set(el.tagName, (byTag.get(el.tagName) ?? 0) + 1);
        const body = document.querySelector('.evidence-body') as HTMLElement;
        return { all: all.length, byTag: [...byTag].sort((a, b) => b[1] - a[1]).slice(0, 8), h: body.style.height };
      });
      console.log(JSON.stringify(dom));
      const [, lines] = await traced(cdp, () => scrollThrough(side.page, EVIDENCE, 300));
      console.log(`\n== ${size}: scroll trace (inclusive, nested events counted twice)\n${lines.join('\n')}`);
    } finally {
      await side.close();
    }
  }
}

async function main(): Promise<void> {
  const [command, dir, top] = process.argv.slice(2);
  if (!dir || (command !== 'setup' && command !== 'run')) throw new Error('usage: evidence-cpu-probe setup|run <dir>');
  await mkdir(dir, { recursive: true });
  if (command === 'setup') await setup(dir);
  else await run(dir, Number(top ?? 25));
  // The host's workers keep the process alive.
  process.exit(0);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
