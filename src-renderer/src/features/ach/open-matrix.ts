// Which matrix the Hypotheses view shows, per library, kept while the analyst visits other workspaces (the
// view itself is unmounted then) and in localStorage across restarts; and a one-off request, from a brief's ACH
// section, to show a matrix with the caret in its question. A matrix that is gone is simply not found, and the
// view shows the first.
import { useCallback, useSyncExternalStore } from 'react';
import { forgetKept, readKept, writeKept } from '../../ui/kept';

const chosen = new Map<string, string>();
const KEY = 'dossier.ach.open.';

/** What an earlier session kept for the library; a stored value that is not an id is ignored. */
function stored(libraryId: string): string | null {
  const value = readKept(KEY + libraryId);
  return value !== null && /^[\w-]{1,100}$/.test(value) ? value : null;
}

let focusWanted: string | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The matrix last shown in this library; null when none was chosen yet (or no library is open). */
export function rememberedMatrix(libraryId: string | null): string | null {
  if (libraryId === null) return null;
  const known = chosen.get(libraryId);
  if (known !== undefined) return known;
  const kept = stored(libraryId);
  if (kept !== null) chosen.set(libraryId, kept);
  return kept;
}

/** Keeps `matrixId` as this library's open matrix (null forgets it, and the view shows the first). */
export function rememberMatrix(libraryId: string | null, matrixId: string | null): void {
  if (libraryId === null || rememberedMatrix(libraryId) === matrixId) return;
  if (matrixId === null) chosen.delete(libraryId);
  else chosen.set(libraryId, matrixId);
  if (matrixId === null) forgetKept(KEY + libraryId);
  else writeKept(KEY + libraryId, matrixId);
  for (const listener of listeners) listener();
}

/** Shows the matrix next time the view renders, with the caret put in its question once. */
export function requestMatrix(libraryId: string, matrixId: string): void {
  focusWanted = matrixId;
  rememberMatrix(libraryId, matrixId);
}

/** True once for the matrix last requested: the editor that shows it takes the focus. */
export function takeFocusRequest(matrixId: string): boolean {
  if (focusWanted !== matrixId) return false;
  focusWanted = null;
  return true;
}

/** The library's open matrix id as state: it changes when the view or a request picks another. */
export function useRememberedMatrix(libraryId: string | null): [string | null, (id: string | null) => void] {
  const id = useSyncExternalStore(subscribe, () => rememberedMatrix(libraryId));
  const set = useCallback((next: string | null) => rememberMatrix(libraryId, next), [libraryId]);
  return [id, set];
}
