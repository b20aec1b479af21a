// Keeps main's copy of the source register's grades in step with the page's: whenever an outlet's grade
// changes, the whole set is sent again (debounced), so the library list filters and sorts by source grade.
import { useEffect, useMemo, useState } from 'react';
import type { SourceGrade } from '../../../../src-preload/contract';
import { useLive } from '../../db/live';
import { sourceGrades } from '../../db/source-grades';
import { getApi } from '../../platform/api';
import { errorMessage } from '../../platform/errors';

/** Grading several outlets in a row costs main one new set. */
const DEBOUNCE_MS = 250;

export interface SourceGradeSync {
  /** Changes each time main has taken a new set, so a list filtered or sorted by grade is fetched again. */
  readonly synced: number;
  /** Why the last set could not be given to main; null when it was. */
  readonly error: string | null;
}

/** `root` sends the set again when a library is opened (main's catalog may have been made anew meanwhile). */
export function useSourceGradeSync(root: string | null): SourceGradeSync {
  const grades = useLive(sourceGrades);
  // A change elsewhere in the register (a note) gives an equal set: it is not sent again.
  const wanted = useMemo(() => (grades === undefined ? null : JSON.stringify(grades)), [grades]);
  const [state, setState] = useState<SourceGradeSync>({ synced: 0, error: null });
  useEffect(() => {
    if (wanted === null || root === null) return;
    let current = true;
    const timer = setTimeout(() => {
      getApi()
        .setSourceGrades(JSON.parse(wanted) as SourceGrade[])
        .then(
          () => current && setState((s) => ({ synced: s.synced + 1, error: null })),
          (error: unknown) => current && setState((s) => ({ ...s, error: errorMessage(error) })),
        );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [wanted, root]);
  return state;
}
