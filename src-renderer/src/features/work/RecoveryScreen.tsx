// What the page shows instead of an empty app when the work database cannot be opened (IndexedDB damaged,
// or written by a newer version): what went wrong, and the latest snapshot of the work to restore, or
// another one; or trying again. Restoring deletes the unreadable database and makes it again from the snapshot.
import { useState, type ReactNode } from 'react';
import type { SnapshotInfo } from '../../../../src-preload/contract';
import { inDb } from '../../db/live';
import { recreateWork } from '../../db/work-store';
import { errorMessage } from '../../platform/errors';
import { snapshotCounts, snapshotTime } from './snapshot-text';
import { chosenSnapshot, SnapshotPicker, useSnapshotList } from './SnapshotPicker';
import { recoverFrom } from './work-ops';

interface Props {
  readonly problem: string;
  readonly onRetry: () => void;
  /** The database is open again, holding the snapshot's work (or nothing, when the analyst chose that). */
  readonly onRecovered: () => void;
}

export function RecoveryScreen({ problem, onRetry, onRecovered }: Props): ReactNode {
  const { list, reload } = useSnapshotList();
  const [picked, setPicked] = useState<SnapshotInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [startEmpty, setStartEmpty] = useState(false);
  const chosen = chosenSnapshot(list, picked);
  const latest = chosenSnapshot(list, null);

  const recover = (restore: boolean): void => {
    setBusy(true);
    setFailure(null);
    inDb(recreateWork)
      .then(() => (restore && chosen ? recoverFrom(chosen) : undefined))
      .then(onRecovered, (error: unknown) => setFailure(errorMessage(error)))
      .finally(() => setBusy(false));
  };

  return (
    <main className="recovery" data-testid="recovery">
      <h1>Your work could not be opened</h1>
      <p role="alert">
        The app’s database failed to open: <span dir="auto">{problem}</span>
      </p>
      {list.kind === 'ready' && latest && (
        <p>
          Dossier keeps snapshots of your work in {list.folder}. The latest is from {snapshotTime(latest.takenAt)} (
          {snapshotCounts(latest)}): restore it, or choose another below. The unreadable database is deleted and made
          again from the snapshot.
        </p>
      )}
      <SnapshotPicker list={list} selected={chosen} onSelect={setPicked} onRetry={reload} />
      {failure && (
        <p className="banner-error" role="alert">
          That did not work: {failure}
        </p>
      )}
      <div className="recovery-actions">
        {chosen && (
          <button type="button" className="primary" disabled={busy} onClick={() => recover(true)}>
            Restore this snapshot
          </button>
        )}
        <button type="button" disabled={busy} onClick={onRetry}>
          Try again
        </button>
        {list.kind === 'ready' && list.snapshots.length === 0 && !startEmpty && (
          <button type="button" disabled={busy} onClick={() => setStartEmpty(true)}>
            Start with no work…
          </button>
        )}
        {startEmpty && (
          <button type="button" className="danger" disabled={busy} onClick={() => recover(false)} autoFocus>
            Delete the unreadable database and start with no work
          </button>
        )}
      </div>
    </main>
  );
}
