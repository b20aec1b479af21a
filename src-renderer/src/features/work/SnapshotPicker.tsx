// The snapshots of the work as one keyboard list (one tab stop, arrows and Home/End inside it), newest
// first, each with its date, why it was taken and what it holds; with its loading, error and empty states.
import { useCallback, useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { SnapshotInfo, SnapshotList } from '../../../../src-preload/contract';
import { getApi } from '../../platform/api';
import { errorMessage } from '../../platform/errors';
import { snapshotCounts, snapshotReason, snapshotTime } from './snapshot-text';

export type SnapshotListState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | ({ readonly kind: 'ready' } & SnapshotList);

/** Main's list of snapshots, asked once and again on reload(). */
export function useSnapshotList(): { list: SnapshotListState; reload: () => void } {
  const [list, setList] = useState<SnapshotListState>({ kind: 'loading' });
  const ask = useCallback(() => {
    getApi()
      .listSnapshots()
      .then(
        (found) => setList({ kind: 'ready', ...found }),
        (error: unknown) => setList({ kind: 'failed', message: errorMessage(error) }),
      );
  }, []);
  useEffect(ask, [ask]);
  const reload = useCallback(() => {
    setList({ kind: 'loading' });
    ask();
  }, [ask]);
  return { list, reload };
}

interface Props {
  readonly list: SnapshotListState;
  readonly selected: SnapshotInfo | null;
  readonly onSelect: (snapshot: SnapshotInfo) => void;
  readonly onRetry: () => void;
}

export function SnapshotPicker({ list, selected, onSelect, onRetry }: Props): ReactNode {
  if (list.kind === 'loading') return <p className="muted pad">Reading the snapshots…</p>;
  if (list.kind === 'failed') {
    return (
      <p className="pad banner-error" role="alert">
        The snapshots could not be listed: {list.message}{' '}
        <button type="button" className="link" onClick={onRetry}>
          Try again
        </button>
      </p>
    );
  }
  if (list.snapshots.length === 0) {
    return (
      <p className="muted pad" data-testid="no-snapshots">
        No snapshots yet. Dossier writes the first one two seconds after your work changes.
      </p>
    );
  }
  const { snapshots } = list;
  const at = Math.max(
    0,
    snapshots.findIndex((s) => s.id === selected?.id),
  );
  const move = (event: KeyboardEvent): void => {
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: snapshots.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = snapshots[Math.min(Math.max(to, 0), snapshots.length - 1)];
    if (next) onSelect(next);
  };
  return (
    <ul
      className="snapshot-list"
      role="listbox"
      aria-label="Snapshots, newest first"
      tabIndex={0}
      aria-activedescendant={`snapshot-${at}`}
      onKeyDown={move}
      data-testid="snapshot-list"
    >
      {snapshots.map((s, i) => (
        <li
          key={s.id}
          id={`snapshot-${i}`}
          role="option"
          aria-selected={i === at}
          className={i === at ? 'selected' : ''}
          onClick={() => onSelect(s)}
        >
          <span className="snapshot-time">{snapshotTime(s.takenAt)}</span>
          <span className="muted small">{snapshotReason(s)}</span>
          <span className="snapshot-counts">{snapshotCounts(s)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The snapshot the list shows as chosen: the one picked, else the newest. */
export function chosenSnapshot(list: SnapshotListState, picked: SnapshotInfo | null): SnapshotInfo | null {
  if (list.kind !== 'ready') return null;
  return list.snapshots.find((s) => s.id === picked?.id) ?? list.snapshots[0] ?? null;
}
