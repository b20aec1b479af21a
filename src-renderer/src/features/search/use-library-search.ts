// The library list as main's search returns it: ranked hits or the sorted library, a page at a time for
// the rows in view, through a page cache keyed by the query, the library's version and, while there is
// query text, the text index's growth (so results typed during a first read fill in as it goes).
import { useEffect, useState, useSyncExternalStore } from 'react';
import type {
  QueryShape,
  SearchCoverage,
  SearchFilters,
  SearchHit,
  SearchResults,
  SearchSort,
} from '../../../../src-preload/contract';
import { getApi } from '../../platform/api';
import { errorMessage } from '../../platform/errors';
import { PageCache } from './page-cache';
import { useIndexRefresh } from './use-index-refresh';

export const PAGE_SIZE = 100;

export interface LibraryQuery {
  readonly text: string;
  readonly filters: SearchFilters;
  readonly sort: SearchSort;
  /** One row per story (the list's "One row per story" switch). */
  readonly groupStories?: boolean;
}

export interface LibrarySearch {
  /** The query the rows and total are for: the last one answered, which may trail the one typed. */
  readonly shown: LibraryQuery | null;
  readonly total: number | null;
  readonly hitAt: (index: number) => SearchHit | undefined;
  readonly requestRange: (start: number, end: number) => void;
  readonly corrections: SearchResults['corrections'];
  readonly elapsedMs: number | null;
  readonly error: string | null;
  /** What main could not read of the query, in plain words. */
  readonly problems: readonly string[];
  readonly shape: QueryShape | null;
  /** Set while the results cover only the part of the library whose text is searchable yet. */
  readonly partial: SearchCoverage | null;
}

type SearchPage = SearchResults & { readonly items: readonly SearchHit[] };

const loadPage = async (query: LibraryQuery, offset: number, limit: number): Promise<SearchPage> => {
  const results = await getApi().search({ ...query, offset, limit });
  return { ...results, items: results.hits };
};

const NO_PROBLEMS: readonly string[] = [];

/** `version` names the state of what main searches: a new one fetches the rows in view again. */
export function useLibrarySearch(query: LibraryQuery, version: string): LibrarySearch {
  const [cache] = useState(() => new PageCache<LibraryQuery, SearchHit, SearchPage>(loadPage, PAGE_SIZE));
  const index = useIndexRefresh();
  const key = query.text.trim() === '' ? version : `${version}#${index}`;
  useEffect(() => cache.show(query, key), [cache, query, key]);
  const view = useSyncExternalStore(cache.subscribe, cache.snapshot);
  return {
    shown: view.query,
    total: view.total,
    hitAt: view.at,
    requestRange: cache.want,
    corrections: view.latest?.corrections ?? [],
    elapsedMs: view.latest?.elapsedMs ?? null,
    error: view.error === null ? null : errorMessage(view.error),
    problems: view.latest?.problems ?? NO_PROBLEMS,
    shape: view.latest?.shape ?? null,
    partial: view.latest?.partial ?? null,
  };
}
