// The open library as every screen reads it: summary, status, version, renames and the reading state, and the
// store that fetches catalog entries by id; the read's progress apart. LibraryProvider fills them.
import { createContext, useContext } from 'react';
import type { LibrarySummary, ScanProgress } from '../../../../src-preload/contract';
import type { AnnotationSync } from '../search/use-annotation-sync';
import type { SourceGradeSync } from '../search/use-source-grade-sync';
import type { EntryStore } from './entry-store';
import type { LibraryState } from './library-state';
import type { ReadingLibraryState } from './reading-state';

export interface Library extends Omit<LibraryState, 'progress'> {
  /** A folder is opening, or being read with nothing listed yet: the page says so (never "empty"). */
  readonly reading: ReadingLibraryState | null;
  readonly entries: EntryStore;
  /** Changes when the list main searches changes: the library, or the annotations it indexes. */
  readonly listVersion: string;
  /** How main's index of the library's annotations stands: what it left out, or why it could not take them. */
  readonly annotationSearch: AnnotationSync;
  /** How main's copy of the source register's grades stands: a list by grade is fetched again as it changes. */
  readonly gradeSync: SourceGradeSync;
  /** A library the analyst just opened (Change folder…), taken at once. */
  readonly replace: (summary: LibrarySummary) => void;
}

export const LibraryContext = createContext<Library | null>(null);
/** The read under way (LibraryState.progress), apart: it changes several times a second. */
export const LibraryProgressContext = createContext<ScanProgress | null>(null);

export function useLibrary(): Library {
  const library = useContext(LibraryContext);
  if (!library) throw new Error('useLibrary outside LibraryProvider');
  return library;
}

/** The read under way of the open folder (`root`), or the opening of another; null when there is none. */
export function useScanProgress(root: string | null): ScanProgress | null {
  const progress = useContext(LibraryProgressContext);
  return progress !== null && (progress.root === root || progress.phase === 'listing') ? progress : null;
}

/** The open library's id, which its work is filed under; null until main has said which library is open. */
export function useLibraryId(): string | null {
  return useLibrary().summary?.libraryId ?? null;
}
