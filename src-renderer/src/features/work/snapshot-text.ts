// How a snapshot is named to the analyst: when it was taken, why, and what it holds.
import type { SnapshotInfo, SnapshotReason } from '../../../../src-preload/contract';
import { plural } from '../../ui/format';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export const snapshotTime = (ms: number): string => WHEN.format(new Date(ms));

const WHY: Readonly<Record<SnapshotReason, string>> = {
  auto: 'saved after a change',
  import: 'taken before an import',
  restore: 'taken before a restore',
};

export const snapshotReason = (snapshot: SnapshotInfo): string => WHY[snapshot.reason];

/** "12 highlights · 3 notes · 1 brief", and "· 2 ACH matrices" where it holds some. */
export function snapshotCounts({ counts }: SnapshotInfo): string {
  const { highlights, notes, briefs, matrices } = counts;
  const parts = [plural(highlights, 'highlight'), plural(notes, 'note'), plural(briefs, 'brief')];
  if (matrices > 0) parts.push(plural(matrices, 'ACH matrix', 'ACH matrices'));
  return parts.join(' · ');
}

export const holdsWork = ({ counts }: SnapshotInfo): boolean =>
  counts.highlights + counts.notes + counts.briefs + counts.matrices > 0;
