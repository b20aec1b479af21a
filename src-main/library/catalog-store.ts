// The catalog and search index as one store, behind an async interface: in the app it runs in a worker
// thread (worker-catalog-store.ts) so parsing and indexing never block the main process; tests may run
// it in-thread. Same code either way.
import type { AnnotationDoc, ArticleId, CatalogEntry, SearchQuery, SearchResults } from '../../src-preload/contract';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../articles/types';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import {
  createSearchSchema,
  indexArticle,
  markForIndex,
  pendingCount,
  pendingPaths,
  removeArticle,
  search,
  setAnnotations,
} from '../search/search-index';
import { Catalog } from './catalog';
import { isInside } from './paths';
import { readCatalogEntry, type ReadEntryResult } from './read-entry';
import { scanLibrary, type ScannedFile } from './scanner';

export interface CatalogStore {
  list(root: string): Promise<CatalogEntry[]>;
  /** The library folder's article files with their sizes and times (scanner.ts), walked with blocking calls. */
  scan(root: string): Promise<ScannedFile[]>;
  /** Reads, parses, catalogues and indexes these files; null for a file that vanished meanwhile. */
  ingest(root: string, files: readonly ScannedFile[]): Promise<(CatalogEntry | null)[]>;
  /** As ingest, but the text is only marked for indexing: a large first read lists every file sooner. */
  catalogue(root: string, files: readonly ScannedFile[]): Promise<(CatalogEntry | null)[]>;
  /** Indexes up to `limit` of the files catalogue() left unindexed; tells how many are still waiting. */
  indexPending(root: string, limit: number): Promise<{ readonly indexed: number; readonly remaining: number }>;
  /** How many catalogued files wait to be indexed (a restart finishes what a closed app left). */
  pendingIndex(root: string): Promise<number>;
  remove(root: string, ids: readonly ArticleId[]): Promise<void>;
  findByHash(root: string, hash: string): Promise<ArticleId | null>;
  search(root: string, query: SearchQuery): Promise<SearchResults>;
  setAnnotations(root: string, docs: readonly AnnotationDoc[]): Promise<void>;
  close(): Promise<void>;
}

const isVanished = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 'ENOENT';

/** Longest run of blocking reads before the thread lets other calls in (a search typed meanwhile). */
const READ_SLICE_MS = 20;
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class LocalCatalogStore implements CatalogStore {
  private readonly catalog: Catalog;

  /** Pass ":memory:" for a throwaway store. */
  constructor(
    file: string,
    private readonly maxBytes: number = DEFAULT_MAX_ARTICLE_BYTES,
  ) {
    this.catalog = new Catalog(file);
    createSearchSchema(this.catalog.database);
  }

  list(root: string): Promise<CatalogEntry[]> {
    return Promise.resolve(this.catalog.list(root));
  }

  scan(root: string): Promise<ScannedFile[]> {
    return scanLibrary(root, 'blocking');
  }

  ingest(root: string, files: readonly ScannedFile[]): Promise<(CatalogEntry | null)[]> {
    return this.store(root, files, true);
  }

  catalogue(root: string, files: readonly ScannedFile[]): Promise<(CatalogEntry | null)[]> {
    return this.store(root, files, false);
  }

  private async store(root: string, files: readonly ScannedFile[], index: boolean): Promise<(CatalogEntry | null)[]> {
    const read = await this.readAll(files);
    const db = this.catalog.database;
    this.catalog.batch(() => {
      read.forEach((result, i) => {
        const id = (files[i] as ScannedFile).id;
        if (result === null) {
          this.catalog.remove(root, id);
          removeArticle(db, root, id);
          return;
        }
        this.catalog.upsert(root, result.entry);
        if (!result.article) removeArticle(db, root, id);
        else if (index) indexArticle(db, root, id, result.article);
        else markForIndex(db, root, id);
      });
    });
    return read.map((result) => result?.entry ?? null);
  }

  async indexPending(root: string, limit: number): Promise<{ indexed: number; remaining: number }> {
    const db = this.catalog.database;
    const ids = pendingPaths(db, root, limit);
    const realRoot = realpathSync(root);
    // Read again (from the page cache, moments after the first read): only paths that still lead inside.
    const files = ids.map((id) => ({ id, path: join(root, ...id.split('/')), size: 0, mtimeMs: 0 }));
    const inside = files.filter((file) => {
      try {
        return isInside(realRoot, realpathSync(file.path));
      } catch {
        return false;
      }
    });
    const read = await this.readAll(inside);
    this.catalog.batch(() => {
      const readIds = new Set(inside.map((file) => file.id));
      // A file gone or led elsewhere meanwhile leaves the index; its watch event updates the catalog.
      for (const id of ids) if (!readIds.has(id)) removeArticle(db, root, id);
      read.forEach((result, i) => {
        const id = (inside[i] as ScannedFile).id;
        if (result?.article) indexArticle(db, root, id, result.article);
        else removeArticle(db, root, id);
      });
    });
    return { indexed: ids.length, remaining: pendingCount(db, root) };
  }

  pendingIndex(root: string): Promise<number> {
    return Promise.resolve(pendingCount(this.catalog.database, root));
  }

  /**
   * Reads one file after another with blocking calls, in slices of READ_SLICE_MS: on this thread a read
   * of a small file costs ~10 µs that way, against ~100 µs in thread-pool round trips with async reads.
   */
  private async readAll(files: readonly ScannedFile[]): Promise<(ReadEntryResult | null)[]> {
    const read: (ReadEntryResult | null)[] = [];
    let sliceStart = performance.now();
    for (const file of files) {
      if (performance.now() - sliceStart > READ_SLICE_MS) {
        await nextTurn();
        sliceStart = performance.now();
      }
      try {
        read.push(await readCatalogEntry(file.id, file.path, this.maxBytes, 'blocking'));
      } catch (error) {
        if (!isVanished(error)) throw error;
        read.push(null);
      }
    }
    return read;
  }

  remove(root: string, ids: readonly ArticleId[]): Promise<void> {
    const db = this.catalog.database;
    this.catalog.batch(() => {
      for (const id of ids) {
        this.catalog.remove(root, id);
        removeArticle(db, root, id);
      }
    });
    return Promise.resolve();
  }

  findByHash(root: string, hash: string): Promise<ArticleId | null> {
    return Promise.resolve(this.catalog.findByHash(root, hash));
  }

  search(root: string, query: SearchQuery): Promise<SearchResults> {
    return Promise.resolve(search(this.catalog.database, root, query));
  }

  setAnnotations(root: string, docs: readonly AnnotationDoc[]): Promise<void> {
    const db = this.catalog.database;
    this.catalog.batch(() => setAnnotations(db, root, docs));
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.catalog.close();
    return Promise.resolve();
  }
}
