// Progress of one phase of a background read, as the page shows it: a report when it starts, reports at
// most every 200 ms as it advances, and one at its end. Rate and time left come from an injected clock.
import type { ScanProgress } from '../../../src-preload/contract';

/** Milliseconds from any fixed start (performance.now in the app). */
export type Clock = () => number;

const REPORT_EVERY_MS = 200;

export interface PhaseProgress {
  readonly root: string;
  readonly phase: ScanProgress['phase'];
  readonly total: number;
  /** Whether the analyst cancelled the read (the last report says so). */
  readonly cancelled: () => boolean;
}

export class ProgressReporter {
  private readonly started: number;
  private done = 0;
  /** The first advance is reported at once, so the first files read show without a wait. */
  private lastReport = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly phase: PhaseProgress,
    private readonly emit: (progress: ScanProgress) => void,
    private readonly clock: Clock = () => performance.now(),
  ) {
    this.started = clock();
    this.report(false);
  }

  advance(count: number): void {
    this.done = Math.min(this.phase.total, this.done + count);
    const now = this.clock();
    if (now - this.lastReport < REPORT_EVERY_MS) return;
    this.lastReport = now;
    this.report(false);
  }

  /** The phase's last report: `finished` false when another phase follows (the page's bar stays up). */
  finish(finished: boolean): void {
    this.report(finished);
  }

  private report(finished: boolean): void {
    const { root, phase, total } = this.phase;
    const seconds = (this.clock() - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    this.emit({
      root,
      phase,
      done: this.done,
      total,
      filesPerSecond: Math.round(rate),
      etaMs: rate > 0 && !finished ? Math.round(((total - this.done) / rate) * 1000) : null,
      finished,
      cancelled: this.phase.cancelled(),
    });
  }
}
