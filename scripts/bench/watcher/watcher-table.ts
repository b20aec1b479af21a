// The watcher bench's tables: each watcher's cost, readiness and latency over its rounds, and which of the
// correctness cases it passed in every round.
import { WATCHERS, type WatcherName, type WatcherRunResult } from './candidates';
import type { CaseResult } from './watcher-cases';
import { median, percentile, round } from '../stats';

export const CASE_LABELS: Readonly<Record<string, string>> = {
  add: 'a new file',
  change: 'a file rewritten',
  unlink: 'a file removed',
  rename: 'a file renamed in its folder',
  move: 'a file moved to another folder',
  remade: 'a folder deleted, made again, written at once',
  slow: 'a file still being written: once, whole',
  tree: 'a folder of folders moved in, written deep',
  nested: 'nested folders made and written at once',
  out: 'a folder moved out',
};

/** One watcher's figures over its rounds: medians of the per-round ones, latencies pooled. */
export interface WatcherSummary {
  readonly watcher: WatcherName;
  readonly readyMs: readonly number[];
  /** Each round's ready time over its own plain walk. */
  readonly readyOverWalk: readonly number[];
  readonly walkMs: number;
  readonly rssMb: number;
  readonly peakRssMb: number;
  readonly heapMb: number;
  readonly inotifyWatches: number;
  readonly fds: number;
  readonly writeP50Ms: number;
  readonly writeP95Ms: number;
  readonly unlinkP50Ms: number;
  readonly missed: number;
  /** Per case, its worst round: 'fail' over 'extra' over 'pass', with that round's detail. */
  readonly cases: Readonly<Record<string, { readonly verdict: CaseResult['verdict']; readonly detail: string }>>;
}

export function summarize(runs: readonly WatcherRunResult[]): WatcherSummary[] {
  const names = [...new Set(runs.map((r) => r.watcher))];
  return names.map((watcher) => {
    const own = runs.filter((r) => r.watcher === watcher);
    const med = (f: (r: WatcherRunResult) => number): number => median(own.map(f));
    const writes = own.flatMap((r) => [...r.latency.add, ...r.latency.change]);
    const rank = { pass: 0, extra: 1, fail: 2 } as const;
    const cases: Record<string, { verdict: CaseResult['verdict']; detail: string }> = {};
    for (const run of own) {
      for (const c of run.cases) {
        const worst = cases[c.name];
        if (!worst || rank[c.verdict] > rank[worst.verdict]) cases[c.name] = { verdict: c.verdict, detail: c.detail };
      }
    }
    return {
      watcher,
      readyMs: own.map((r) => r.readyMs),
      readyOverWalk: own.map((r) => r.readyMs / r.walkMs),
      walkMs: med((r) => r.walkMs),
      rssMb: med((r) => r.ready.rssMb - r.before.rssMb),
      peakRssMb: med((r) => r.peakRssMb - r.before.rssMb),
      heapMb: med((r) => r.ready.heapUsedMb - r.before.heapUsedMb),
      inotifyWatches: med((r) => r.ready.inotifyWatches - r.before.inotifyWatches),
      fds: med((r) => r.ready.fds - r.before.fds),
      writeP50Ms: median(writes),
      writeP95Ms: percentile(writes, 95),
      unlinkP50Ms: median(own.flatMap((r) => [...r.latency.unlink])),
      missed: own.reduce((n, r) => n + r.missed, 0),
      cases,
    };
  });
}

const cell = (text: string, width: number, right = false): string =>
  right ? text.padStart(width) : text.padEnd(width);

export function formatWatchers(runs: readonly WatcherRunResult[], stableMs: number): string {
  const summaries = summarize(runs);
  const ms = (n: number): string => `${Math.round(n).toLocaleString('en-US')}`;
  let out =
    `  ${cell('watcher', 46)}${cell('ready ms (rounds)', 28, true)}${cell('x walk (rounds)', 24, true)}` +
    `${cell('RSS +MB', 9, true)}${cell('peak +MB', 10, true)}${cell('heap +MB', 10, true)}` +
    `${cell('inotify', 9, true)}${cell('fds', 6, true)}${cell('write p50/p95 ms', 18, true)}` +
    `${cell('unlink p50', 12, true)}${cell('cases ok', 10, true)}\n`;
  for (const s of summaries) {
    const overWalk = s.readyOverWalk.map((x) => `${round(x, 1)}x`).join(' / ');
    const passed = Object.values(s.cases).filter((c) => c.verdict !== 'fail').length;
    out +=
      `  ${cell(WATCHERS[s.watcher].label, 46)}${cell(s.readyMs.map(ms).join(' / '), 28, true)}` +
      `${cell(overWalk, 24, true)}${cell(String(round(s.rssMb, 1)), 9, true)}` +
      `${cell(String(round(s.peakRssMb, 1)), 10, true)}${cell(String(round(s.heapMb, 1)), 10, true)}` +
      `${cell(String(s.inotifyWatches), 9, true)}${cell(String(s.fds), 6, true)}` +
      `${cell(`${ms(s.writeP50Ms)} / ${ms(s.writeP95Ms)}`, 18, true)}${cell(ms(s.unlinkP50Ms), 12, true)}` +
      `${cell(`${passed}/${Object.keys(s.cases).length}`, 10, true)}\n`;
  }
  const walk = ms(median(summaries.map((s) => s.walkMs)));
  const missed = summaries.map((s) => `${s.watcher} ${s.missed}`).join(', ');
  out += `  baselines: plain walk ${walk} ms; latency floor ${stableMs} ms (the quiet period)`;
  out += `; writes never reported: ${missed}\n`;
  out += `  ${cell('case (worst round)', 46)}${summaries.map((s) => cell(s.watcher, 16)).join('')}\n`;
  const shown = { pass: 'pass', extra: 'pass (extra)', fail: 'FAIL' } as const;
  for (const [name, label] of Object.entries(CASE_LABELS)) {
    const verdicts = summaries.map((s) => cell(shown[s.cases[name]?.verdict ?? 'fail'], 16)).join('');
    out += `  ${cell(label, 46)}${verdicts}\n`;
  }
  for (const s of summaries) {
    for (const [name, c] of Object.entries(s.cases))
      if (c.verdict !== 'pass') out += `    ${s.watcher}, ${CASE_LABELS[name] ?? name}: ${c.detail}\n`;
  }
  out += '  "pass (extra)": every file reported, and some twice (a repeated change: re-read, nothing lost)\n';
  return out;
}
