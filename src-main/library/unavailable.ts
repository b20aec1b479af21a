// A library folder that cannot be opened (gone with an unmounted drive, not a folder, unreadable): what the
// analyst is told, and what the library answers meanwhile (nothing listed, nothing found), so the page
// shows the folder-missing banner with Retry and Choose folder… instead of an error.
import type { LibraryProblem, LibrarySummary, SearchQuery, SearchResults } from '../../src-preload/contract';
import { errorCode } from './fs-errors';

/** Why `root` could not be opened, in words that say what to do. */
export function folderProblem(root: string, error: unknown): LibraryProblem {
  const code = errorCode(error);
  const what =
    code === 'ENOENT'
      ? 'is not there. If it is on a drive or share that is not connected, connect it and press Retry'
      : code === 'EACCES' || code === 'EPERM'
        ? 'cannot be read (permission denied). Allow Dossier to read it and press Retry'
        : code === 'ENOTDIR'
          ? 'is not a folder'
          : `could not be opened (${error instanceof Error ? error.message : String(error)})`;
  return { root, message: `The library folder ${root} ${what}, or choose another folder.` };
}

/**
 * The summary of a library whose folder is not open: its path and the problem, nothing listed; `ids` are the
 * library's when this installation knows the path (no id when it does not).
 */
export function unavailableSummary(
  problem: LibraryProblem,
  version: number,
  ids: Pick<LibrarySummary, 'libraryId' | 'formerIds' | 'otherLibraryIds'> = { formerIds: [], otherLibraryIds: [] },
): LibrarySummary {
  return {
    root: problem.root,
    ...ids,
    scanning: false,
    version,
    articles: 0,
    broken: [],
    brokenTotal: 0,
    domains: [],
    folders: [],
    problem,
  };
}

export function noResults(query: SearchQuery): SearchResults {
  return { total: 0, offset: query.offset, hits: [], corrections: [], elapsedMs: 0 };
}
