// What the library service answers about the folder it has open: its summary and entries, searches,
// annotations and article reads. The service (library-service.ts) adds opening, closing and events on top.
import type * as C from '../../src-preload/contract';
import type { RefusedAnnotation } from '../search/search-index';
import { formatOfFileName, isPlainTextFormat } from '../articles/formats/format-of';
import { fileIdOf } from './article-ids';
import { FolderLifecycle } from './folder-lifecycle';
import { LibraryRegistry } from './identity/library-registry';
import { FolderIdentities } from './library-identities';
import { maxBytesOf, type LibraryServiceOptions } from './library-options';
import { readArticle } from './read-article';
import { noResults, unavailableSummary } from './unavailable';

/** How much of the library a summary holds: enough for the filters, small enough to send at once. */
const SUMMARY_LIMITS = { broken: 200, domains: 500, folders: 2000 } as const;

export class LibraryReads {
  protected readonly folders: FolderLifecycle;
  /** Which library the folder is (library-identities.ts). */
  protected readonly identities: FolderIdentities;
  /** Counts changes to what is listed (LibrarySummary.version). */
  protected version = 0;
  /** The open folder's problem (its changes no longer seen), until another open. */
  protected problemNow: C.LibraryProblem | null = null;

  constructor(protected readonly options: LibraryServiceOptions) {
    this.folders = new FolderLifecycle((message) => options.log?.(message));
    this.identities = new FolderIdentities({
      registry: options.registry ?? new LibraryRegistry(null),
      findByHashes: (root, hashes) => options.store.findByHashes(root, hashes),
    });
  }

  /** The library's folder: the one open, or the one that could not be opened. */
  get currentRoot(): string | null {
    return this.folders.open?.root ?? this.folders.unavailable?.root ?? null;
  }

  /** The open library's counts and filter choices, as the page sees it (never every entry). */
  async summary(): Promise<C.LibrarySummary> {
    const missing = this.folders.unavailable;
    const ids = await this.identities.summaryIds(this.folders.open);
    if (missing) return unavailableSummary(missing, this.version, ids);
    const folder = this.folders.current();
    const { root, scanning } = folder;
    const { version, problemNow: problem } = this;
    const counts = await this.options.store.summary(root, SUMMARY_LIMITS);
    // Taken after the counts, so the page never sees progress older than what they hold.
    const progress = folder.progress;
    return {
      root,
      ...ids,
      scanning,
      version,
      ...counts,
      ...(problem ? { problem } : {}),
      ...(progress ? { progress } : {}),
    };
  }

  /** Every file listed now, in main (the page asks for entries by id instead). */
  listed(): C.CatalogEntry[] {
    return this.folders.open?.listing.all() ?? [];
  }

  /** The entries of these files, in the same order; null for a file the library does not list. */
  entriesOf(ids: readonly C.ArticleId[]): (C.CatalogEntry | null)[] {
    if (this.folders.unavailable) return ids.map(() => null);
    const { listing } = this.folders.current();
    return ids.map((id) => listing.get(id) ?? null);
  }

  /** For each content hash, a file of the library that holds it, or null; all null if `libraryId` is not open. */
  async findByHashes(hashes: readonly string[], libraryId: string): Promise<(C.ArticleId | null)[]> {
    const folder = this.folders.open;
    if (folder === null || this.identities.current(folder)?.id !== libraryId) return hashes.map(() => null);
    return this.options.store.findByHashes(folder.root, hashes);
  }

  search(query: C.SearchQuery): Promise<C.SearchResults> {
    if (this.folders.unavailable) return Promise.resolve(noResults(query));
    return this.options.store.search(this.folders.current().root, query);
  }

  /** The story an article of the open library is a copy in (every copy, the origin first), or null. */
  story(id: C.ArticleId): Promise<C.StoryInfo | null> {
    if (this.folders.unavailable) return Promise.resolve(null);
    return this.options.store.story(this.folders.current().root, id);
  }

  /** Each article's story id (null: no copy, or not in the open library). */
  storyIds(ids: readonly C.ArticleId[]): Promise<(string | null)[]> {
    if (this.folders.unavailable) return Promise.resolve(ids.map(() => null));
    return this.options.store.storyIds(this.folders.current().root, ids);
  }

  /**
   * One library's annotations, so search finds their quotes, notes and tags and can filter on them. Records
   * of a library that is no longer open are not taken (applied: false); refused lists what the index left out.
   * Kept for a folder that is not there too: the catalog holds them by path, ready for its return.
   */
  async setAnnotations(
    libraryId: string,
    docs: readonly C.AnnotationDoc[],
  ): Promise<{ applied: boolean; refused: readonly RefusedAnnotation[] }> {
    const root = this.currentRoot;
    const { open } = this.folders;
    if (root === null || this.identities.current(open)?.id !== libraryId) return { applied: false, refused: [] };
    return { applied: true, refused: await this.options.store.setAnnotations(root, docs) };
  }

  /**
   * One article whole. Plain text is read here at once (it parses in milliseconds); a PDF, a page, a document
   * or a feed is read by the catalog's read worker, within its time limit, never on this thread.
   */
  async readArticle(id: C.ArticleId): Promise<C.Article> {
    const { root } = this.folders.current();
    const format = formatOfFileName(fileIdOf(id)) ?? 'text';
    if (isPlainTextFormat(format)) return readArticle(root, id, maxBytesOf(this.options));
    return this.options.store.readArticle(root, id);
  }

  /** Resolves once the files found by the last open() are all listed (their text may still be indexing). */
  whenListed(): Promise<void> {
    return this.folders.afterTurn((folder) => folder.whenListed());
  }

  /** Resolves once the last open()'s reads, catch-up and file work are all through (or cancelled). */
  async whenIdle(): Promise<void> {
    await this.folders.afterTurn((folder) => folder.whenIdle());
    await this.identities.whenIdentified();
  }

  /** Resolves once the watcher has started (a large folder takes seconds); changes are then live. */
  whenWatching(): Promise<void> {
    return this.folders.afterTurn((folder) => folder.whenWatching());
  }
}
