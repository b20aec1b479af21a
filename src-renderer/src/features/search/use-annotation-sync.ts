// Keeps main's search index in step with the open library's annotations: whenever its highlights or article
// notes change, the whole set is sent again (debounced), so search finds quotes, notes and tags. What main
// left out or shortened, and a set it could not take at all, are kept for the page to show.
import { useEffect, useMemo, useState } from 'react';
import type { AnnotationIndexReport } from '../../../../src-preload/contract';
import { useLive } from '../../db/live';
import { annotationDocs } from '../../db/work-index';
import { getApi } from '../../platform/api';
import { errorMessage } from '../../platform/errors';

/** A burst of edits (typing a note) costs main one new set. */
const DEBOUNCE_MS = 250;

export interface AnnotationSync {
  /** Changes each time main has taken a new set, so searches that depend on annotations can run again. */
  readonly synced: number;
  /** main's report on the last set it took for this library; null before the first. */
  readonly report: AnnotationIndexReport | null;
  /** Why the last set could not be given to main; null when it was. */
  readonly error: string | null;
  /** Sends the set again (after an error). */
  readonly retry: () => void;
}

interface Outcome {
  readonly libraryId: string | null;
  readonly synced: number;
  readonly report: AnnotationIndexReport | null;
  readonly error: string | null;
}

/** `root` sends the set again when the library is opened from another folder (its index is per folder). */
export function useAnnotationSync(libraryId: string | null, root: string | null): AnnotationSync {
  const [outcome, setOutcome] = useState<Outcome>({ libraryId: null, synced: 0, report: null, error: null });
  const [attempt, setAttempt] = useState(0);
  const docs = useLive(annotationDocs, libraryId);
  useEffect(() => {
    if (libraryId === null || root === null || docs === undefined) return;
    let current = true;
    const timer = setTimeout(() => {
      getApi()
        .setAnnotationIndex(libraryId, docs)
        .then(
          (report) => {
            // Not applied: main has another library open; the page hears of it and sends that one's set.
            if (current && report.applied)
              setOutcome((o) => ({ libraryId, synced: o.synced + 1, report, error: null }));
          },
          (error: unknown) => {
            if (current) setOutcome((o) => ({ ...o, libraryId, error: errorMessage(error) }));
          },
        );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // oxlint-disable-next-line react/exhaustive-effect-dependencies -- a retry (attempt) sends the same set again
  }, [libraryId, root, docs, attempt]);
  return useMemo(() => {
    const mine = outcome.libraryId === libraryId;
    return {
      synced: outcome.synced,
      report: mine ? outcome.report : null,
      error: mine ? outcome.error : null,
      retry: () => setAttempt((n) => n + 1),
    };
  }, [outcome, libraryId]);
}
