// Keeps main's search index in step with the analyst's annotations: whenever highlights or article
// notes change, the whole set is sent again (debounced), so search finds quotes, notes and tags.
import { useEffect, useState } from 'react';
import { useLive } from '../../db/live';
import { annotationDocs } from '../../db/work-index';
import { getApi } from '../../platform/api';

/** A burst of edits (typing a note) costs main one new set. */
const DEBOUNCE_MS = 250;

/**
 * `root` re-sends the set when another library folder is opened. Returns a number that changes each
 * time main has taken a new set, so searches that depend on annotations can run again.
 */
export function useAnnotationSync(root: string | null): number {
  const [synced, setSynced] = useState(0);
  const docs = useLive(annotationDocs);
  useEffect(() => {
    if (root === null || docs === undefined) return;
    const timer = setTimeout(() => {
      getApi()
        .setAnnotationIndex(docs)
        .then(
          () => setSynced((n) => n + 1),
          () => undefined, // the library may be switching folders; the next change sends the set again
        );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [root, docs]);
  return synced;
}
