// What the page-heap bench reads from the page: its long tasks and the moment the first real row shows
// (recorded by a script that runs before the app's own), and its JS heap after a forced GC, through CDP.
// Long tasks are wall-clock time (PerformanceObserver 'longtask'): on a loaded machine they include the
// time the page waited for a core.
import type { CDPSession, Page } from '@playwright/test';

/** A row of the library list that holds an article (not a placeholder waiting for its entry). */
export const ROW_SELECTOR = '[data-testid="article-list"] .article-row:not(.placeholder)';

/**
 * Plain JS, so nothing the bench's compiler adds reaches the page: records every long task (start and
 * duration, ms since navigation) and the first frame in which a real row is in the list.
 */
export const PROBE_SCRIPT = `(() => {
  const w = window;
  w.__benchLongTasks = [];
  w.__benchFirstRowMs = null;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__benchLongTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const poll = () => {
    if (document.querySelector(${JSON.stringify(ROW_SELECTOR)})) w.__benchFirstRowMs = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

export interface LongTasks {
  readonly count: number;
  readonly totalMs: number;
  readonly maxMs: number;
  /** DESIGN.md: the page never blocks for more than 200 ms. */
  readonly over200: number;
}

/** One long task: when it started (ms since navigation) and how long it ran. */
export type LongTask = readonly [startMs: number, durationMs: number];

interface ProbeWindow {
  __benchLongTasks?: [number, number][];
  __benchFirstRowMs?: number | null;
}

/** Resolves with the ms from navigation to the first real row, once there is one. */
export async function firstRowMs(page: Page, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(() => (window as ProbeWindow).__benchFirstRowMs ?? null, null, {
    timeout: timeoutMs,
    polling: 100,
  });
  return (await handle.jsonValue()) as number;
}

/** Every long task the page has had since it began loading. */
export async function recordedLongTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => (window as ProbeWindow).__benchLongTasks ?? []);
}

/** The long tasks that started in [fromMs, toMs). */
export function longTasksIn(tasks: readonly LongTask[], fromMs: number, toMs: number): LongTasks {
  const durations = tasks.filter(([start]) => start >= fromMs && start < toMs).map(([, duration]) => duration);
  return {
    count: durations.length,
    totalMs: durations.reduce((a, b) => a + b, 0),
    maxMs: Math.max(0, ...durations),
    over200: durations.filter((d) => d > 200).length,
  };
}

export interface HeapReading {
  readonly usedMb: number;
  readonly totalMb: number;
  readonly domNodes: number;
}

const mb = (bytes: number): number => bytes / 2 ** 20;

async function readHeap(cdp: CDPSession): Promise<HeapReading> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { usedMb: mb(heap.usedSize), totalMb: mb(heap.totalSize), domNodes: dom.nodes };
}

/**
 * The page's JS heap after a forced GC, read until two readings in a row agree within 2% (late replies
 * and renders settle), at most eight times.
 */
export async function settledHeap(page: Page): Promise<HeapReading> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let last = await readHeap(cdp);
    for (let i = 0; i < 8; i++) {
      await page.waitForTimeout(250);
      const next = await readHeap(cdp);
      const steady = Math.abs(next.usedMb - last.usedMb) <= 0.02 * last.usedMb;
      last = next;
      if (steady) break;
    }
    return last;
  } finally {
    await cdp.detach();
  }
}
