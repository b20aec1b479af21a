// The catalog and search index as one store, behind an async interface: in the app it runs in a worker
// thread (worker-catalog-store.ts) so parsing and indexing never block the main process; tests may run
// it in-thread. Same code either way.
import type { AnnotationDoc, ArticleId, CatalogEntry, SearchQuery, SearchResults } from '../../src-preload/contract';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../articles/types';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import {
  createListIndexes,
  createSearchSchema,
  dropListIndexes,
  indexArticle,
  type IndexableArticle,
  isPending,
  markForIndex,
  pendingCount,
  pendingPaths,
  refreshTerms,
  removeArticle,
  search,
  setAnnotations,
  termsFresh,
} from '../search/search-index';
import { Catalog, type CatalogSummary, type SummaryLimits } from './catalog';
import type { CatalogRow } from './catalog-row';
import { EntryReader } from './entry-reader';
import { readBatch, type FileToRead } from '../library/read-batch';
import { scanLibrary, type ScannedFile } from '../library/scanner';

export interface CatalogStore {
  list(root: string): Promise<CatalogEntry[]>;
  /** The library folder's article files with their sizes and times (scanner.ts), walked with blocking calls. */
  scan(root: string): Promise<ScannedFile[]>;
  /** Reads, parses, catalogues and indexes these files; null for a file that vanished meanwhile. */
  ingest(root: string, files: readonly ScannedFile[]): Promise<(CatalogEntry | null)[]>;
  /**
   * As ingest, but the text is only marked for indexing (indexPending), so a first read lists every file
   * sooner; a file a watch event wrote or removed while this step read is left as that event left it.
   */
  catalogue(root: string, files: readonly ScannedFile[]): Promise<(CatalogEntry | null)[]>;
  /** Indexes these files that catalogue() left unindexed; tells how many are still waiting. */
  indexPending(root: string, ids: readonly ArticleId[]): Promise<number>;
  /** The catalogued files waiting to be indexed, in path order (a restart finishes what a closed app left). */
  pendingIds(root: string): Promise<ArticleId[]>;
  /**
   * Brackets a large first read: the catalog's secondary indexes are set aside while rows pour in and
   * built once at the end (several times faster). Lists and searches still work meanwhile, sorting more.
   */
  setBulkLoad(active: boolean): Promise<void>;
  remove(root: string, ids: readonly ArticleId[]): Promise<void>;
  findByHash(root: string, hash: string): Promise<ArticleId | null>;
  /** For each hash, the first file of the library whose content has it. */
  findByHashes(root: string, hashes: readonly string[]): Promise<(ArticleId | null)[]>;
  /** Counts and filter choices of the library (catalog.ts), bounded in size. */
  summary(root: string, limits: SummaryLimits): Promise<CatalogSummary>;
  search(root: string, query: SearchQuery): Promise<SearchResults>;
  setAnnotations(root: string, docs: readonly AnnotationDoc[]): Promise<void>;
  close(): Promise<void>;
}

export interface LocalStoreOptions {
  readonly maxBytes?: number;
  /**
   * A read worker's script (read-worker.ts): catalogue() then reads and parses there, so a large first
   * read parses on one core while this thread writes the catalog on the other.
   */
  readonly readerScript?: string;
  readonly execArgv?: string[];
}

export class LocalCatalogStore implements CatalogStore {
  private readonly catalog: Catalog;
  private readonly maxBytes: number;
  /** Started at the first read that wants it (a warm start may never), and dropped for good if it fails. */
  private reader: EntryReader | null = null;
  private readerScript: string | null;
  private readonly execArgv: string[] | undefined;
  private bulk = false;
  /**
   * Writes so far, and the last write per file while catalogue() steps run: a step that read a file
   * before a watch event wrote or removed it must not write its older state over the newer one.
   */
  private writeCount = 0;
  private readonly lastWrite = new Map<string, number>();
  private cataloguing = 0;

  /** Pass ":memory:" for a throwaway store. */
  constructor(file: string, options: LocalStoreOptions = {}) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
    this.catalog = new Catalog(file);
    createSearchSchema(this.catalog.database);
    this.readerScript = options.readerScript ?? null;
    this.execArgv = options.execArgv;
  }

  list(root: string): Promise<CatalogEntry[]> {
    return Promise.resolve(this.catalog.list(root));
  }

  /** The list as rows (catalog.ts), for the worker to send across. */
  listRows(root: string): Promise<CatalogRow[]> {
    return Promise.resolve(this.catalog.listRows(root));
  }

  scan(root: string): Promise<ScannedFile[]> {
    return scanLibrary(root, 'blocking');
  }

  async catalogue(root: string, files: readonly ScannedFile[]): Promise<(CatalogEntry | null)[]> {
    this.cataloguing++;
    const since = this.writeCount;
    try {
      const entries = await this.readEntries(files);
      const db = this.catalog.database;
      this.catalog.batch(() => {
        entries.forEach((entry, i) => {
          const id = (files[i] as ScannedFile).id;
          if (this.writtenSince(root, id, since)) return;
          this.noteWrite(root, id);
          if (entry === null) {
            this.catalog.remove(root, id);
            removeArticle(db, root, id);
            return;
          }
          this.catalog.upsert(root, entry);
          if (entry.ok) markForIndex(db, root, id);
          else removeArticle(db, root, id);
        });
      });
      return entries;
    } finally {
      if (--this.cataloguing === 0) this.lastWrite.clear();
    }
  }

  /** Each file's entry, from the read worker if there is one (null for a file that vanished). */
  private readEntries(files: readonly ScannedFile[]): Promise<(CatalogEntry | null)[]> {
    return this.viaReader(
      (reader) => reader.read(files),
      async () => (await readBatch(files, this.maxBytes)).map((result) => result?.entry ?? null),
    );
  }

  private noteWrite(root: string, id: ArticleId): void {
    this.writeCount++;
    if (this.cataloguing > 0) this.lastWrite.set(`${root}\0${id}`, this.writeCount);
  }

  private writtenSince(root: string, id: ArticleId, since: number): boolean {
    return (this.lastWrite.get(`${root}\0${id}`) ?? 0) > since;
  }

  /** Reads, catalogues and indexes at once: for watch events and imports, whose reads are the newest. */
  async ingest(root: string, files: readonly ScannedFile[]): Promise<(CatalogEntry | null)[]> {
    const read = await readBatch(files, this.maxBytes);
    const db = this.catalog.database;
    this.catalog.batch(() => {
      read.forEach((result, i) => {
        const id = (files[i] as ScannedFile).id;
        this.noteWrite(root, id);
        if (result === null) {
          this.catalog.remove(root, id);
          removeArticle(db, root, id);
          return;
        }
        this.catalog.upsert(root, result.entry);
        if (result.article) indexArticle(db, root, id, result.article);
        else removeArticle(db, root, id);
      });
    });
    return read.map((result) => result?.entry ?? null);
  }

  async indexPending(root: string, ids: readonly ArticleId[]): Promise<number> {
    const db = this.catalog.database;
    const within = realpathSync(root);
    // Read again (from the page cache, moments after the first read), only where paths still lead inside.
    const files = ids.map((id) => ({ id, path: join(root, ...id.split('/')) }));
    const read = await this.readForIndex(files, within);
    this.catalog.batch(() => {
      read.forEach((text, i) => {
        const id = ids[i] as ArticleId;
        // A watch event that indexed or removed the file meanwhile took it off the list: its state is newer.
        if (!isPending(db, root, id)) return;
        // A file gone or led elsewhere meanwhile leaves the index; its watch event updates the catalog.
        if (text) indexArticle(db, root, id, text);
        else removeArticle(db, root, id);
      });
    });
    const remaining = pendingCount(db, root);
    if (remaining === 0) {
      // The typo vocabulary is rebuilt in one pass once a bulk index run is through, and the read
      // worker, idle until the next large read, gives its memory back.
      if (!termsFresh(db)) refreshTerms(db);
      if (this.reader && !this.reader.busy) {
        void this.reader.close();
        this.reader = null;
      }
    }
    return remaining;
  }

  /**
   * Each file's title and paragraphs (null when unreadable, vanished or outside), from the read worker if there
   * is one.
   */
  private readForIndex(files: readonly FileToRead[], within: string): Promise<(IndexableArticle | null)[]> {
    return this.viaReader(
      async (reader) => (await reader.readForIndex(files, within)).map((result) => result?.text ?? null),
      async () => (await readBatch(files, this.maxBytes, within)).map((result) => result?.article ?? null),
    );
  }

  /**
   * Reads through the read worker (started at its first use) when there is one, else on this thread. A
   * read worker that fails (or runs out of memory) is not asked again: this thread reads from then on.
   */
  private async viaReader<T>(there: (reader: EntryReader) => Promise<T>, here: () => Promise<T>): Promise<T> {
    if (!this.reader && this.readerScript !== null)
      this.reader = new EntryReader(this.readerScript, this.maxBytes, this.execArgv);
    const reader = this.reader;
    if (reader) {
      try {
        return await there(reader);
      } catch {
        if (this.reader === reader) this.reader = null;
        this.readerScript = null;
        void reader.close();
      }
    }
    return here();
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

  remove(root: string, ids: readonly ArticleId[]): Promise<void> {
    const db = this.catalog.database;
    this.catalog.batch(() => {
      for (const id of ids) {
        this.noteWrite(root, id);
        this.catalog.remove(root, id);
        removeArticle(db, root, id);
      }
    });
    return Promise.resolve();
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
    return Promise.resolve(search(this.catalog.database, root, query));
  }

  setAnnotations(root: string, docs: readonly AnnotationDoc[]): Promise<void> {
    const db = this.catalog.database;
    this.catalog.batch(() => setAnnotations(db, root, docs));
    return Promise.resolve();
  }

  async close(): Promise<void> {
    await this.setBulkLoad(false);
    this.catalog.close();
    await this.reader?.close();
  }
}
