// The catalog and search index as one store, behind an async interface: in the app it runs in a worker
// thread (worker-catalog-store.ts) so parsing and indexing never block the main process; tests may run
// it in-thread. Same code either way.
import type { AnnotationDoc, ArticleId, CatalogEntry, SearchQuery, SearchResults } from '../../src-preload/contract';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../articles/types';
import { createSearchSchema, indexArticle, removeArticle, search, setAnnotations } from '../search/search-index';
import { Catalog } from './catalog';
import { mapPool } from './pool';
import { readCatalogEntry } from './read-entry';
import type { ScannedFile } from './scanner';

export interface CatalogStore {
  list(root: string): Promise<CatalogEntry[]>;
  /** Reads, parses, catalogues and indexes these files; null for a file that vanished meanwhile. */
  ingest(root: string, files: readonly ScannedFile[]): Promise<(CatalogEntry | null)[]>;
  remove(root: string, ids: readonly ArticleId[]): Promise<void>;
  findByHash(root: string, hash: string): Promise<ArticleId | null>;
  search(root: string, query: SearchQuery): Promise<SearchResults>;
  setAnnotations(root: string, docs: readonly AnnotationDoc[]): Promise<void>;
  close(): Promise<void>;
}

const isVanished = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 'ENOENT';

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

  async ingest(root: string, files: readonly ScannedFile[]): Promise<(CatalogEntry | null)[]> {
    const read = await mapPool(files, 8, async (file) => {
      try {
        return await readCatalogEntry(file.id, file.path, this.maxBytes);
      } catch (error) {
        if (isVanished(error)) return null;
        throw error;
      }
    });
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
        if (result.article) indexArticle(db, root, id, result.article);
        else removeArticle(db, root, id);
      });
    });
    return read.map((result) => result?.entry ?? null);
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
