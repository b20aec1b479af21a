// Turns what the catalog wrote into what the page hears: the listing is updated, and the changes go out
// as deltas gathered for a moment. A file gone and one arrived with the same content within the rename
// window (in either order) go out as one rename, so the analyst's highlights follow the file.
import type { LibraryDelta } from '../../../src-preload/contract';
import type { WriteResult } from '../../catalog/catalog-store';
import { DeltaBuffer } from './delta-buffer';
import type { Listing } from './listing';
import { RenameMatcher } from './rename-matcher';

export interface ChangeOptions {
  /** How long a removed file waits for a re-appearance under another name before it counts as removed. */
  readonly renameWindowMs: number;
  /** Deltas are gathered for this long so a burst of files arrives as one event. */
  readonly flushMs: number;
}

/** A watch event's or an import's write, or a background read's step (no rename is looked for in those). */
export type WriteSource = 'event' | 'background';

export class LibraryChanges {
  private readonly delta: DeltaBuffer;
  private readonly renames: RenameMatcher;

  constructor(
    readonly listing: Listing,
    options: ChangeOptions,
    deliver: (changes: Omit<LibraryDelta, 'root' | 'version'>) => void,
  ) {
    this.delta = new DeltaBuffer(options.flushMs, deliver);
    this.renames = new RenameMatcher(options.renameWindowMs, (id) => this.delta.remove(id));
  }

  /** Lists what a write left and reports it; a change a newer write already listed is not reported again. */
  written(result: WriteResult, source: WriteSource): void {
    for (const { id, before, after } of this.listing.apply(result)) {
      if (after === null) {
        // Without a match now, the matcher reports the removal once the rename window has passed.
        const renamedTo = before ? this.renames.removed(id, before.hash) : null;
        if (renamedTo !== null) this.delta.rename(id, renamedTo);
        continue;
      }
      // A first read of 100,000 files is not held for renames: only a file an event brought is matched.
      const renamedFrom = source === 'event' ? this.renames.added(id, after.hash, before === undefined) : null;
      if (renamedFrom !== null) this.delta.rename(renamedFrom, id);
      this.delta.upsert(id);
    }
  }

  /** Drops what is gathered or held, reporting nothing: the folder is no longer open. */
  discard(): void {
    this.renames.clear();
    this.delta.discard();
  }
}
