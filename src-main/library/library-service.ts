// The library service: opens a folder (open-folder.ts keeps it listed, watched and read into the catalog)
// and answers for it: its summary and entries, searches, article reads and imports. Opening and closing
// take turns; its events go to whoever listens.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type * as C from '../../src-preload/contract';
import { removeStaleTemps } from '../files/atomic-write';
import { Emitter, type Listener } from '../services/emitter';
import { importFiles, importPickedPaths } from './importer';
import { FolderLifecycle } from './folder-lifecycle';
import { folderParts, maxBytesOf, type LibraryServiceOptions } from './library-options';
import { OpenFolder, type FolderParts } from './open/open-folder';
import { readArticle } from './read-article';

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

  private readonly parts: FolderParts;

  constructor(private readonly options: LibraryServiceOptions) {
    this.folders = new FolderLifecycle((message) => options.log?.(message));
    this.parts = folderParts(options, {
      changed: (delta) => this.changed.emit({ ...delta, version: ++this.version }),
      progress: (progress) => this.progress.emit(progress),
      problem: (problem) => this.problem.emit(problem),
    });
  }

  get currentRoot(): string | null {
    return this.folders.open?.root ?? null;
  }

  onChanged = (listener: Listener<C.LibraryDelta>): (() => void) => this.changed.on(listener);
  onReset = (listener: Listener<C.LibrarySummary>): (() => void) => this.reset.on(listener);
  onProgress = (listener: Listener<C.ScanProgress>): (() => void) => this.progress.on(listener);
  /** Problems the analyst should hear of (the folder gone, changes no longer seen), as they happen. */
  onProblem = (listener: Listener<C.LibraryProblem>): (() => void) => this.problem.on(listener);

  /** The open library's counts and filter choices, as the page sees it (never every entry). */
  async summary(): Promise<C.LibrarySummary> {
    const { root, scanning } = this.folders.current();
    const { version } = this;
    return { root, scanning, version, ...(await this.options.store.summary(root, SUMMARY_LIMITS)) };
  }

  /** Every file listed now, in main (the page asks for entries by id instead). */
  listed(): C.CatalogEntry[] {
    return this.folders.open?.listing.all() ?? [];
  }

  /** The entries of these files, in the same order; null for a file the library does not list. */
  entriesOf(ids: readonly C.ArticleId[]): (C.CatalogEntry | null)[] {
    const { listing } = this.folders.current();
    return ids.map((id) => listing.get(id) ?? null);
  }

  /** For each content hash, a file of the library that holds it, or null. */
  findByHashes(hashes: readonly string[]): Promise<(C.ArticleId | null)[]> {
    return this.options.store.findByHashes(this.folders.current().root, hashes);
  }

  search(query: C.SearchQuery): Promise<C.SearchResults> {
    return this.options.store.search(this.folders.current().root, query);
  }

  /** The analyst's annotations, so search finds their quotes, notes and tags and can filter on them. */
  setAnnotations(docs: readonly C.AnnotationDoc[]): Promise<void> {
    return this.options.store.setAnnotations(this.folders.current().root, docs);
  }

  async readArticle(id: C.ArticleId): Promise<C.Article> {
    return readArticle(this.folders.current().root, id, maxBytesOf(this.options));
  }

  /** Resolves once the files found by the last open() are all listed (their text may still be indexing). */
  whenListed(): Promise<void> {
    return this.folders.afterTurn((folder) => folder.whenListed());
  }

  /** Resolves once the last open()'s reads, catch-up and file work are all through (or cancelled). */
  whenIdle(): Promise<void> {
    return this.folders.afterTurn((folder) => folder.whenIdle());
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
      if (!(await stat(path)).isDirectory()) throw new Error(`${path} is not a folder`);
      await removeStaleTemps(path); // imports a killed process left half-written (hidden: never listed)
      const listed = await this.options.store.list(path);
      const scanned = listed.length === 0 ? await this.parts.scan(path) : null;
      const folder = new OpenFolder(path, listed, this.parts);
      this.folders.replace(folder);
      // Announced before it starts, so the page hears of the new folder before any change in it.
      this.version++;
      const summary = await this.summary().catch((error: unknown) => {
        folder.start(scanned);
        throw error;
      });
      this.reset.emit(summary);
      folder.start(scanned);
      return summary;
    });
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
