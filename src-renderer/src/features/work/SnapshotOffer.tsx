// When the work database was just created empty (this profile lost its work: the data wiped or evicted)
// and a snapshot holds work, a banner says so and leads to the Restore screen instead of an empty app.
import { useState, type ReactNode } from 'react';
import { snapshotCounts, snapshotTime, holdsWork } from './snapshot-text';
import { useSnapshotList } from './SnapshotPicker';

export function SnapshotOffer({ onRestore }: { onRestore: () => void }): ReactNode {
  const { list } = useSnapshotList();
  const [dismissed, setDismissed] = useState(false);
  const latest = list.kind === 'ready' ? list.snapshots.find(holdsWork) : undefined;
  if (dismissed || !latest) return null;
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
