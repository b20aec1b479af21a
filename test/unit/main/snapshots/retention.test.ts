// Snapshot rotation: the latest 20 always stay, plus the last of each of the 30 most recent days; the
// rest go, whatever order they are listed in.
import { describe, expect, it } from 'vitest';
import { snapshotsToDelete } from '../../../../src-main/snapshots/retention';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 2, 31, 12, 0, 0);
const at = (id: string, takenAt: number) => ({ id, takenAt });

describe('snapshotsToDelete', () => {
  it('keeps everything while there are 20 or fewer', () => {
    const few = Array.from({ length: 20 }, (_, i) => at(`s${i}`, NOW - i * 60_000));
    expect(snapshotsToDelete(few, NOW)).toEqual([]);
    expect(snapshotsToDelete([], NOW)).toEqual([]);
  });

  it('drops the oldest of one busy day past the latest 20, keeping the last of each earlier day', () => {
    const today = Array.from({ length: 25 }, (_, i) => at(`today-${i}`, NOW - i * 60_000));
    const earlier = [at('yesterday-late', NOW - DAY), at('yesterday-early', NOW - DAY - 3600_000)];
    const deleted = snapshotsToDelete([...earlier, ...today].toReversed(), NOW);
    // today-0 … today-19 are the latest 20; today-0 is also today's last; yesterday-late is that day's last.
    expect(deleted.toSorted()).toEqual(['today-20', 'today-21', 'today-22', 'today-23', 'today-24', 'yesterday-early']);
  });

  it('keeps one a day for 30 days and nothing older than that beyond the latest 20', () => {
    // Two a day for 40 days: the latest 20 cover the last 10 days, then one a day to day 29.
    const all = Array.from({ length: 40 }, (_, d) => [
      at(`d${d}-evening`, NOW - d * DAY),
      at(`d${d}-morning`, NOW - d * DAY - 6 * 3600_000),
    ]).flat();
    const kept = new Set(all.map((s) => s.id));
    for (const id of snapshotsToDelete(all, NOW)) kept.delete(id);
    expect(kept.size).toBe(20 + 20);
    for (let d = 0; d < 30; d++) expect(kept.has(`d${d}-evening`)).toBe(true);
    for (let d = 10; d < 40; d++) expect(kept.has(`d${d}-morning`)).toBe(false);
    for (let d = 30; d < 40; d++) expect(kept.has(`d${d}-evening`)).toBe(false);
  });

  it('follows the rule it is given', () => {
    const all = [at('a', NOW), at('b', NOW - 1000), at('c', NOW - 2 * DAY)];
    expect(snapshotsToDelete(all, NOW, { latest: 1, days: 1 })).toEqual(['b', 'c']);
    expect(snapshotsToDelete(all, NOW, { latest: 1, days: 3 })).toEqual(['b']);
  });
});
