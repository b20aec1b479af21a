// Keeps the page's view of the library current without holding its entries: the summary on load and
// after changes (one request in flight, spaced while files stream in), entries dropped as changes touch
// them, the library's work kept in main's search index and claimed when it has no library yet, and the
// work on missing articles followed. Everything below it reads useLibrary().
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LibrarySummary } from '../../../../src-preload/contract';
import { getApi } from '../../platform/api';
import { errorMessage } from '../../platform/errors';
import { latestOnly } from '../../platform/latest-only';
import { entriesOf } from '../../platform/lookups';
import { useAnnotationSync } from '../search/use-annotation-sync';
import { useSourceGradeSync } from '../search/use-source-grade-sync';
import { EntryStore } from './entry-store';
import { LibraryContext, LibraryProgressContext, type Library } from './library-context';
import { INITIAL_LIBRARY, touchedBy, withDelta, withFailure, withSummary, type LibraryState } from './library-state';
import { MissingArticlesProvider } from './missing-articles';
import { readingOf, sameReading, withProgress } from './reading-state';
import { useWorkClaims } from './use-work-claims';

/** While files stream in, the summary (filter choices, counts) is asked for at most about once a second. */
const SUMMARY_SPACING_MS = 1000;

export function LibraryProvider({ children }: { children: ReactNode }): ReactNode {
  const [state, setState] = useState<LibraryState>(INITIAL_LIBRARY);
  const [entries] = useState(() => new EntryStore(entriesOf));
  const [refresh] = useState(() =>
    latestOnly(() => getApi().getLibrary(), {
      deliver: (summary) => setState((s) => withSummary(s, summary)),
      fail: (error) => setState((s) => withFailure(s, errorMessage(error))),
      spacingMs: SUMMARY_SPACING_MS,
    }),
  );
  // A summary handed over whole (another folder opened). It may reach the page after changes it does not
  // hold yet, so it is taken only if newer (withSummary), and the summary is asked for once more.
  const replace = useCallback(
    (summary: LibrarySummary) => {
      refresh.cancel();
      entries.clear();
      setState((s) => withSummary(s, summary));
      refresh.request();
    },
    [entries, refresh],
  );

  useEffect(() => {
    const api = getApi();
    // Subscribe before asking for the summary, so no change can slip between the two.
    const offChanged = api.onLibraryChanged((delta) => {
      entries.invalidate(touchedBy(delta));
      setState((s) => withDelta(s, delta));
      refresh.request();
    });
    const offReset = api.onLibraryReset(replace);
    const offProgress = api.onScanProgress((progress) => {
      setState((s) => withProgress(s, progress));
      if (progress.finished) refresh.request();
    });
    refresh.request();
    return () => {
      refresh.cancel();
      offChanged();
      offReset();
      offProgress();
    };
  }, [entries, refresh, replace]);

  const { summary, status, version, renamedTo, progress } = state;
  useWorkClaims(summary);
  const annotationSearch = useAnnotationSync(summary?.libraryId ?? null, summary?.root ?? null);
  const gradeSync = useSourceGradeSync(summary?.root ?? null);
  // Progress comes several times a second: only what the reading state shows of it reaches every screen.
  const reading = useSameValue(readingOf(state), sameReading);
  const library = useMemo<Library>(
    () => ({
      summary,
      status,
      version,
      renamedTo,
      reading,
      entries,
      replace,
      annotationSearch,
      listVersion: `${version}.${annotationSearch.synced}`,
      gradeSync,
    }),
    [summary, status, version, renamedTo, reading, entries, replace, annotationSearch, gradeSync],
  );
  return (
    <LibraryContext.Provider value={library}>
      <LibraryProgressContext.Provider value={progress}>
        <MissingArticlesProvider>{children}</MissingArticlesProvider>
      </LibraryProgressContext.Provider>
    </LibraryContext.Provider>
  );
}

/** `value`, or the one held before while `same` says they agree (so what depends on it is not redone). */
function useSameValue<T>(value: T, same: (a: T, b: T) => boolean): T {
  const [held, setHeld] = useState(value);
  if (same(held, value)) return held;
  setHeld(value);
  return value;
}
