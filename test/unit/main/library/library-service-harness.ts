// The LibraryService tests' setup: a temp library folder and data folder per test, services over a local
// catalog and a fake watcher the test drives (fake-watcher.ts), each closed after the test, and a check
// that no watcher was left open.
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { CatalogEntry, LibrarySummary } from '../../../../src-preload/contract';
import { LocalCatalogStore } from '../../../../src-main/catalog/local-catalog-store';
import { LibraryService } from '../../../../src-main/library/library-service';
import { FakeWatch } from '../../../support/fake-watcher';
import { TempDirs } from '../../../support/temp-library';

export interface ServiceHarness {
  /** The library folder, empty at the start of each test. */
  readonly root: string;
  /** Where the catalog files go. */
  readonly dataDir: string;
  readonly fakes: FakeWatch;
  /** What the services logged. */
  readonly logged: string[];
  /** Makes more temp folders, removed after the test. */
  readonly temp: TempDirs;
  /** A service over the catalog file (by default the data folder's catalog.sqlite), closed after the test. */
  createService(catalogFile?: string, maxBytes?: number): LibraryService;
}

/** Opens the folder and waits until its first read, catch-up included, is through. */
export async function opened(service: LibraryService, folder: string): Promise<LibrarySummary> {
  const summary = await service.open(folder);
  await service.whenIdle();
  return summary;
}

/** The ids the service lists, sorted. */
export const ids = (service: LibraryService): string[] =>
  service
    .listed()
    .map((entry) => entry.id)
    .toSorted();

export const entryOf = (service: LibraryService, id: string): CatalogEntry | undefined =>
  service.entriesOf([id])[0] ?? undefined;

/** For every test of the calling file: a new harness handed to `take`, and everything closed after. */
export function withLibraryService(take: (harness: ServiceHarness) => void): void {
  const temp = new TempDirs();
  let services: LibraryService[] = [];
  let fakes = new FakeWatch();
  beforeEach(async () => {
    const root = await temp.make('lib');
    const dataDir = await temp.make('data');
    const logged: string[] = [];
    fakes = new FakeWatch();
    const createService = (catalogFile = join(dataDir, 'catalog.sqlite'), maxBytes?: number): LibraryService => {
      const service = new LibraryService({
        store: new LocalCatalogStore(catalogFile),
        watch: fakes.watch,
        // A short window: the tests that wait for a removal wait this long, on the service's own timer.
        renameWindowMs: 100,
        flushMs: 10,
        log: (message) => logged.push(message),
        ...(maxBytes === undefined ? {} : { maxBytes }),
      });
      services.push(service);
      return service;
    };
    take({ root, dataDir, fakes, logged, temp, createService });
  });

  afterEach(async () => {
    for (const service of services) await service.close().catch(() => undefined);
    services = [];
    const open = fakes.open();
    await temp.cleanup();
    if (open.length > 0) throw new Error(`${open.length} watcher(s) left open after close()`);
  });
}
