// Frame figures from the timestamps requestAnimationFrame hands a scroll's frames: each frame's duration (one
// timestamp to the next), its p50/p95/max, and the display refreshes that showed no new frame. Pure.
import { median, percentile } from '../stats';

export interface FrameStats {
  /** Frames measured (timestamps less one). */
  readonly frames: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** Refreshes missed: a frame of 2.4 refreshes' time missed 1 (rounded), one of 1.3 none. */
  readonly dropped: number;
  /** dropped / (frames + dropped): the share of the display's refreshes that showed no new frame. */
  readonly droppedShare: number;
}

/** The durations between consecutive timestamps. */
export function frameDurations(timestamps: readonly number[]): number[] {
  return timestamps.slice(1).map((t, i) => t - (timestamps[i] as number));
}

/** The display's refresh interval: the median frame while nothing happens on the page. */
export function refreshInterval(idleTimestamps: readonly number[]): number {
  const durations = frameDurations(idleTimestamps).filter((d) => d > 0);
  if (durations.length === 0) throw new Error('no idle frames to read the refresh interval from');
  return median(durations);
}

export function frameStats(timestamps: readonly number[], refreshMs: number): FrameStats {
  const durations = frameDurations(timestamps);
  if (durations.length === 0) throw new Error('a scroll of fewer than two frames has no frame times');
  const dropped = durations.reduce((sum, d) => sum + Math.max(0, Math.round(d / refreshMs) - 1), 0);
  return {
    frames: durations.length,
    p50Ms: median(durations),
    p95Ms: percentile(durations, 95),
    maxMs: Math.max(...durations),
    dropped,
    droppedShare: dropped / (durations.length + dropped),
  };
}
