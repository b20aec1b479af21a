// What the import preview and the Restore screen say a file or a snapshot holds: every kind it has any of,
// the ACH matrices included, and nothing about the kinds it has none of.
import { describe, expect, it } from 'vitest';
import type { SnapshotInfo } from '../../../../../src-preload/contract';
import { contentsText } from '../../../../../src-renderer/src/features/work/import-text';
import { holdsWork, snapshotCounts } from '../../../../../src-renderer/src/features/work/snapshot-text';

const none = { highlights: 0, notes: 0, briefs: 0, matrices: 0, sources: 0, links: 0 };

describe('contentsText', () => {
  it.each([
    [
      { ...none, highlights: 3, notes: 1, briefs: 1, matrices: 2 },
      'In it: 3 highlights, 1 article note, 1 brief and 2 ACH matrices.',
    ],
    [{ ...none, matrices: 1 }, 'In it: 1 ACH matrix.'],
    [{ ...none, sources: 2, links: 1 }, 'In it: 2 sources and 1 link between highlights.'],
    [none, 'There is no work in it.'],
  ])('says %o as “%s”', (contents, text) => {
    expect(contentsText(contents)).toBe(text);
  });
});

const snapshot = (matrices: number): SnapshotInfo => ({
  id: 's',
  takenAt: 0,
  reason: 'auto',
  counts: { highlights: 12, notes: 1, briefs: 0, matrices },
});

describe('snapshotCounts', () => {
  it('names the ACH matrices only when the snapshot holds some', () => {
    expect(snapshotCounts(snapshot(2))).toBe('12 highlights · 1 note · 0 briefs · 2 ACH matrices');
    expect(snapshotCounts(snapshot(0))).toBe('12 highlights · 1 note · 0 briefs');
  });

  it('counts a snapshot holding only matrices as work', () => {
    const empty = { ...snapshot(0), counts: { highlights: 0, notes: 0, briefs: 0, matrices: 0 } };
    expect(holdsWork(empty)).toBe(false);
    expect(holdsWork({ ...empty, counts: { ...empty.counts, matrices: 1 } })).toBe(true);
  });
});
