// The library service: opens a folder (open-folder.ts keeps it listed, watched and read into the catalog)
// and answers for it: its summary and entries, searches, article reads and imports. A folder that cannot
// be opened stays the library, listing nothing, until retry() finds it. Opening and closing take turns;
// its events go to whoever listens.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type * as C from '../../src-preload/contract';
import { removeStaleTemps } from '../files/atomic-write';
import { Emitter, type Listener } from '../services/emitter';
import { importFiles, importPickedPaths } from './importer';
import { FolderLifecycle } from './folder-lifecycle';
import { LibraryRegistry } from './identity/library-registry';
import { FolderIdentities } from './library-identities';
import { folderParts, maxBytesOf, type LibraryServiceOptions } from './library-options';
import { OpenFolder, type FolderParts } from './open/open-folder';
import { readArticle } from './read-article';
import type { RefusedAnnotation } from '../search/search-index';
import { folderProblem, noResults, unavailableSummary } from './unavailable';

export type { LibraryServiceOptions } from './library-options';

/** How much of the library a summary holds: enough for the filters, small enough to send at once. */
const SUMMARY_LIMITS = { broken: 200, domains: 500, folders: 2000 } as const;

export class LibraryService {
  private readonly folders: FolderLifecycle;
  /** Counts changes to what is listed (LibrarySummary.version). */
  private version = 0;
  private readonly changed = new Emitter<C.LibraryDelta>();
  private readonly reset = new Emitter<C.LibrarySummary>();
  private readonly progress = new Emitter<C.ScanProgress>();
  private readonly problem = new Emitter<C.LibraryProblem>();
  /** The open folder's problem (its changes no longer seen), until another open. */
  private problemNow: C.LibraryProblem | null = null;

  private readonly parts: FolderParts;
  /** Which library the folder is (library-identities.ts). */
  private readonly identities: FolderIdentities;

  constructor(private readonly options: LibraryServiceOptions) {
    this.folders = new FolderLifecycle((message) => options.log?.(message));
    this.identities = new FolderIdentities({
      registry: options.registry ?? new LibraryRegistry(null),
      findByHashes: (root, hashes) => options.store.findByHashes(root, hashes),
    });
    this.parts = folderParts(options, {
      changed: (delta) => this.changed.emit({ ...delta, version: ++this.version }),
      progress: (progress) => this.progress.emit(progress),
      problem: (problem) => {
        if (problem.root === this.folders.open?.root) this.problemNow = problem;
        this.problem.emit(problem);
      },
    });
  }

  /** The library's folder: the one open, or the one that could not be opened. */
  get currentRoot(): string | null {
    return this.folders.open?.root ?? this.folders.unavailable?.root ?? null;
  }

  onChanged = (listener: Listener<C.LibraryDelta>): (() => void) => this.changed.on(listener);
  onReset = (listener: Listener<C.LibrarySummary>): (() => void) => this.reset.on(listener);
  onProgress = (listener: Listener<C.ScanProgress>): (() => void) => this.progress.on(listener);
  /** Problems the analyst should hear of (the folder gone, changes no longer seen), as they happen. */
  onProblem = (listener: Listener<C.LibraryProblem>): (() => void) => this.problem.on(listener);

  /** The open library's counts and filter choices, as the page sees it (never every entry). */
  async summary(): Promise<C.LibrarySummary> {
    const missing = this.folders.unavailable;
    const ids = await this.identities.summaryIds(this.folders.open);
    if (missing) return unavailableSummary(missing, this.version, ids);
    const { root, scanning } = this.folders.current();
    const { version, problemNow: problem } = this;
    const counts = await this.options.store.summary(root, SUMMARY_LIMITS);
    return { root, ...ids, scanning, version, ...counts, ...(problem ? { problem } : {}) };
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

  async readArticle(id: C.ArticleId): Promise<C.Article> {
    return readArticle(this.folders.current().root, id, maxBytesOf(this.options));
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

  /** Stops a running background read; what was read stays listed, the rest is read at the next open. */
  cancelScan(): void {
    this.folders.open?.cancelScan();
  }

  /**
   * Opens a library folder: lists what the catalog holds for it at once, then brings that in line with the
   * folder in the background and watches it. A folder new to the catalog is scanned first, so a folder
   * that cannot be read leaves the open library as it was.
   */
  open(root: string): Promise<C.LibrarySummary> {
    return this.folders.inTurn(async () => {
      const path = resolve(root);
      if (!(await stat(path)).isDirectory())
        throw Object.assign(new Error(`${path} is not a folder`), { code: 'ENOTDIR' });
      await removeStaleTemps(path); // imports a killed process left half-written (hidden: never listed)
      const listed = await this.options.store.list(path);
      const scanned = listed.length === 0 ? await this.parts.scan(path) : null;
      const identity = await this.identities.atOpen(path, listed);
      const folder = new OpenFolder(path, listed, this.parts);
      this.identities.opened(folder, identity);
      this.folders.replace(folder);
      this.problemNow = null;
      // Announced before it starts, so the page hears of the new folder before any change in it.
      this.version++;
      const summary = await this.summary().catch((error: unknown) => {
        folder.start(scanned);
        throw error;
      });
      this.reset.emit(summary);
      folder.start(scanned);
      this.identities.follow(folder, {
        inTurn: (work) => this.folders.inTurn(work),
        isOpen: (open) => this.folders.open === open,
        changed: async () => {
          this.version++;
          this.reset.emit(await this.summary());
        },
        log: this.options.log,
      });
      return summary;
    });
  }

  /**
   * Keeps `root` as the library although it could not be opened (`error` says why: its drive is not
   * connected): nothing is listed, the summary carries the problem, and retry() or another open() ends it.
   */
  openUnavailable(root: string, error: unknown): Promise<C.LibrarySummary> {
    return this.folders.inTurn(async () => {
      const problem = folderProblem(resolve(root), error);
      await this.identities.unavailable(problem.root);
      this.folders.replace(null, problem);
      this.problemNow = null;
      ++this.version;
      const summary = await this.summary();
      this.reset.emit(summary);
      this.problem.emit(problem);
      return summary;
    });
  }

  /** Opens the library's folder again (back on its drive, say); a folder still not there is said so. */
  async retry(): Promise<C.LibrarySummary> {
    const root = this.currentRoot;
    if (root === null) throw new Error('no library folder is open');
    try {
      return await this.open(root);
    } catch (error) {
      throw new Error(folderProblem(root, error).message, { cause: error });
    }
  }

  /** Reads the open folder again from the start: its catalog was replaced. Nothing when none is open. */
  async reload(): Promise<void> {
    const root = this.folders.open?.root;
    if (root !== undefined) await this.open(root);
  }

  /** Files handed over by the renderer, as names and bytes; catalogued at once, not when the watcher sees them. */
  async importFiles(files: readonly C.IncomingFile[]): Promise<C.ImportReport> {
    const folder = this.folders.current();
    const findByHash = (hash: string): Promise<string | null> => this.options.store.findByHash(folder.root, hash);
    const { fileOps: ops } = this.options;
    const report = await importFiles({ root: folder.root, maxBytes: maxBytesOf(this.options), findByHash, ops }, files);
    await Promise.all(report.added.map(({ id }) => folder.fileWritten(id)));
    return report;
  }

  /** Files the analyst picked in main's own open dialog. */
  async importPaths(paths: readonly string[]): Promise<C.ImportReport> {
    return importPickedPaths(paths, maxBytesOf(this.options), (files) => this.importFiles(files));
  }

  close(): Promise<void> {
    return this.folders.inTurn(async () => {
      // A background read stops between steps; the store closes once its last step is through.
      if (await this.folders.close()) await this.options.store.close();
    });
  }
}
