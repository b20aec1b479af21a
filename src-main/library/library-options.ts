// How a library service is made: its catalog store, and the parts it may be given instead of its own
// (the folder scan, the watch function, read steps, timings), with the defaults the app runs with.
import type { LibraryDelta, LibraryProblem, ScanProgress } from '../../src-preload/contract';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../articles/types';
import type { CatalogStore } from '../catalog/catalog-store';
import type { AtomicFileOps } from '../files/atomic-write';
import type { LibraryRegistry } from './identity/library-registry';
import type { ReadOptions } from './open/background-read';
import type { WatchFolder } from './open/live-updates';
import type { FolderParts } from './open/open-folder';
import { scanLibrary, type ScanFolder } from './scanner';
import { watchLibrary, type WatchOptions } from './watcher';

export interface LibraryServiceOptions extends ReadOptions {
  readonly store: CatalogStore;
  /** Walks a folder (scanner.ts); the app's walks on the catalog's worker thread. By default, on this one. */
  readonly scan?: ScanFolder;
  /** Starts watching a folder: watchLibrary (watcher.ts) by default; tests pass a fake they drive. */
  readonly watch?: WatchFolder;
  readonly watchOptions?: WatchOptions;
  readonly maxBytes?: number;
  /** The file operations imports write with; tests inject a full disk through them. */
  readonly fileOps?: AtomicFileOps;
  /** How long a removed file waits for a re-appearance under another name before it counts as removed. */
  readonly renameWindowMs?: number;
  /** Deltas are gathered for this long so a burst of files arrives as one event. */
  readonly flushMs?: number;
  readonly log?: (message: string) => void;
  /** The libraries known by id (identity/); in memory only when not given. */
  readonly registry?: LibraryRegistry;
}

/** Where an open folder's events go (the service numbers each delta with its version). */
export interface FolderEvents {
  readonly changed: (delta: Omit<LibraryDelta, 'version'>) => void;
  readonly progress: (progress: ScanProgress) => void;
  readonly problem: (problem: LibraryProblem) => void;
}

export function maxBytesOf(options: LibraryServiceOptions): number {
  return options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
}

/** The parts every folder the service opens is made with. */
export function folderParts(options: LibraryServiceOptions, events: FolderEvents): FolderParts {
  return {
    ...events,
    store: options.store,
    scan: options.scan ?? scanLibrary,
    watch: options.watch ?? watchLibrary,
    watchOptions: options.watchOptions,
    reading: options,
    changes: { renameWindowMs: options.renameWindowMs ?? 600, flushMs: options.flushMs ?? 30 },
    log: (message) => options.log?.(message),
  };
}
