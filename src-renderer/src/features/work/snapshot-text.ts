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

export function snapshotCounts({ counts }: SnapshotInfo): string {
  const { highlights, notes, briefs } = counts;
  return `${plural(highlights, 'highlight')} · ${plural(notes, 'note')} · ${plural(briefs, 'brief')}`;
}

export const holdsWork = ({ counts }: SnapshotInfo): boolean => counts.highlights + counts.notes + counts.briefs > 0;
