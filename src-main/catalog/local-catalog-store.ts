// The catalog store over SQLite on this thread: the catalog table and the search index in one database
// file. In the app it runs in the catalog worker (workers/catalog-worker.ts); tests may use it directly.
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import type {
  AnnotationDoc,
  Article,
  ArticleId,
  CatalogEntry,
  SearchQuery,
  SearchResults,
  SourceGrade,
  StoryInfo,
} from '../../src-preload/contract';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../articles/types';
import { fileIdOf } from '../library/article-ids';
import type { ScannedFile } from '../library/scanner';
import {
  createListIndexes,
  createSearchSchema,
  dropListIndexes,
  pendingCount,
  pendingPaths,
  refreshTerms,
  search,
  setAnnotations,
  setSourceGrades,
  termsFresh,
  type IndexableArticle,
  type RefusedAnnotation,
} from '../search/search-index';
import { storyIds, storyInfo } from '../stories/story-queries';
import { Catalog, type CatalogSummary, type SummaryLimits } from './catalog';
import type { CatalogRow } from './catalog-row';
import type { CatalogStore, WriteResult } from './catalog-store';
import { CatalogWriter } from './catalog-writer';
import type { ReaderWatch } from './reading/entry-reader';
import { FileReader } from './reading/file-reader';

export interface LocalStoreOptions {
  readonly maxBytes?: number;
  /**
   * A read worker's script (workers/read-worker.ts): catalogue() then reads and parses there, so a large
   * first read parses on one core while this thread writes the catalog on the other.
   */
  readonly readerScript?: string;
  readonly execArgv?: string[];
  /** Told when the read worker stops and is restarted, or stops for good. */
  readonly readerWatch?: ReaderWatch;
  /** How long one file that is not plain text may take to read (reading/entry-reader.ts; 20 s). */
  readonly timeLimitMs?: number;
  /** The read worker's heap cap in MB (reading/entry-reader.ts); tests set it small. */
  readonly readerHeapMb?: number;
  /**
   * The first write's sequence number: a store started again after its worker stopped goes on from the
   * last number main saw, so main's listing still orders writes across the restart.
   */
  readonly firstSeq?: number;
  /** Whether copies of the same story are found as text is indexed (default true; the bench measures both). */
  readonly stories?: boolean;
}

export class LocalCatalogStore implements CatalogStore {
  private readonly catalog: Catalog;
  private readonly writer: CatalogWriter;
  private readonly reader: FileReader;
  private bulk = false;
  private readonly stories: boolean;
  /** Whether this catalog lives in memory only (a throwaway store, or one that could not be made on disk). */
  readonly inMemory: boolean;

  /** Pass ":memory:" for a throwaway store. */
  constructor(file: string, options: LocalStoreOptions = {}) {
    this.inMemory = file === ':memory:';
    this.catalog = new Catalog(file);
    createSearchSchema(this.catalog.database);
    this.stories = options.stories ?? true;
    this.writer = new CatalogWriter(this.catalog, options.firstSeq, this.stories);
    this.reader = new FileReader({ ...options, maxBytes: options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES });
  }

  list(root: string): Promise<CatalogEntry[]> {
    return Promise.resolve(this.catalog.list(root));
  }

  /** The list as rows (catalog-row.ts), for the worker to send across. */
  listRows(root: string): Promise<CatalogRow[]> {
    return Promise.resolve(this.catalog.listRows(root));
  }

  async ingest(root: string, files: readonly ScannedFile[]): Promise<WriteResult> {
    const read = await this.reader.now(files);
    const states = read.map((result, i) => ({ id: (files[i] as ScannedFile).id, rows: result?.rows ?? [] }));
    return this.writer.write(root, states);
  }

  catalogue(root: string, files: readonly ScannedFile[]): Promise<WriteResult> {
    return this.writer.inBackground(async (write) => {
      const read = await this.reader.entries(files);
      const states = read.map((result, i) => ({
        id: (files[i] as ScannedFile).id,
        rows: (result?.rows ?? []).map(({ entry }) => ({ entry, text: 'later' as const })),
      }));
      return write.states(root, states);
    });
  }

  async indexPending(root: string, ids: readonly ArticleId[]): Promise<number> {
    const within = realpathSync(root);
    // Read again (from the page cache, moments after the first read), only where paths still lead inside;
    // a file gone or led elsewhere meanwhile leaves the index, and its watch event updates the catalog. A
    // feed is read once for all its items.
    const fileIds = [...new Set(ids.map(fileIdOf))];
    const files = fileIds.map((id) => ({ id, path: join(root, ...id.split('/')) }));
    await this.writer.inBackground(async (write) => {
      const read = await this.reader.texts(files, within);
      const texts = new Map<ArticleId, IndexableArticle | null>();
      for (const result of read) for (const row of result?.rows ?? []) texts.set(row.entry.id, row.text);
      write.texts(
        root,
        ids.map((id) => ({ id, text: texts.get(id) ?? null })),
      );
    });
    const db = this.catalog.database;
    const remaining = pendingCount(db, root);
    if (remaining === 0) {
      // The typo vocabulary is rebuilt in one pass once a bulk index run is through, and the read
      // worker, idle until the next large read, gives its memory back.
      if (!termsFresh(db)) refreshTerms(db);
      this.reader.release();
    }
    return remaining;
  }

  pendingIds(root: string): Promise<ArticleId[]> {
    const db = this.catalog.database;
    const ids = pendingPaths(db, root);
    // Nothing left to index but a vocabulary not rebuilt (a run stopped early, or an older catalog).
    if (ids.length === 0 && !termsFresh(db)) refreshTerms(db);
    return Promise.resolve(ids);
  }

  setBulkLoad(active: boolean): Promise<void> {
    if (active === this.bulk) return Promise.resolve();
    this.bulk = active;
    const db = this.catalog.database;
    if (active) {
      this.catalog.dropIndexes();
      dropListIndexes(db);
    } else {
      this.catalog.createIndexes();
      createListIndexes(db);
    }
    return Promise.resolve();
  }

  remove(root: string, ids: readonly ArticleId[]): Promise<WriteResult> {
    const fileIds = [...new Set(ids.map(fileIdOf))];
    return Promise.resolve(
      this.writer.write(
        root,
        fileIds.map((id) => ({ id, rows: [] })),
      ),
    );
  }

  readArticle(root: string, id: ArticleId): Promise<Article> {
    return this.reader.article(root, id);
  }

  findByHash(root: string, hash: string): Promise<ArticleId | null> {
    return Promise.resolve(this.catalog.findByHash(root, hash));
  }

  findByHashes(root: string, hashes: readonly string[]): Promise<(ArticleId | null)[]> {
    return Promise.resolve(hashes.map((hash) => this.catalog.findByHash(root, hash)));
  }

  summary(root: string, limits: SummaryLimits): Promise<CatalogSummary> {
    return Promise.resolve(this.catalog.summary(root, limits));
  }

  search(root: string, query: SearchQuery): Promise<SearchResults> {
    // Hits carry their stories: those that lost copies are worked out first (catalog-writer.ts).
    this.writer.settleStories();
    return Promise.resolve(search(this.catalog.database, root, query));
  }

  story(root: string, id: ArticleId): Promise<StoryInfo | null> {
    this.writer.settleStories();
    return Promise.resolve(this.stories ? storyInfo(this.catalog.database, root, id) : null);
  }

  storyIds(root: string, ids: readonly ArticleId[]): Promise<(string | null)[]> {
    this.writer.settleStories();
    return Promise.resolve(this.stories ? storyIds(this.catalog.database, root, ids) : ids.map(() => null));
  }

  setAnnotations(root: string, docs: readonly AnnotationDoc[]): Promise<RefusedAnnotation[]> {
    const db = this.catalog.database;
    let refused: RefusedAnnotation[] = [];
    this.catalog.batch(() => (refused = setAnnotations(db, root, docs)));
    return Promise.resolve(refused);
  }

  setSourceGrades(grades: readonly SourceGrade[]): Promise<number> {
    let count = 0;
    this.catalog.batch(() => (count = setSourceGrades(this.catalog.database, grades)));
    return Promise.resolve(count);
  }

  /** The sequence number of the last write (catalog-store.ts): a store that replaces this one goes on from it. */
  get lastSeq(): number {
    return this.writer.lastSeq;
  }

  async close(): Promise<void> {
    try {
      this.writer.settleStories();
      await this.setBulkLoad(false);
    } finally {
      // A damaged catalog may refuse to rebuild its indexes; its file is closed all the same.
      this.catalog.close();
      await this.reader.close();
    }
  }
}
