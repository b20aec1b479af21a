// The library list as main's search returns it: ranked hits or the sorted library, fetched a page at a
// time for the rows in view, and fetched again when the query or the library changes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchFilters, SearchHit, SearchResults, SearchSort } from '../../../../src-preload/contract';
import { getApi } from '../../platform/api';
import { errorMessage } from '../library/use-library';

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

/** `version` changes whenever the library does, so what is on screen is fetched again. */
export function useLibrarySearch(query: LibraryQuery, version: unknown): LibrarySearch {
  const [pages, setPages] = useState<ReadonlyMap<number, readonly SearchHit[]>>(new Map());
  const [meta, setMeta] = useState<{
    total: number | null;
    corrections: SearchResults['corrections'];
    elapsedMs: number | null;
    error: string | null;
  }>({
    total: null,
    corrections: [],
    elapsedMs: null,
    error: null,
  });
  const generation = useRef(0);
  const inFlight = useRef(new Set<number>());
  const visible = useRef({ start: 0, end: PAGE_SIZE });
  const key = JSON.stringify(query);

  const fetchPage = useCallback(
    (page: number, gen: number) => {
      if (inFlight.current.has(page)) return;
      inFlight.current.add(page);
      const parsed = JSON.parse(key) as LibraryQuery;
      getApi()
        .search({ ...parsed, offset: page * PAGE_SIZE, limit: PAGE_SIZE })
        .then(
          (results) => {
            if (gen !== generation.current) return;
            setPages((old) => new Map(old).set(page, results.hits));
            setMeta({
              total: results.total,
              corrections: results.corrections,
              elapsedMs: results.elapsedMs,
              error: null,
            });
          },
          (error: unknown) => {
            if (gen === generation.current) setMeta((m) => ({ ...m, error: errorMessage(error) }));
          },
        )
        .finally(() => inFlight.current.delete(page));
    },
    [key],
  );

  const lastKey = useRef(key);

  // A new query starts at the top; a changed library fetches the pages in view again. Typing is
  // debounced a little so each keystroke does not cost a query.
  useEffect(() => {
    const gen = ++generation.current;
    inFlight.current = new Set();
    const newQuery = lastKey.current !== key;
    lastKey.current = key;
    if (newQuery) visible.current = { start: 0, end: PAGE_SIZE };
    const timer = setTimeout(
      () => {
        const first = Math.floor(visible.current.start / PAGE_SIZE);
        const last = Math.floor(Math.max(visible.current.start, visible.current.end - 1) / PAGE_SIZE);
        setPages((old) => (newQuery ? new Map() : new Map([...old].filter(([page]) => page >= first && page <= last))));
        for (let page = first; page <= last; page++) fetchPage(page, gen);
      },
      newQuery ? 80 : 30,
    );
    return () => clearTimeout(timer);
    // oxlint-disable-next-line react/exhaustive-effect-dependencies -- `version` is the trigger: the library changed
  }, [key, version, fetchPage]);

  const requestRange = useCallback(
    (start: number, end: number) => {
      visible.current = { start, end };
      for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor(Math.max(start, end - 1) / PAGE_SIZE); page++) {
        if (!pages.has(page)) fetchPage(page, generation.current);
      }
    },
    [pages, fetchPage],
  );

  const hitAt = useCallback((index: number) => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [pages]);
  return { ...meta, hitAt, requestRange };
}
