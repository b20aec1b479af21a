// The library list as main's search returns it: ranked hits or the sorted library, a page at a time for
// the rows in view, through a page cache keyed by the query and the library's version.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { SearchFilters, SearchHit, SearchResults, SearchSort } from '../../../../src-preload/contract';
import { getApi } from '../../platform/api';
import { errorMessage } from '../../platform/errors';
import { PageCache } from './page-cache';

export const PAGE_SIZE = 100;

export interface LibraryQuery {
  readonly text: string;
  readonly filters: SearchFilters;
  readonly sort: SearchSort;
}

export interface LibrarySearch {
  readonly total: number | null;
  readonly hitAt: (index: number) => SearchHit | undefined;
  readonly requestRange: (start: number, end: number) => void;
  readonly corrections: SearchResults['corrections'];
  readonly elapsedMs: number | null;
  readonly error: string | null;
}

type SearchPage = SearchResults & { readonly items: readonly SearchHit[] };

const loadPage = async (query: LibraryQuery, offset: number, limit: number): Promise<SearchPage> => {
  const results = await getApi().search({ ...query, offset, limit });
  return { ...results, items: results.hits };
};

/** `version` names the state of what main searches: a new one fetches the rows in view again. */
export function useLibrarySearch(query: LibraryQuery, version: string): LibrarySearch {
  const [cache] = useState(() => new PageCache<LibraryQuery, SearchHit, SearchPage>(loadPage, PAGE_SIZE));
  useEffect(() => cache.show(query, version), [cache, query, version]);
  const view = useSyncExternalStore(cache.subscribe, cache.snapshot);
  return {
    total: view.total,
    hitAt: view.at,
    requestRange: cache.want,
    corrections: view.latest?.corrections ?? [],
    elapsedMs: view.latest?.elapsedMs ?? null,
    error: view.error === null ? null : errorMessage(view.error),
  };
}
