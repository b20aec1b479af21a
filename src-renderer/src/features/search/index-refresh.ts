// When search results must be asked for again because main's text index grew: while a first read makes
// the library's text searchable, at most once every SPACING_MS (the last growth never left out), and
// exactly once when the read ends. The library's version does not change as text is indexed (no file
// changes), so without this a query typed during indexing kept its first, partial answer.
import type { ScanProgress } from '../../../../src-preload/contract';

export interface RefreshTimers {
  readonly now: () => number;
  /** Calls `run` after `ms`; returns a function that cancels it. */
  readonly after: (ms: number, run: () => void) => () => void;
}

const REAL_TIMERS: RefreshTimers = {
  now: () => performance.now(),
  after: (ms, run) => {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

/** Often enough to watch results grow, rarely enough that a large list is not re-asked for all the time. */
export const SPACING_MS = 750;

export class IndexRefresh {
  private generation = 0;
  private lastBump = Number.NEGATIVE_INFINITY;
  private cancelPending: (() => void) | null = null;

  constructor(
    private readonly bumped: (generation: number) => void,
    private readonly timers: RefreshTimers = REAL_TIMERS,
    private readonly spacingMs = SPACING_MS,
  ) {}

  /** A progress report of the open folder's read. */
  progress(progress: ScanProgress): void {
    if (progress.finished) {
      this.cancel();
      this.bump();
      return;
    }
    // The reading phase lists files (each a library change, refreshed by the version); nothing indexed yet.
    if (progress.phase !== 'indexing' || progress.done === 0 || this.cancelPending) return;
    const wait = this.lastBump + this.spacingMs - this.timers.now();
    if (wait <= 0) {
      this.bump();
      return;
    }
    this.cancelPending = this.timers.after(wait, () => {
      this.cancelPending = null;
      this.bump();
    });
  }

  dispose(): void {
    this.cancel();
  }

  private cancel(): void {
    this.cancelPending?.();
    this.cancelPending = null;
  }

  private bump(): void {
    this.lastBump = this.timers.now();
    this.bumped(++this.generation);
  }
}
