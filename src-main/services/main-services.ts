// The main process's services, wired one way for every host: the app (index.ts), the end-to-end test host
// and the bench. Settings, the catalog (its store and the folder scanner on the catalog's worker thread),
// the library service over them, the snapshots of the analyst's work, and the notices the analyst is told
// of what happened meanwhile.
import type { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { startCatalogThread } from '../catalog/catalog-thread';
import { LibraryRegistry } from '../library/identity/library-registry';
import { LibraryService, type LibraryServiceOptions } from '../library/library-service';
import { SettingsStore } from '../settings/settings';
import { SnapshotStore } from '../snapshots/snapshot-store';
import { catalogNotice } from './catalog-notices';
import { NoticeBoard } from './notices';

export interface MainServicesOptions {
  /** The folder the settings and the catalog live in (the app's userData). */
  readonly userData: string;
  /** The catalog's database file, when not userData/catalog.sqlite. */
  readonly catalogFile?: string;
  /**
   * The catalog worker's script: the build's out/main/catalog-worker.js, or its .ts source with a
   * TypeScript loader in execArgv (['--import', 'tsx']).
   */
  readonly catalogWorker: string;
  readonly execArgv?: string[];
  /** Whether the catalog finds copies of the same story (default true; the bench measures the index without). */
  readonly stories?: boolean;
  /** The library service's other options (read steps, watch timing, a log, a test's phase gate). */
  readonly library?: Omit<LibraryServiceOptions, 'store' | 'scan' | 'registry'>;
  /** Where notices go; the app passes its own, posted to from the start (index.ts). */
  readonly notices?: NoticeBoard;
  /** Receives each catalog worker as it starts: lets a test stop one the way a crash would. */
  readonly onCatalogWorker?: (worker: Worker) => void;
}

export interface MainServices {
  readonly settings: SettingsStore;
  readonly library: LibraryService;
  readonly notices: NoticeBoard;
  /** Snapshots of the analyst's work, in userData/snapshots, each carrying the settings too. */
  readonly snapshots: SnapshotStore;
}

export function createMainServices(options: MainServicesOptions): MainServices {
  const notices = options.notices ?? new NoticeBoard();
  const log = (message: string): void => options.library?.log?.(message);
  let library: LibraryService | null = null;
  const catalog = startCatalogThread({
    script: options.catalogWorker,
    file: options.catalogFile ?? join(options.userData, 'catalog.sqlite'),
    ...(options.execArgv ? { execArgv: options.execArgv } : {}),
    ...(options.stories === undefined ? {} : { stories: options.stories }),
    ...(options.onCatalogWorker ? { onWorker: options.onCatalogWorker } : {}),
    onEvent: (event) => {
      log(`catalog: ${event.kind}: ${'reason' in event ? event.reason : ''}`);
      notices.post(catalogNotice(event));
      // A catalog replaced while a library is open is empty: the folder is read into it again.
      if (event.kind === 'catalog-set-aside') void library?.reload().catch((error: unknown) => log(String(error)));
    },
  });
  library = new LibraryService({
    ...options.library,
    store: catalog.store,
    scan: catalog.scan,
    // Which library each folder is (by id, whatever its path): the page files the analyst's work under it.
    registry: new LibraryRegistry(join(options.userData, 'libraries.json'), options.library?.log),
  });
  const settings = new SettingsStore(join(options.userData, 'settings.json'));
  const snapshots = new SnapshotStore({ folder: join(options.userData, 'snapshots'), settings: () => settings.load() });
  return { settings, library, notices, snapshots };
}
