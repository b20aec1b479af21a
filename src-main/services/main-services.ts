// The main process's services, wired one way for every host: the app (index.ts), the end-to-end test host
// and the bench. Settings, the catalog (its store and the folder scanner on the catalog's worker thread)
// and the library service over them.
import { join } from 'node:path';
import { startCatalogThread } from '../catalog/catalog-thread';
import { LibraryRegistry } from '../library/identity/library-registry';
import { LibraryService, type LibraryServiceOptions } from '../library/library-service';
import { SettingsStore } from '../settings/settings';

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
  /** The library service's other options (read steps, watch timing, a log, a test's phase gate). */
  readonly library?: Omit<LibraryServiceOptions, 'store' | 'scan' | 'registry'>;
}

export interface MainServices {
  readonly settings: SettingsStore;
  readonly library: LibraryService;
}

export function createMainServices(options: MainServicesOptions): MainServices {
  const catalog = startCatalogThread({
    script: options.catalogWorker,
    file: options.catalogFile ?? join(options.userData, 'catalog.sqlite'),
    ...(options.execArgv ? { execArgv: options.execArgv } : {}),
  });
  return {
    settings: new SettingsStore(join(options.userData, 'settings.json')),
    library: new LibraryService({
      ...options.library,
      store: catalog.store,
      scan: catalog.scan,
      // Which library each folder is (by id, whatever its path): the page files the analyst's work under it.
      registry: new LibraryRegistry(join(options.userData, 'libraries.json'), options.library?.log),
    }),
  };
}
