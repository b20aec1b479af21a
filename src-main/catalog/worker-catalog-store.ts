// The catalog store in its worker thread, seen from main: each method a call (workers/worker-calls.ts).
// Parsing, cataloguing, indexing and searching then run beside the main process's event loop, not on it.
import type {
  AnnotationDoc,
  Article,
  ArticleId,
  CatalogEntry,
  SearchQuery,
  SearchResults,
  StoryInfo,
} from '../../src-preload/contract';
import type { ScannedFile } from '../library/scanner';
import type { RefusedAnnotation } from '../search/search-index';
import type { CatalogSummary, SummaryLimits } from './catalog';
import { entryFromRow, type CatalogRow } from './catalog-row';
import type { CatalogStore, WriteResult } from './catalog-store';
import type { StoreMethod } from './recovering-store';
import type { CatalogWorkerRequest } from './workers/catalog-worker';
import type { WorkerCalls } from './workers/worker-calls';

export class WorkerCatalogStore implements CatalogStore {
  private highestSeq = 0;

  /** The calls to the catalog worker (catalog-thread.ts starts it); closing the store stops the worker. */
  constructor(private readonly calls: WorkerCalls<CatalogWorkerRequest>) {}

  /** The highest write sequence number main has seen: a worker started again numbers its writes after it. */
  get lastSeq(): number {
    return this.highestSeq;
  }

  private call<T>(method: StoreMethod, ...args: unknown[]): Promise<T> {
    return this.calls.call<T>({ to: 'store', method, args });
  }

  private async write(method: StoreMethod, ...args: unknown[]): Promise<WriteResult> {
    const result = await this.call<WriteResult>(method, ...args);
    this.highestSeq = Math.max(this.highestSeq, result.seq);
    return result;
  }

  async list(root: string): Promise<CatalogEntry[]> {
    // Rows cross the thread boundary as arrays, and become entries on this side.
    const rows = await this.call<CatalogRow[]>('listRows', root);
    return rows.map(entryFromRow);
  }
  ingest(root: string, files: readonly ScannedFile[]): Promise<WriteResult> {
    return this.write('ingest', root, files);
  }
  catalogue(root: string, files: readonly ScannedFile[]): Promise<WriteResult> {
    return this.write('catalogue', root, files);
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
  remove(root: string, ids: readonly ArticleId[]): Promise<WriteResult> {
    return this.write('remove', root, ids);
  }
  readArticle(root: string, id: ArticleId): Promise<Article> {
    return this.call('readArticle', root, id);
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
  story(root: string, id: ArticleId): Promise<StoryInfo | null> {
    return this.call('story', root, id);
  }
  storyIds(root: string, ids: readonly ArticleId[]): Promise<(string | null)[]> {
    return this.call('storyIds', root, ids);
  }
  setAnnotations(root: string, docs: readonly AnnotationDoc[]): Promise<RefusedAnnotation[]> {
    return this.call('setAnnotations', root, docs);
  }
  async close(): Promise<void> {
    if (!this.calls.stopped) await this.call('close');
    await this.calls.close('the catalog store is closed');
  }
}
