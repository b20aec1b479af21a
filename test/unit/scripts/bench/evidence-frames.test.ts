// Frame figures of a scroll from requestAnimationFrame timestamps: durations, percentiles, missed refreshes.
import { describe, expect, it } from 'vitest';
import { frameDurations, frameStats, refreshInterval } from '../../../../scripts/bench/page/evidence-frames';

const R = 1000 / 60;
/** Timestamps of frames that each took `refreshes` display refreshes. */
const frames = (refreshes: readonly number[]): number[] => {
  const out = [1000];
  for (const r of refreshes) out.push((out.at(-1) as number) + r * R);
  return out;
};

describe('frame figures', () => {
  it('read the refresh interval from idle frames, ignoring an odd one', () => {
    expect(refreshInterval(frames([1, 1, 1, 3, 1, 1]))).toBeCloseTo(R, 6);
    expect(() => refreshInterval([5])).toThrow(/no idle frames/);
  });

  it('count the refreshes a slow frame missed, and their share of all refreshes', () => {
    const stats = frameStats(frames([1, 1, 2, 1, 4, 1, 1, 1.3]), R);
    expect(stats.frames).toBe(8);
    expect(stats.dropped).toBe(4); // 1 for the double frame, 3 for the quadruple, none for 1.3
    expect(stats.droppedShare).toBeCloseTo(4 / 12, 6);
    expect(stats.p50Ms).toBeCloseTo(R, 6);
    expect(stats.maxMs).toBeCloseTo(4 * R, 6);
    expect(stats.p95Ms).toBeCloseTo(4 * R, 6);
  });

  it('find no missed refresh in a smooth scroll', () => {
    const stats = frameStats(frames(Array.from({ length: 100 }, () => 1)), R);
    expect(stats).toMatchObject({ frames: 100, dropped: 0, droppedShare: 0 });
    expect(frameDurations([0, 16, 40])).toEqual([16, 24]);
    expect(() => frameStats([1], R)).toThrow(/fewer than two frames/);
  });
});
