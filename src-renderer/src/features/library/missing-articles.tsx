// Articles that carry the analyst's work in the open library but are not in it now, found by asking main
// for the annotated ids; and the work kept on the right files: renames seen by the watcher move it at once,
// and work on a missing article follows any file of the library with the same content.
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { annotatedArticles, followRename, type AnnotatedArticle } from '../../db/identity';
import { inDb, useLive } from '../../db/live';
import { useLibrary } from './library-context';
import { hashReattacher } from './reattacher';
import { useEntries } from './use-entries';

const NONE: readonly AnnotatedArticle[] = [];
const MissingContext = createContext<readonly AnnotatedArticle[]>(NONE);

/** The articles with work whose file is not in the library, by title. */
export function useMissingArticles(): readonly AnnotatedArticle[] {
  return useContext(MissingContext);
}

export function MissingArticlesProvider({ children }: { children: ReactNode }): ReactNode {
  const { summary, renamedTo, version } = useLibrary();
  const libraryId = summary?.libraryId ?? null;
  const annotated = useLive(annotatedArticles, libraryId) ?? NONE;
  const entries = useEntries(useMemo(() => annotated.map((a) => a.articleId), [annotated]));
  // While a read is running a file may simply not be listed yet: nothing counts as missing until it ends.
  // An id main has not answered for yet is not missing either.
  const settled = summary !== null && !summary.scanning;
  const missing = useMemo(
    () => (settled ? annotated.filter((a) => entries.get(a.articleId) === null) : NONE),
    [settled, annotated, entries],
  );

  const applied = useRef(new Set<string>());
  useEffect(() => {
    if (libraryId === null) return;
    for (const [from, to] of renamedTo) {
      const key = `${libraryId}\u0000${from}\u0000${to}`;
      if (applied.current.has(key)) continue;
      applied.current.add(key);
      void inDb(followRename, libraryId, from, to);
    }
  }, [libraryId, renamedTo]);

  const [reattacher] = useState(hashReattacher);
  useEffect(() => {
    if (libraryId !== null) reattacher.offer(libraryId, missing, version);
  }, [reattacher, libraryId, missing, version]);
  useEffect(() => () => reattacher.stop(), [reattacher]);

  return <MissingContext.Provider value={missing}>{children}</MissingContext.Provider>;
}
