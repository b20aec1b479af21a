// The library service: opens a folder (open-folder.ts keeps it listed, watched and read into the catalog)
// and answers for it: its summary and entries, searches, article reads and imports. Opening and closing
// take turns; its events go to whoever listens.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type * as C from '../../src-preload/contract';
import { Emitter, type Listener } from '../services/emitter';
import { importFiles, readPickedFiles } from './importer';
import { FolderLifecycle } from './folder-lifecycle';
import { LibraryIdentities, type LibraryIdentity } from './identity/library-identities';
import { LibraryRegistry } from './identity/library-registry';
import { folderParts, maxBytesOf, type LibraryServiceOptions } from './library-options';
import { OpenFolder, type FolderParts } from './open/open-folder';
import { readArticle } from './read-article';
import type { RefusedAnnotation } from '../search/search-index';

export type { LibraryServiceOptions } from './library-options';

/** The content hashes of listed files (a file that could not be read may have none). */
const hashesOf = (entries: readonly C.CatalogEntry[]): string[] =>
  entries.flatMap((entry) => (entry.hash === null ? [] : [entry.hash]));

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
  private readonly identities: LibraryIdentities;
  /** Which library each open folder is; it may change once, after a first read (identifyAfterRead). */
  private readonly identity = new WeakMap<OpenFolder, LibraryIdentity>();
  /** The identity step of the last open, after its read: whenIdle() waits for it too. */
  private identified: Promise<void> = Promise.resolve();

  constructor(private readonly options: LibraryServiceOptions) {
    this.folders = new FolderLifecycle((message) => options.log?.(message));
    this.identities = new LibraryIdentities({
      registry: options.registry ?? new LibraryRegistry(null),
      findByHashes: (root, hashes) => options.store.findByHashes(root, hashes),
    });
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
    const folder = this.folders.current();
    const { root, scanning } = folder;
    const { version } = this;
    const identity = this.identityOf(folder);
    const { id: libraryId, formerIds } = identity;
    const otherLibraryIds = await this.identities.otherIds(identity);
    const counts = await this.options.store.summary(root, SUMMARY_LIMITS);
    return { root, libraryId, formerIds, otherLibraryIds, scanning, version, ...counts };
  }

  private identityOf(folder: OpenFolder): LibraryIdentity {
    const identity = this.identity.get(folder);
    if (!identity) throw new Error('the library is still being opened');
    return identity;
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

  /** For each content hash, a file of the library that holds it, or null; all null if `libraryId` is not open. */
  async findByHashes(hashes: readonly string[], libraryId: string): Promise<(C.ArticleId | null)[]> {
    const folder = this.folders.current();
    if (this.identityOf(folder).id !== libraryId) return hashes.map(() => null);
    return this.options.store.findByHashes(folder.root, hashes);
  }

  search(query: C.SearchQuery): Promise<C.SearchResults> {
    return this.options.store.search(this.folders.current().root, query);
  }

  /**
   * One library's annotations, so search finds their quotes, notes and tags and can filter on them. Records
   * of a library that is no longer open are not taken (applied: false); refused lists what the index left out.
   */
  async setAnnotations(
    libraryId: string,
    docs: readonly C.AnnotationDoc[],
  ): Promise<{ applied: boolean; refused: readonly RefusedAnnotation[] }> {
    const folder = this.folders.current();
    if (this.identityOf(folder).id !== libraryId) return { applied: false, refused: [] };
    return { applied: true, refused: await this.options.store.setAnnotations(folder.root, docs) };
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
    await this.identified;
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
      const listed = await this.options.store.list(path);
      const scanned = listed.length === 0 ? await this.parts.scan(path) : null;
      const identity = await this.identities.atOpen(path, hashesOf(listed));
      const folder = new OpenFolder(path, listed, this.parts);
      this.identity.set(folder, identity);
      this.folders.replace(folder);
      // Announced before it starts, so the page hears of the new folder before any change in it.
      this.version++;
      const summary = await this.summary().catch((error: unknown) => {
        folder.start(scanned);
        throw error;
      });
      this.reset.emit(summary);
      folder.start(scanned);
      this.identified = this.identifyAfterRead(folder);
      return summary;
    });
  }

  /**
   * Once the folder's read is through its fingerprint is kept, and a folder new to the app may turn out to be
   * a known library moved or renamed: the page then hears the library's id with a new summary.
   */
  private async identifyAfterRead(folder: OpenFolder): Promise<void> {
    await folder.whenIdle().catch(() => undefined);
    await this.folders
      .inTurn(async () => {
        const before = this.identity.get(folder);
        if (this.folders.open !== folder || !before) return;
        const after = await this.identities.afterRead(folder.root, before, hashesOf(folder.listing.all()));
        this.identity.set(folder, after);
        if (after.id === before.id) return;
        this.version++;
        this.reset.emit(await this.summary());
      })
      .catch((error: unknown) => this.options.log?.(`library identity: ${String(error)}`));
  }

  /** Files handed over by the renderer, as names and bytes; catalogued at once, not when the watcher sees them. */
  async importFiles(files: readonly C.IncomingFile[]): Promise<C.ImportReport> {
    const folder = this.folders.current();
    const findByHash = (hash: string): Promise<string | null> => this.options.store.findByHash(folder.root, hash);
    const report = await importFiles({ root: folder.root, maxBytes: maxBytesOf(this.options), findByHash }, files);
    await Promise.all(report.added.map(({ id }) => folder.fileWritten(id)));
    return report;
  }

  /** Files the analyst picked in main's own open dialog. */
  async importPaths(paths: readonly string[]): Promise<C.ImportReport> {
    const { files, unreadable } = await readPickedFiles(paths, maxBytesOf(this.options));
    const report = await this.importFiles(files);
    return { ...report, refused: [...unreadable, ...report.refused] };
  }

  close(): Promise<void> {
    return this.folders.inTurn(async () => {
      // A background read stops between steps; the store closes once its last step is through.
      if (await this.folders.close()) await this.options.store.close();
    });
  }
}
