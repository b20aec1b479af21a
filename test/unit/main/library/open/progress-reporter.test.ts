// Progress of a phase on a clock the test sets: the first report at once, then at most every 200 ms, and
// a rate and time left computed from the clock.
import { describe, expect, it } from 'vitest';
import type { ScanProgress } from '../../../../../src-preload/contract';
import { ProgressReporter } from '../../../../../src-main/library/open/progress-reporter';

function reporter(total: number): { now: { ms: number }; reports: ScanProgress[]; progress: ProgressReporter } {
  const now = { ms: 1000 };
  const reports: ScanProgress[] = [];
  const phase = { root: '/lib', phase: 'reading' as const, total, cancelled: () => false };
  const progress = new ProgressReporter(
    phase,
    (p) => reports.push(p),
    () => now.ms,
  );
  return { now, reports, progress };
}

describe('ProgressReporter', () => {
  it('reports the start, the first step at once, then no more often than every 200 ms', () => {
    const { now, reports, progress } = reporter(1000);
    expect(reports).toEqual([
      {
        root: '/lib',
        phase: 'reading',
        done: 0,
        total: 1000,
        filesPerSecond: 0,
        etaMs: null,
        finished: false,
        cancelled: false,
      },
    ]);
    now.ms += 100;
    progress.advance(100);
    now.ms += 150;
    progress.advance(100);
    expect(reports.map((r) => r.done)).toEqual([0, 100]);
    now.ms += 50;
    progress.advance(100);
    expect(reports.map((r) => r.done)).toEqual([0, 100, 300]);
  });

  it('gives the rate and the time left from the clock', () => {
    const { now, reports, progress } = reporter(1000);
    now.ms += 2000;
    progress.advance(250);
    expect(reports.at(-1)).toMatchObject({ done: 250, filesPerSecond: 125, etaMs: 6000 });
  });

  it('ends with a report that has no time left, and never counts past the total', () => {
    const { now, reports, progress } = reporter(10);
    now.ms += 1000;
    progress.advance(25);
    progress.finish(true);
    expect(reports.at(-1)).toMatchObject({ done: 10, total: 10, finished: true, etaMs: null, filesPerSecond: 10 });
  });

  it('says in its last report of a phase that another follows, when one does', () => {
    const { now, reports, progress } = reporter(10);
    now.ms += 500;
    progress.advance(10);
    progress.finish(false);
    expect(reports.at(-1)).toMatchObject({ done: 10, finished: false, etaMs: 0, filesPerSecond: 20 });
  });
});
