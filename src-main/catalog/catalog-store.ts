// The catalog and search index as one store, behind an async interface: in the app it runs in a worker
// thread (worker-catalog-store.ts) so parsing and indexing never block the main process; tests may run
// the same implementation (local-catalog-store.ts) in-thread.
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

/** One article (a file's, or a feed item's) as a write left it: its entry, or null where it is gone. */
export interface WrittenFile {
  readonly id: ArticleId;
  readonly entry: CatalogEntry | null;
}

/**
 * What one write did. Each write is one transaction with a sequence number, larger than any before it:
 * listing the files in the order of their writes' numbers lists each file's newest state.
 */
export interface WriteResult {
  readonly seq: number;
  /** The files written; a background write leaves out files a newer write reached first. */
  readonly written: readonly WrittenFile[];
}

export interface CatalogStore {
  list(root: string): Promise<CatalogEntry[]>;
  /** Reads, parses, catalogues and indexes these files at once: for watch events and imports. */
  ingest(root: string, files: readonly ScannedFile[]): Promise<WriteResult>;
  /**
   * As ingest, but a background step: the text is only marked for indexing (indexPending), so a first read
   * lists every file sooner, and a file written or removed by another write while this step read is left
   * as that write left it.
   */
  catalogue(root: string, files: readonly ScannedFile[]): Promise<WriteResult>;
  /** Indexes these files that catalogue() left unindexed (the same rule); tells how many are still waiting. */
  indexPending(root: string, ids: readonly ArticleId[]): Promise<number>;
  /** The catalogued files waiting to be indexed, in path order (a restart finishes what a closed app left). */
  pendingIds(root: string): Promise<ArticleId[]>;
  /**
   * Brackets a large first read: the catalog's secondary indexes are set aside while rows pour in and
   * built once at the end (several times faster). Lists and searches still work meanwhile, sorting more.
   */
  setBulkLoad(active: boolean): Promise<void>;
  /** Removes these files' rows (a feed's items with it); an item's id stands for its file. */
  remove(root: string, ids: readonly ArticleId[]): Promise<WriteResult>;
  /**
   * One article whole, as the page reads it (library/read-article.ts), read beside the catalog in a read
   * worker of its own within the time limit: a large PDF or page never holds up the main process.
   */
  readArticle(root: string, id: ArticleId): Promise<Article>;
  findByHash(root: string, hash: string): Promise<ArticleId | null>;
  /** For each hash, the first file of the library whose content has it. */
  findByHashes(root: string, hashes: readonly string[]): Promise<(ArticleId | null)[]>;
  /** Counts and filter choices of the library (catalog.ts), bounded in size. */
  summary(root: string, limits: SummaryLimits): Promise<CatalogSummary>;
  search(root: string, query: SearchQuery): Promise<SearchResults>;
  /** The story this article is a copy in (stories/story-queries.ts): every copy, the origin first; or null. */
  story(root: string, id: ArticleId): Promise<StoryInfo | null>;
  /** Each article's story id, or null for an article with no copy. */
  storyIds(root: string, ids: readonly ArticleId[]): Promise<(string | null)[]>;
  /** Replaces the root's indexed annotations; returns the records the index refused (the rest are written). */
  setAnnotations(root: string, docs: readonly AnnotationDoc[]): Promise<RefusedAnnotation[]>;
  close(): Promise<void>;
}
