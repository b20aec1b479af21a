// Snapshot file names carry when, why, how much and a content hash; anything else in the folder is not a
// snapshot, and no name can point outside it.
import { describe, expect, it } from 'vitest';
import { parseSnapshotName, snapshotFileName } from '../../../../src-main/snapshots/snapshot-names';

const INFO = {
  takenAt: Date.UTC(2025, 0, 2, 3, 4, 5, 678),
  reason: 'import' as const,
  counts: { highlights: 12, notes: 3, briefs: 2, matrices: 0 },
  hash: '0123456789abcdef',
};

describe('snapshot file names', () => {
  it('round-trip through the name', () => {
    const name = snapshotFileName(INFO);
    expect(name).toBe('work-20250102T030405678Z-import-12h-3n-2b-0123456789abcdef.json');
    expect(parseSnapshotName(name)).toEqual({ ...INFO, id: name });
  });

  it('name the ACH matrices only when there are some, so older versions still list the others', () => {
    const withMatrices = { ...INFO, counts: { ...INFO.counts, matrices: 4 } };
    const name = snapshotFileName(withMatrices);
    expect(name).toBe('work-20250102T030405678Z-import-12h-3n-2b-4m-0123456789abcdef.json');
    expect(parseSnapshotName(name)).toEqual({ ...withMatrices, id: name });
    // A name from before matrices reads as none.
    expect(parseSnapshotName('work-20250102T030405678Z-auto-1h-0n-0b-0123456789abcdef.json')?.counts).toEqual({
      highlights: 1,
      notes: 0,
      briefs: 0,
      matrices: 0,
    });
  });

  it.each([
    ['a temporary file', '.work-20250102T030405678Z-auto-1h-0n-0b-0123456789abcdef.json.1.ab.dossier-tmp'],
    ['another file', 'notes.json'],
    ['an unknown reason', 'work-20250102T030405678Z-cron-1h-0n-0b-0123456789abcdef.json'],
    ['a path', '../work-20250102T030405678Z-auto-1h-0n-0b-0123456789abcdef.json'],
    ['a short hash', 'work-20250102T030405678Z-auto-1h-0n-0b-0123.json'],
    ['a count without a number', 'work-20250102T030405678Z-auto-1h-0n-0b-m-0123456789abcdef.json'],
  ])('is null for %s', (_what, name) => {
    expect(parseSnapshotName(name)).toBeNull();
  });
});
