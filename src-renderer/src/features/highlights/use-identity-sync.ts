// Keeps annotations on the right files as the library changes: renames seen by the watcher move the
// work at once, and work whose file is missing follows any file with the same content.
import { useEffect, useRef } from 'react';
import { getDb } from '../../db/db';
import { followRename, reattachByHash } from '../../db/identity';
import type { LibraryState } from '../library/library-state';

export function useIdentitySync(library: LibraryState): void {
  const applied = useRef(new Set<string>());

  useEffect(() => {
    for (const [from, to] of library.renamedTo) {
      const key = `${from}\u0000${to}`;
      if (applied.current.has(key)) continue;
      applied.current.add(key);
      void followRename(getDb(), from, to);
    }
  }, [library.renamedTo]);

  useEffect(() => {
    if (library.root === null) return;
    // Debounced: a burst of watcher events costs one pass over the annotations.
    const timer = setTimeout(() => void reattachByHash(getDb(), library.entries.values()), 250);
    return () => clearTimeout(timer);
  }, [library.entries, library.root]);
}
