// The open library as every screen reads it: summary, status, version and renames, and the store that
// fetches catalog entries by id. LibraryProvider fills it.
import { createContext, useContext } from 'react';
import type { LibrarySummary } from '../../../../src-preload/contract';
import type { EntryStore } from './entry-store';
import type { LibraryState } from './library-state';

export interface Library extends LibraryState {
  readonly entries: EntryStore;
  /** Changes when the list main searches changes: the library, or the annotations it indexes. */
  readonly listVersion: string;
  /** A library the analyst just opened (Change folder…), taken at once. */
  readonly replace: (summary: LibrarySummary) => void;
}

export const LibraryContext = createContext<Library | null>(null);

export function useLibrary(): Library {
  const library = useContext(LibraryContext);
  if (!library) throw new Error('useLibrary outside LibraryProvider');
  return library;
}
