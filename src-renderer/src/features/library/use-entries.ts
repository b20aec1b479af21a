// Catalog entries by id for a screen: asked of main while the screen shows them, current as files change.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ArticleId, CatalogEntry } from '../../../../src-preload/contract';
import { useLibrary } from './library-context';

export interface Entries {
  /** The entry, null for a file the library does not list, undefined while it is being asked for. */
  get(id: ArticleId): CatalogEntry | null | undefined;
  /** Every id asked for is known (present or not). */
  readonly ready: boolean;
}

export function useEntries(ids: readonly ArticleId[]): Entries {
  const { entries: store } = useLibrary();
  const key = ids.join('\u0000');
  useEffect(() => store.want(key ? key.split('\u0000') : []), [store, key]);
  const known = useSyncExternalStore(store.subscribe, store.snapshot);
  return useMemo(
    () => ({
      get: (id) => known.get(id),
      ready: (key ? key.split('\u0000') : []).every((id) => known.has(id)),
    }),
    [known, key],
  );
}

/** One entry: undefined while asked for, null when the library does not list the file. */
export function useEntry(id: ArticleId | null): CatalogEntry | null | undefined {
  const ids = useMemo(() => (id === null ? [] : [id]), [id]);
  const entries = useEntries(ids);
  return id === null ? undefined : entries.get(id);
}
