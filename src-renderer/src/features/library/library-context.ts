// The open library as every screen reads it: summary, status, version and renames, and the store that
// fetches catalog entries by id. LibraryProvider fills it.
import { createContext, useContext } from 'react';
import type { LibrarySummary } from '../../../../src-preload/contract';
import type { AnnotationSync } from '../search/use-annotation-sync';
import type { EntryStore } from './entry-store';
import type { LibraryState } from './library-state';

export interface Library extends LibraryState {
  readonly entries: EntryStore;
  /** Changes when the list main searches changes: the library, or the annotations it indexes. */
  readonly listVersion: string;
  /** How main's index of the library's annotations stands: what it left out, or why it could not take them. */
  readonly annotationSearch: AnnotationSync;
  /** A library the analyst just opened (Change folder…), taken at once. */
  readonly replace: (summary: LibrarySummary) => void;
}

export const LibraryContext = createContext<Library | null>(null);

export function useLibrary(): Library {
  const library = useContext(LibraryContext);
  if (!library) throw new Error('useLibrary outside LibraryProvider');
  return library;
}

/** The open library's id, which its work is filed under; null until main has said which library is open. */
export function useLibraryId(): string | null {
  return useLibrary().summary?.libraryId ?? null;
}
