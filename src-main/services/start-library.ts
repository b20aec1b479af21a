// Opens the library the app starts with, for the app and the end-to-end host alike: the remembered folder
// (or a first run's sample library, or a development override). A folder that cannot be opened never
// stops the start: the library stays that folder, in the folder-missing state, until Retry finds it.
import type { LibrarySummary } from '../../src-preload/contract';
import type { LibraryService } from '../library/library-service';
import { resolveLibraryRoot, type LibraryLocation } from '../settings/default-library';

export interface StartLibraryOptions extends LibraryLocation {
  readonly library: Pick<LibraryService, 'open' | 'openUnavailable'>;
  /** A folder to open instead of the remembered one, not remembered (DOSSIER_LIBRARY in development). */
  readonly override?: string;
}

export async function startLibrary(options: StartLibraryOptions): Promise<LibrarySummary> {
  const root = options.override ?? (await resolveLibraryRoot(options));
  try {
    return await options.library.open(root);
  } catch (error) {
    return options.library.openUnavailable(root, error);
  }
}
