// When the work database was just created empty (this profile lost its work: the data wiped or evicted)
// and a snapshot holds work, a banner says so and leads to the Restore screen instead of an empty app,
// until there is work again.
import { useState, type ReactNode } from 'react';
import { useLive } from '../../db/live';
import { holdsNoWork } from '../../db/work-store';
import { snapshotCounts, snapshotTime, holdsWork } from './snapshot-text';
import { useSnapshotList } from './SnapshotPicker';

export function SnapshotOffer({ onRestore }: { onRestore: () => void }): ReactNode {
  const { list } = useSnapshotList();
  const empty = useLive(holdsNoWork);
  const [dismissed, setDismissed] = useState(false);
  const latest = list.kind === 'ready' ? list.snapshots.find(holdsWork) : undefined;
  // Gone once there is work again (restored, imported, or made anew).
  if (dismissed || !latest || empty !== true) return null;
  return (
    <div className="banner" role="status" data-testid="snapshot-offer">
      <span>
        This profile has no saved work yet, but a snapshot from {snapshotTime(latest.takenAt)} holds{' '}
        {snapshotCounts(latest)}.
      </span>
      <button type="button" onClick={onRestore}>
        Restore…
      </button>
      <button type="button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}
