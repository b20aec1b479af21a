// What a library service tells its listeners, recorded for a test: each delta with the entries it names as
// they were when it came, and each progress report; with waits on them (event-log.ts).
import type { CatalogEntry, LibraryDelta, RenamedEntry, ScanProgress } from '../../src-preload/contract';
import type { LibraryService } from '../../src-main/library/library-service';
import { EventLog } from './event-log';

export type LoggedDelta = LibraryDelta & { readonly entries: readonly CatalogEntry[] };

export class LibraryLog {
  readonly deltas = new EventLog<LoggedDelta>();
  readonly progress = new EventLog<ScanProgress>();

  constructor(service: LibraryService) {
    service.onChanged((delta) => {
      const entries = service.entriesOf(delta.upserted).filter((entry) => entry !== null);
      this.deltas.record({ ...delta, entries });
    });
    service.onProgress(this.progress.record);
  }

  /** Each state of this file that a delta brought, oldest first. */
  upserts(id: string): CatalogEntry[] {
    return this.deltas.events.flatMap((delta) => delta.entries.filter((entry) => entry.id === id));
  }

  upsertedIds(): Set<string> {
    return new Set(this.deltas.events.flatMap((delta) => delta.upserted));
  }

  removed(): string[] {
    return this.deltas.events.flatMap((delta) => delta.removed);
  }

  renamed(): RenamedEntry[] {
    return this.deltas.events.flatMap((delta) => delta.renamed);
  }

  /** Resolves once the deltas so far satisfy the check. */
  waitFor(what: string, check: () => boolean): Promise<void> {
    return this.deltas.waitFor(what, check);
  }
}
