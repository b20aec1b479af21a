// Starts the catalog's worker thread: main gets the catalog store that runs in it, and the folder scanner
// that runs beside the store there (workers/catalog-worker.ts says why). A worker that stops on its own is
// started again with the calls it had not answered (worker-calls.ts); what happened is told as events.
import { Worker } from 'node:worker_threads';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../articles/types';
import type { ScanFolder } from '../library/scanner';
import type { CatalogStore } from './catalog-store';
import { readerScriptFor } from './reading/entry-reader';
import { WorkerCatalogStore } from './worker-catalog-store';
import type { CatalogWorkerData, CatalogWorkerNote, CatalogWorkerRequest } from './workers/catalog-worker';
import { WorkerCalls } from './workers/worker-calls';

/** What the analyst should hear of the catalog's threads: the worker's notes, and its own stops. */
export type CatalogEvent =
  | CatalogWorkerNote
  | { readonly kind: 'worker-restarted'; readonly reason: string; readonly resent: number }
  | { readonly kind: 'worker-stopped'; readonly reason: string };

export interface CatalogThreadOptions {
  /**
   * The built worker script (out/main/catalog-worker.js), or the .ts source with a TypeScript loader in
   * execArgv; its read worker (read-worker.js or .ts) sits beside it.
   */
  readonly script: string;
  /** The catalog's database file. */
  readonly file: string;
  readonly maxBytes?: number;
  /** How long one file that is not plain text may take to read (reading/entry-reader.ts; 20 s). */
  readonly readTimeLimitMs?: number;
  readonly execArgv?: string[];
  /** Whether copies of the same story are found as text is indexed (default true; the bench measures both). */
  readonly stories?: boolean;
  readonly onEvent?: (event: CatalogEvent) => void;
  /** Receives each worker as it starts: lets a test stop one the way a crash would. */
  readonly onWorker?: (worker: Worker) => void;
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
  const tell = (event: CatalogEvent): void => options.onEvent?.(event);
  let store: WorkerCatalogStore | null = null;
  const start = (): Worker => {
    const data: CatalogWorkerData = {
      file: options.file,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
      readerScript: readerScriptFor(options.script),
      execArgv,
      ...(options.readTimeLimitMs === undefined ? {} : { timeLimitMs: options.readTimeLimitMs }),
      firstSeq: (store?.lastSeq ?? 0) + 1,
      ...(options.stories === undefined ? {} : { stories: options.stories }),
    };
    // A small young generation: left at V8's default, the worker's heap idled at ~150 MB with 30 MB in use.
    const worker = new Worker(options.script, {
      workerData: data,
      execArgv,
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    options.onWorker?.(worker);
    return worker;
  };
  const calls = new WorkerCalls<CatalogWorkerRequest>(start, {
    name: 'catalog worker',
    onNote: (note) => tell(note as CatalogWorkerNote),
    onRestart: (reason, resent) => tell({ kind: 'worker-restarted', reason: reason.message, resent }),
    onGiveUp: (reason) => tell({ kind: 'worker-stopped', reason: reason.message }),
  });
  store = new WorkerCatalogStore(calls);
  return { store, scan: (root) => calls.call({ to: 'scanner', root }) };
}
