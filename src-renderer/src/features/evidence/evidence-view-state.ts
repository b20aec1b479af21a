// The evidence table's view state for the session, per library, outside the component tree: its sort, filters,
// selection, focused row and scroll position are found as they were when the analyst comes back to the tab.
import type { RowSelectionState, SortingState, Updater } from '@tanstack/react-table';
import { useCallback, useSyncExternalStore } from 'react';
import { NO_EVIDENCE_FILTERS, type EvidenceFilters } from './evidence-filters';

export interface EvidenceViewState {
  readonly sorting: SortingState;
  readonly filters: EvidenceFilters;
  /** Selected rows by highlight id. */
  readonly rowSelection: RowSelectionState;
  /** The focused (active) row's highlight id, and the row a Shift+arrow selection extends from. */
  readonly focusId: string | null;
  readonly anchorId: string | null;
  /** The table's scroll position in pixels. */
  readonly scrollTop: number;
}

export const FRESH_VIEW: EvidenceViewState = {
  sorting: [],
  filters: NO_EVIDENCE_FILTERS,
  rowSelection: {},
  focusId: null,
  anchorId: null,
  scrollTop: 0,
};

/** The state of each library's table, by library id ('' for no library). */
const states = new Map<string, EvidenceViewState>();
const listeners = new Set<() => void>();

const keyOf = (libraryId: string | null): string => libraryId ?? '';

export function viewState(libraryId: string | null): EvidenceViewState {
  return states.get(keyOf(libraryId)) ?? FRESH_VIEW;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes a library's state; the views reading it render again when `notify` (the scroll position does not). */
export function patchViewState(libraryId: string | null, patch: Partial<EvidenceViewState>, notify = true): void {
  states.set(keyOf(libraryId), { ...viewState(libraryId), ...patch });
  if (notify) for (const listener of listeners) listener();
}

/** Keeps the scroll position without rendering anything again. */
export function rememberScroll(libraryId: string | null, scrollTop: number): void {
  patchViewState(libraryId, { scrollTop }, false);
}

/**
 * Drops the selected, focused and anchor rows that are no longer among `ids` (the highlights gone from the
 * library), once every highlight is known.
 */
export function dropGoneRows(libraryId: string | null, ids: ReadonlySet<string>): void {
  const state = viewState(libraryId);
  const kept = Object.keys(state.rowSelection).filter((id) => ids.has(id));
  const patch: { -readonly [K in keyof EvidenceViewState]?: EvidenceViewState[K] } = {};
  if (kept.length < Object.keys(state.rowSelection).length)
    patch.rowSelection = Object.fromEntries(kept.map((id) => [id, state.rowSelection[id] ?? true]));
  if (state.focusId !== null && !ids.has(state.focusId)) patch.focusId = null;
  if (state.anchorId !== null && !ids.has(state.anchorId)) patch.anchorId = null;
  if (Object.keys(patch).length > 0) patchViewState(libraryId, patch);
}

type Field = Exclude<keyof EvidenceViewState, 'scrollTop'>;

/** One field of the library's state and its setter (a value or an updater, as TanStack Table gives them). */
export function useViewField<K extends Field>(
  libraryId: string | null,
  key: K,
): [EvidenceViewState[K], (next: Updater<EvidenceViewState[K]>) => void] {
  const value = useSyncExternalStore(subscribe, () => viewState(libraryId)[key]);
  const set = useCallback(
    (next: Updater<EvidenceViewState[K]>): void => {
      const before = viewState(libraryId)[key];
      const after = typeof next === 'function' ? (next as (old: typeof before) => typeof before)(before) : next;
      if (after !== before) patchViewState(libraryId, { [key]: after } as Partial<EvidenceViewState>);
    },
    [libraryId, key],
  );
  return [value, set];
}
