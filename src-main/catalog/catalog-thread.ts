// Starts the catalog's worker thread: main gets the catalog store that runs in it, and the folder scanner
// that runs beside the store there (workers/catalog-worker.ts says why).
import { Worker } from 'node:worker_threads';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../articles/types';
import type { ScanFolder } from '../library/scanner';
import type { CatalogStore } from './catalog-store';
import { readerScriptFor } from './reading/entry-reader';
import { WorkerCatalogStore } from './worker-catalog-store';
import type { CatalogWorkerData, CatalogWorkerRequest } from './workers/catalog-worker';
import { WorkerCalls } from './workers/worker-calls';

export interface CatalogThreadOptions {
  /**
   * The built worker script (out/main/catalog-worker.js), or the .ts source with a TypeScript loader in
   * execArgv; its read worker (read-worker.js or .ts) sits beside it.
   */
  readonly script: string;
  /** The catalog's database file. */
  readonly file: string;
  readonly maxBytes?: number;
  readonly execArgv?: string[];
}

export interface CatalogThread {
  readonly store: CatalogStore;
  /** Walks a library folder (scanner.ts) on the worker thread; refused once the store is closed. */
  readonly scan: ScanFolder;
}

/** In an installed app the worker's script sits beside app.asar, unpacked (see electron-builder.yml). */
export function unpackedPath(path: string): string {
  return path.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

export function startCatalogThread(options: CatalogThreadOptions): CatalogThread {
  const execArgv = options.execArgv ?? [];
  const data: CatalogWorkerData = {
    file: options.file,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
    readerScript: readerScriptFor(options.script),
    execArgv,
  };
  // A small young generation: left at V8's default, the worker's heap idled at ~150 MB with 30 MB in use.
  const worker = new Worker(options.script, {
    workerData: data,
    execArgv,
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  const calls = new WorkerCalls<CatalogWorkerRequest>(worker, 'catalog worker');
  return { store: new WorkerCatalogStore(calls), scan: (root) => calls.call({ to: 'scanner', root }) };
}
