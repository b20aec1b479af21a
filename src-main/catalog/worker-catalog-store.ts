// The catalog store in a worker thread: each method a call (worker-calls.ts). Parsing,
// cataloguing, indexing and searching then run beside the main process's event loop, not on it.
import { Worker } from 'node:worker_threads';
import type { AnnotationDoc, ArticleId, CatalogEntry, SearchQuery, SearchResults } from '../../src-preload/contract';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../articles/types';
import type { CatalogWorkerData, WorkerRequest } from './workers/catalog-worker';
import { entryFromRow, type CatalogRow } from './catalog-row';
import type { CatalogSummary, SummaryLimits } from './catalog';
import type { CatalogStore } from './catalog-store';
import { readerScriptFor } from './entry-reader';
import type { ScannedFile } from '../library/scanner';
import { WorkerCalls } from './workers/worker-calls';

/** In an installed app the worker's script sits beside app.asar, unpacked (see electron-builder.yml). */
export function unpackedPath(path: string): string {
  return path.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

export interface WorkerStoreOptions {
  /**
   * The built worker script (out/main/catalog-worker.js), or the .ts source with a TypeScript loader;
   * its read worker (read-worker.js or .ts) sits beside it.
   */
  readonly script: string;
  readonly file: string;
  readonly maxBytes?: number;
  readonly execArgv?: string[];
}

export class WorkerCatalogStore implements CatalogStore {
  private readonly calls: WorkerCalls<WorkerRequest>;

  constructor(options: WorkerStoreOptions) {
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
    this.calls = new WorkerCalls(worker, 'catalog worker');
  }

  private call<T>(method: WorkerRequest['method'], ...args: unknown[]): Promise<T> {
    return this.calls.call<T>({ method, args });
  }

  async list(root: string): Promise<CatalogEntry[]> {
    // Rows cross the thread boundary as arrays, and become entries on this side.
    const rows = await this.call<CatalogRow[]>('listRows', root);
    return rows.map(entryFromRow);
  }
  ingest(root: string, files: readonly ScannedFile[]): Promise<(CatalogEntry | null)[]> {
    return this.call('ingest', root, files);
  }
  scan(root: string): Promise<ScannedFile[]> {
    return this.call('scan', root);
  }
  catalogue(root: string, files: readonly ScannedFile[]): Promise<(CatalogEntry | null)[]> {
    return this.call('catalogue', root, files);
  }
  indexPending(root: string, ids: readonly ArticleId[]): Promise<number> {
    return this.call('indexPending', root, ids);
  }
  setBulkLoad(active: boolean): Promise<void> {
    return this.call('setBulkLoad', active);
  }
  pendingIds(root: string): Promise<ArticleId[]> {
    return this.call('pendingIds', root);
  }
  remove(root: string, ids: readonly ArticleId[]): Promise<void> {
    return this.call('remove', root, ids);
  }
  findByHash(root: string, hash: string): Promise<ArticleId | null> {
    return this.call('findByHash', root, hash);
  }
  findByHashes(root: string, hashes: readonly string[]): Promise<(ArticleId | null)[]> {
    return this.call('findByHashes', root, hashes);
  }
  summary(root: string, limits: SummaryLimits): Promise<CatalogSummary> {
    return this.call('summary', root, limits);
  }
  search(root: string, query: SearchQuery): Promise<SearchResults> {
    return this.call('search', root, query);
  }
  setAnnotations(root: string, docs: readonly AnnotationDoc[]): Promise<void> {
    return this.call('setAnnotations', root, docs);
  }
  async close(): Promise<void> {
    if (!this.calls.stopped) await this.call('close');
    await this.calls.close('the catalog store is closed');
  }
}
