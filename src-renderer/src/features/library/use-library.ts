// Keeps the page's copy of the library current: a snapshot on load, then every pushed change.
import { useCallback, useEffect, useState } from 'react';
import type { LibrarySnapshot } from '../../../../src-preload/contract';
import { getApi } from '../../platform/api';
import { applyDelta, EMPTY_LIBRARY, fromSnapshot, type LibraryState } from './library-state';

export type LibraryStatus = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

export interface UseLibrary {
  readonly library: LibraryState;
  readonly status: LibraryStatus;
  readonly replace: (snapshot: LibrarySnapshot) => void;
}

export function useLibrary(): UseLibrary {
  const [library, setLibrary] = useState<LibraryState>(EMPTY_LIBRARY);
  const [status, setStatus] = useState<LibraryStatus>({ kind: 'loading' });
  const replace = useCallback((snapshot: LibrarySnapshot) => {
    setLibrary(fromSnapshot(snapshot));
    setStatus({ kind: 'ready' });
  }, []);

  useEffect(() => {
    const api = getApi();
    let live = true;
    // Subscribe before asking for the snapshot so no change can slip between the two.
    const offChanged = api.onLibraryChanged((delta) => setLibrary((state) => applyDelta(state, delta)));
    const offReset = api.onLibraryReset(replace);
    api.getLibrary().then(
      (snapshot) => live && replace(snapshot),
      (error: unknown) => live && setStatus({ kind: 'error', message: errorMessage(error) }),
    );
    return () => {
      live = false;
      offChanged();
      offReset();
    };
  }, [replace]);

  return { library, status, replace };
}

/** IPC errors arrive as "Error invoking remote method 'x': Error: reason"; keep the reason. */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Error invoking remote method '[^']+': (\w*Error: )?/, '');
}
