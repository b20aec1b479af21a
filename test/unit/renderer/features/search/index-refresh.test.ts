// When the list asks main again as the text index grows: at most once per spacing while indexing (the
// last growth never lost), never for the reading phase, and exactly once when the read ends.
import { describe, expect, it } from 'vitest';
import type { ScanProgress } from '../../../../../src-preload/contract';
import { IndexRefresh, type RefreshTimers } from '../../../../../src-renderer/src/features/search/index-refresh';

class FakeTimers implements RefreshTimers {
  time = 0;
  private pending: { at: number; run: () => void }[] = [];
  readonly now = (): number => this.time;
  readonly after = (ms: number, run: () => void): (() => void) => {
    const entry = { at: this.time + ms, run };
    this.pending.push(entry);
    return () => (this.pending = this.pending.filter((e) => e !== entry));
  };
  advance(ms: number): void {
    this.time += ms;
    const due = this.pending.filter((e) => e.at <= this.time);
    this.pending = this.pending.filter((e) => e.at > this.time);
    for (const entry of due) entry.run();
  }
  get waiting(): number {
    return this.pending.length;
  }
}

const report = (phase: ScanProgress['phase'], done: number, finished = false): ScanProgress => ({
  root: '/lib',
  phase,
  done,
  total: 1000,
  filesPerSecond: 100,
  etaMs: null,
  finished,
  cancelled: false,
});

function setup() {
  const timers = new FakeTimers();
  const bumps: number[] = [];
  const refresh = new IndexRefresh((generation) => bumps.push(generation), timers, 750);
  return { timers, bumps, refresh };
}

describe('IndexRefresh', () => {
  it('asks again at the first indexed step, then at most once per spacing, keeping the last growth', () => {
    const { timers, bumps, refresh } = setup();
    refresh.progress(report('indexing', 0));
    expect(bumps).toEqual([]);
    refresh.progress(report('indexing', 100));
    expect(bumps).toEqual([1]);
    // Reports every 200 ms: the next refresh waits for the spacing, and comes even if reports stop.
    for (let done = 200; done <= 500; done += 100) {
      timers.advance(200);
      refresh.progress(report('indexing', done));
    }
    expect(bumps).toEqual([1, 2]);
    timers.advance(200);
    refresh.progress(report('indexing', 600));
    expect(timers.waiting).toBe(1);
    timers.advance(1000);
    expect(bumps).toEqual([1, 2, 3]);
    expect(timers.waiting).toBe(0);
  });

  it('never asks for the reading phase, whose files are library changes', () => {
    const { bumps, refresh } = setup();
    refresh.progress(report('reading', 10));
    refresh.progress(report('reading', 900));
    refresh.progress(report('reading', 1000));
    expect(bumps).toEqual([]);
  });

  it('asks exactly once when the read ends, dropping a refresh still waiting', () => {
    const { timers, bumps, refresh } = setup();
    refresh.progress(report('indexing', 100));
    timers.advance(100);
    refresh.progress(report('indexing', 400));
    expect(timers.waiting).toBe(1);
    refresh.progress(report('indexing', 1000, true));
    expect(bumps).toEqual([1, 2]);
    timers.advance(5000);
    expect(bumps).toEqual([1, 2]);
  });

  it('stops its timer when disposed', () => {
    const { timers, bumps, refresh } = setup();
    refresh.progress(report('indexing', 100));
    refresh.progress(report('indexing', 200));
    refresh.dispose();
    timers.advance(5000);
    expect(bumps).toEqual([1]);
  });
});
