// The Restore screen: the snapshots of the work with their dates and counts; the chosen one is merged into
// the current work (through the import preview) or replaces it, after a confirmation that says the
// current work is saved to a snapshot first and that Undo brings it back.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { SnapshotInfo } from '../../../../src-preload/contract';
import { snapshotTime } from './snapshot-text';
import { chosenSnapshot, SnapshotPicker, useSnapshotList } from './SnapshotPicker';

interface Props {
  readonly busy: boolean;
  readonly onMerge: (snapshot: SnapshotInfo) => void;
  readonly onReplace: (snapshot: SnapshotInfo) => void;
  readonly onClose: () => void;
}

export function RestoreDialog({ busy, onMerge, onReplace, onClose }: Props): ReactNode {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { list, reload } = useSnapshotList();
  const [picked, setPicked] = useState<SnapshotInfo | null>(null);
  const [confirming, setConfirming] = useState(false);
  const chosen = chosenSnapshot(list, picked);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="modal wide"
      aria-labelledby="restore-title"
      onClose={onClose}
      data-testid="restore-dialog"
    >
      <header className="modal-header">
        <h2 id="restore-title">Restore your work from a snapshot</h2>
        <button type="button" aria-label="Close" onClick={() => dialogRef.current?.close()}>
          ×
        </button>
      </header>
      <p>
        Dossier saves your highlights, notes, tags, colour names and briefs to a snapshot a moment after each change.
        {list.kind === 'ready' && <span className="muted"> They are in {list.folder}.</span>}
      </p>
      <SnapshotPicker
        list={list}
        selected={chosen}
        onRetry={reload}
        onSelect={(s) => {
          setPicked(s);
          setConfirming(false);
        }}
      />
      {confirming && chosen ? (
        <footer className="modal-footer confirm" role="alertdialog" aria-label="Replace your work?">
          <span>
            Replace all your current work with the snapshot of {snapshotTime(chosen.takenAt)}? Your current work is
            saved to a snapshot first, and Undo brings it back.
          </span>
          <button type="button" className="danger" disabled={busy} onClick={() => onReplace(chosen)} autoFocus>
            Replace my work
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep my work
          </button>
        </footer>
      ) : (
        <footer className="modal-footer">
          <button type="button" disabled={!chosen || busy} onClick={() => chosen && onMerge(chosen)}>
            Merge into my work…
          </button>
          <button type="button" disabled={!chosen || busy} onClick={() => setConfirming(true)}>
            Replace my work…
          </button>
          <span className="spacer" />
          <button type="button" onClick={() => dialogRef.current?.close()}>
            Close
          </button>
        </footer>
      )}
    </dialog>
  );
}
