// The library service: opens a folder, syncs it into the catalog, watches it, and pushes each change
// to listeners as a small delta; reads and imports articles on request.
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type {
  AnnotationDoc,
  Article,
  ArticleId,
  CatalogEntry,
  ImportReport,
  IncomingFile,
  LibraryDelta,
  LibraryProblem,
  LibrarySummary,
  ScanProgress,
  SearchQuery,
  SearchResults,
} from '../../src-preload/contract';
import { parseArticle } from '../articles/parse';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../articles/types';
import type { CatalogStore } from '../catalog/catalog-store';
import { DeltaBuffer } from './delta-buffer';
import { isCandidateArticleId } from './file-filter';
import { importFiles, readPickedFiles } from './importer';
import { OutsideLibraryError, resolveExistingArticlePath, toArticleId } from './paths';
import { RenameMatcher } from './rename-matcher';
import type { ScannedFile } from './scanner';
import { inSteps } from './steps';
import { watchLibrary, WatchStopped, type LibraryWatcher, type WatchOptions } from './watcher';

export interface LibraryServiceOptions {
  readonly store: CatalogStore;
  /**
   * When true, open() returns as soon as the catalogued files are listed and reads new or changed files
   * in the background, reporting progress and delivering them as deltas; otherwise it waits for them.
   */
  readonly progressive?: boolean;
  /**
   * Files read per step of a background scan. By default the steps grow from 250 to 1,000 files: the
   * first files show at once, and a large library is written in few transactions (each one a commit
   * and a new index segment to merge).
   */
  readonly chunkSize?: number;
  /** A read of this many new or changed files or more is a bulk load (the catalog's indexes set aside). */
  readonly bulkLoadFrom?: number;
  readonly maxBytes?: number;
  readonly watch?: WatchOptions;
  /** How long a removed file waits for a re-appearance under another name before it counts as removed. */
  readonly renameWindowMs?: number;
  /** Deltas are gathered for this long so a burst of files arrives as one event. */
  readonly flushMs?: number;
  readonly log?: (message: string) => void;
}

type Listener<T> = (payload: T) => void;

/** How much of the library a summary holds: enough for the filters, small enough to send at once. */
const SUMMARY_LIMITS = { broken: 200, domains: 500, folders: 2000 } as const;
const FIRST_STEP = 250;
const LARGEST_STEP = 1000;
const BULK_LOAD_FROM = 2000;

/** A background read: cancellable, with one promise for "all listed" and one for "all done". */
class BackgroundRun {
  cancelled = false;
  done: Promise<void> = Promise.resolve();
  private resolveListed: () => void = () => undefined;
  readonly listed = new Promise<void>((settle) => (this.resolveListed = settle));

  markListed(): void {
    this.resolveListed();
  }

  start(work: Promise<void>, finished: () => void): void {
    this.done = work.finally(() => {
      this.resolveListed();
      finished();
    });
  }
}

export class LibraryService {
  private root: string | null = null;
  private entries = new Map<ArticleId, CatalogEntry>();
  /** The watcher, possibly still starting (on a large library it takes a moment to walk every folder). */
  private watcher: Promise<LibraryWatcher> | null = null;
  private readonly changedListeners = new Set<Listener<LibraryDelta>>();
  private readonly resetListeners = new Set<Listener<LibrarySummary>>();
  private readonly progressListeners = new Set<Listener<ScanProgress>>();
  private readonly problemListeners = new Set<Listener<LibraryProblem>>();
  /** The running read of new and changed files, if any; cancelScan() stops it between steps. */
  private ingest: BackgroundRun | null = null;
  private readonly renames: RenameMatcher;
  private readonly delta: DeltaBuffer;
  private readonly maxBytes: number;
  /** Bumped whenever watching stops: work begun for an older watcher is dropped. */
  private generation = 0;
  /** open() and close() take turns, so a watcher is never left running for a folder no longer open. */
  private lifecycle: Promise<unknown> = Promise.resolve();
  /** Work for one file runs in event order, so a read begun before an unlink cannot land after it. */
  private readonly fileQueues = new Map<ArticleId, Promise<void>>();
  private closed = false;
  /** Watch events so far, and the last one per file: a background step drops files an event touched meanwhile. */
  private eventCount = 0;
  private touched = new Map<ArticleId, number>();
  /** Counts changes to what is listed (LibrarySummary.version). */
  private version = 0;

  constructor(private readonly options: LibraryServiceOptions) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
    this.renames = new RenameMatcher(options.renameWindowMs ?? 600, (id) => this.delta.remove(id));
    this.delta = new DeltaBuffer(options.flushMs ?? 30, (changes) => {
      if (this.root === null) return;
      const delta: LibraryDelta = { root: this.root, version: ++this.version, ...changes };
      for (const listener of this.changedListeners) listener(delta);
    });
  }

  get currentRoot(): string | null {
    return this.root;
  }

  onChanged(listener: Listener<LibraryDelta>): () => void {
    this.changedListeners.add(listener);
    return () => this.changedListeners.delete(listener);
  }

  onReset(listener: Listener<LibrarySummary>): () => void {
    this.resetListeners.add(listener);
    return () => this.resetListeners.delete(listener);
  }

  /** Problems the analyst should hear of (the folder gone, changes no longer seen), as they happen. */
  onProblem(listener: Listener<LibraryProblem>): () => void {
    this.problemListeners.add(listener);
    return () => this.problemListeners.delete(listener);
  }

  onProgress(listener: Listener<ScanProgress>): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  /** The open library's counts and filter choices, as the page sees it (never every entry). */
  async summary(): Promise<LibrarySummary> {
    const root = this.requireRoot();
    const { version } = this;
    const scanning = this.ingest !== null;
    return { root, scanning, version, ...(await this.options.store.summary(root, SUMMARY_LIMITS)) };
  }

  /** Every file listed now, in main (the page asks for entries by id instead). */
  listed(): CatalogEntry[] {
    return [...this.entries.values()];
  }

  /** The entries of these files, in the same order; null for a file the library does not list. */
  entriesOf(ids: readonly ArticleId[]): (CatalogEntry | null)[] {
    this.requireRoot();
    return ids.map((id) => this.entries.get(id) ?? null);
  }

  /** For each content hash, a file of the library that holds it, or null. */
  findByHashes(hashes: readonly string[]): Promise<(ArticleId | null)[]> {
    return this.options.store.findByHashes(this.requireRoot(), hashes);
  }

  /** Resolves once the files found by the last open() are all listed (their text may still be indexing). */
  async whenListed(): Promise<void> {
    await this.lifecycle;
    await this.ingest?.listed;
  }

  /** Resolves once the files found by the last open() have all been read and indexed (or the read was cancelled). */
  async whenIdle(): Promise<void> {
    await this.lifecycle;
    await this.ingest?.done;
  }

  /** Resolves once the watcher has started (a large folder takes seconds); changes are then live. */
  async whenWatching(): Promise<void> {
    await this.lifecycle;
    await this.watcher;
  }

  /** Stops a running background read; what was read stays listed, the rest is read at the next open. */
  cancelScan(): void {
    if (this.ingest) this.ingest.cancelled = true;
  }

  search(query: SearchQuery): Promise<SearchResults> {
    return this.options.store.search(this.requireRoot(), query);
  }

  /** The analyst's annotations, so search finds their quotes, notes and tags and can filter on them. */
  setAnnotations(docs: readonly AnnotationDoc[]): Promise<void> {
    return this.options.store.setAnnotations(this.requireRoot(), docs);
  }

  /** Opens a library folder: reuses catalog rows for unchanged files, parses the rest, starts watching. */
  open(root: string): Promise<LibrarySummary> {
    return this.inTurn(() => this.openNow(resolve(root)));
  }

  async readArticle(id: ArticleId): Promise<Article> {
    const root = this.requireRoot();
    const path = await resolveExistingArticlePath(root, id);
    // The page may only read what the library lists: no hidden files, nothing but article files.
    if (!isCandidateArticleId(id)) throw new Error(`"${id}" is not an article file in the library`);
    const bytes = await readFile(path);
    const result = parseArticle(bytes, { fileName: basename(path), maxBytes: this.maxBytes });
    if (!result.ok) throw new Error(`${id} cannot be read: ${result.error}`);
    const { words: _words, ...article } = result.article;
    return { id, ...article };
  }

  /** Files handed over by the renderer, as names and bytes. */
  async importFiles(files: readonly IncomingFile[]): Promise<ImportReport> {
    const root = this.requireRoot();
    const generation = this.generation;
    const report = await importFiles(
      { root, maxBytes: this.maxBytes, findByHash: (hash) => this.options.store.findByHash(root, hash) },
      files,
    );
    // Catalogue the new files at once rather than waiting for the watcher to notice them.
    await Promise.all(report.added.map(({ id }) => this.inFileTurn(id, () => this.fileWritten(generation, root, id))));
    return report;
  }

  /** Files the analyst picked in main's own open dialog. */
  async importPaths(paths: readonly string[]): Promise<ImportReport> {
    const { files, unreadable } = await readPickedFiles(paths, this.maxBytes);
    const report = await this.importFiles(files);
    return { ...report, refused: [...unreadable, ...report.refused] };
  }

  close(): Promise<void> {
    return this.inTurn(async () => {
      if (this.closed) return;
      this.closed = true;
      // A background read stops between steps; the store closes once its last step is through.
      if (this.ingest) this.ingest.cancelled = true;
      await this.ingest?.done;
      await this.stopWatching();
      await Promise.all(this.fileQueues.values());
      await this.options.store.close();
    });
  }

  private async openNow(root: string): Promise<LibrarySummary> {
    const { store } = this.options;
    if (this.options.progressive) {
      // A library seen before is listed from the catalog at once; the folder is compared with it after.
      await assertFolder(root);
      const listed = await store.list(root);
      if (listed.length > 0) return this.openListed(root, listed);
    }
    // Scanned before anything changes, so a folder that cannot be read leaves the open library as it was.
    const [files, listed] = await Promise.all([store.scan(root), store.list(root)]);
    const known = new Map(listed.map((entry) => [entry.id, entry]));
    const { stale, vanished } = compareWithFolder(files, known);
    await this.stopWatching();
    const generation = this.generation;
    await store.remove(root, vanished);
    for (const id of vanished) known.delete(id);
    this.root = root;
    this.entries = known;
    const watching = this.startWatching(generation, root);
    if (this.options.progressive) {
      // The library is listed without waiting for the watcher; once it is ready, whatever changed in the
      // meantime (after the scan, before the watch) is caught up with.
      void watching
        .then(async () => {
          const first = this.ingest;
          await first?.done;
          // A read the analyst cancelled stays cancelled: only removals are caught up with until the next open.
          if (generation === this.generation)
            this.startBackground((run) => this.reconcile(generation, root, run, !first?.cancelled));
        })
        .catch((error: unknown) => this.options.log?.(`watch error: ${String(error)}`));
    } else {
      await watching;
    }
    if (stale.length > 0 || (await store.pendingIds(root)).length > 0) {
      const run = this.startBackground((started) => this.readInBackground(generation, root, stale, started));
      if (!this.options.progressive) await run.done;
    }
    return this.announce();
  }

  /** Lists what the catalog holds, then (once watching) brings it in line with the folder in the background. */
  private async openListed(root: string, listed: readonly CatalogEntry[]): Promise<LibrarySummary> {
    await this.stopWatching();
    const generation = this.generation;
    this.root = root;
    this.entries = new Map(listed.map((entry) => [entry.id, entry]));
    const watching = this.startWatching(generation, root);
    this.startBackground(async (run) => {
      await watching.catch((error: unknown) => this.options.log?.(`watch error: ${String(error)}`));
      if (generation === this.generation) await this.reconcile(generation, root, run);
    });
    return this.announce();
  }

  private async announce(): Promise<LibrarySummary> {
    this.version++;
    const summary = await this.summary();
    for (const listener of this.resetListeners) listener(summary);
    return summary;
  }

  /** A watch error is logged; one that stops changes being seen is told to the analyst as well. */
  private watchFailed(generation: number, root: string, error: unknown): void {
    this.options.log?.(`watch error: ${String(error)}`);
    if (generation !== this.generation) return;
    const message = error instanceof WatchStopped ? error.message : null;
    if (message === null) return;
    for (const listener of this.problemListeners) listener({ root, message });
  }

  private startWatching(generation: number, root: string): Promise<LibraryWatcher> {
    const watching = watchLibrary(
      root,
      {
        onAdd: (path) => this.onFileEvent(generation, path, (id) => this.fileWritten(generation, root, id)),
        onChange: (path) => this.onFileEvent(generation, path, (id) => this.fileWritten(generation, root, id)),
        onUnlink: (path) => this.onFileEvent(generation, path, (id) => this.fileRemoved(root, id)),
        onError: (error) => this.watchFailed(generation, root, error),
      },
      this.options.watch,
    );
    this.watcher = watching;
    return watching;
  }

  /** Runs background work as the open folder's current run: cancellable, awaited by whenIdle(). */
  private startBackground(work: (run: BackgroundRun) => Promise<void>): BackgroundRun {
    const run = new BackgroundRun();
    this.ingest = run;
    const logged = work(run).catch((error: unknown) => this.options.log?.(`reading the library: ${String(error)}`));
    run.start(logged, () => {
      if (this.ingest !== run) return;
      this.ingest = null;
      this.touched = new Map();
    });
    return run;
  }

  /**
   * Compares the folder with what is listed, as watch events would: files gone are removed, new and
   * changed ones are read in bulk, and text left unindexed is indexed.
   */
  private async reconcile(generation: number, root: string, run: BackgroundRun, readChanges = true): Promise<void> {
    const files = await this.options.store.scan(root);
    if (generation !== this.generation) return;
    const { stale, vanished } = compareWithFolder(files, this.entries);
    for (const id of vanished) void this.inFileTurn(id, async () => this.fileRemoved(root, id));
    if (readChanges) await this.readInBackground(generation, root, stale, run);
  }

  /**
   * Reads new and changed files in steps, delivering each step as a delta and reporting progress: every
   * file is listed first and its text indexed after (one progress bar, two phases), so the whole library
   * is listed sooner. Many files are a bulk load. Text an earlier run left unindexed is indexed too.
   */
  private async readInBackground(
    generation: number,
    root: string,
    files: readonly ScannedFile[],
    run: BackgroundRun,
  ): Promise<void> {
    const current = (): boolean => !run.cancelled && generation === this.generation;
    const bulk = files.length >= (this.options.bulkLoadFrom ?? BULK_LOAD_FROM);
    const reading = files.length > 0 ? this.progressReporter(root, 'reading', files.length, run) : null;
    const step = { size: this.options.chunkSize ?? FIRST_STEP };
    const nextSize = (): number => {
      const size = step.size;
      if (this.options.chunkSize === undefined) step.size = Math.min(step.size * 2, LARGEST_STEP);
      return size;
    };
    if (bulk) await this.options.store.setBulkLoad(true);
    try {
      await inSteps(files, {
        size: nextSize,
        keepGoing: current,
        start: async (chunk) => {
          const since = this.eventCount;
          const entries = await this.options.store.catalogue(root, chunk);
          return { since, entries };
        },
        finish: (chunk, { since, entries }) => {
          if (generation !== this.generation) return;
          entries.forEach((entry, k) => {
            // A file the watcher reported meanwhile is its event's business (a newer state, or gone).
            if (entry === null || (this.touched.get(entry.id) ?? 0) > since) return;
            this.entries.set((chunk[k] as ScannedFile).id, entry);
            if (this.options.progressive) this.delta.upsert(entry.id);
          });
          reading?.advance(chunk.length);
        },
      });
    } finally {
      if (bulk) await this.options.store.setBulkLoad(false);
    }
    if (generation !== this.generation) return;
    run.markListed();
    const pending = current() ? await this.options.store.pendingIds(root) : [];
    if (generation !== this.generation) return;
    // The last report of the reading says whether the work is over, or indexing follows (the bar stays).
    reading?.finish(pending.length === 0 || !current());
    if (pending.length === 0 || !current()) return;
    const indexing = this.progressReporter(root, 'indexing', pending.length, run);
    await inSteps(pending, {
      size: () => this.options.chunkSize ?? LARGEST_STEP,
      keepGoing: current,
      start: (chunk) => this.options.store.indexPending(root, chunk),
      finish: (chunk) => indexing.advance(chunk.length),
    });
    if (generation === this.generation) indexing.finish(true);
  }

  /** Progress of one phase of a background read: throttled reports while it runs, and one at the end. */
  private progressReporter(root: string, phase: ScanProgress['phase'], total: number, run: BackgroundRun) {
    const started = performance.now();
    let done = 0;
    let lastReport = 0;
    const report = (finished: boolean): void => {
      const seconds = (performance.now() - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const progress: ScanProgress = {
        root,
        phase,
        done,
        total,
        filesPerSecond: Math.round(rate),
        etaMs: rate > 0 && !finished ? Math.round(((total - done) / rate) * 1000) : null,
        finished,
        cancelled: run.cancelled,
      };
      for (const listener of this.progressListeners) listener(progress);
    };
    report(false);
    return {
      advance: (count: number): void => {
        done = Math.min(total, done + count);
        if (performance.now() - lastReport > 200) {
          lastReport = performance.now();
          report(false);
        }
      },
      finish: (finished: boolean): void => report(finished),
    };
  }

  private onFileEvent(generation: number, path: string, work: (id: ArticleId) => Promise<void> | void): void {
    const root = this.root;
    if (root === null || generation !== this.generation) return;
    const id = toArticleId(root, path);
    // The watcher reports links by their own names: a link to a folder is not an article.
    if (id === null || !isCandidateArticleId(id)) return;
    this.touched.set(id, ++this.eventCount);
    void this.inFileTurn(id, async () => {
      if (generation === this.generation) await work(id);
    });
  }

  /** Runs work for one file after the work already queued for it; a failure is logged, never thrown. */
  private inFileTurn(id: ArticleId, work: () => Promise<void>): Promise<void> {
    const turn = (this.fileQueues.get(id) ?? Promise.resolve())
      .then(work)
      .catch((error: unknown) => this.options.log?.(`${id}: ${String(error)}`))
      .finally(() => {
        if (this.fileQueues.get(id) === turn) this.fileQueues.delete(id);
      });
    this.fileQueues.set(id, turn);
    return turn;
  }

  private async fileWritten(generation: number, root: string, id: ArticleId): Promise<void> {
    let file: ScannedFile;
    try {
      // A link that leads out of the library is no part of it, whatever its name says.
      const path = await resolveExistingArticlePath(root, id);
      const info = await stat(path);
      if (!info.isFile()) return;
      file = { id, path, size: info.size, mtimeMs: info.mtimeMs };
    } catch (error) {
      if (error instanceof OutsideLibraryError && generation === this.generation) this.fileRemoved(root, id);
      return; // removed again before it could be read: its unlink is queued behind this
    }
    const previous = this.entries.get(id);
    if (unchanged(previous, file)) return;
    const [entry] = await this.options.store.ingest(root, [file]);
    if (!entry || generation !== this.generation) return;
    this.entries.set(id, entry);
    const renamedFrom = this.renames.added(id, entry.hash, previous === undefined);
    if (renamedFrom !== null) this.delta.rename(renamedFrom, id);
    this.delta.upsert(entry.id);
  }

  private fileRemoved(root: string, id: ArticleId): void {
    const entry = this.entries.get(id);
    // Removed from the store even when not listed yet: a background step may be about to catalogue it.
    void this.options.store.remove(root, [id]).catch((error: unknown) => this.options.log?.(`${id}: ${String(error)}`));
    if (!entry) return;
    this.entries.delete(id);
    const renamedTo = this.renames.removed(id, entry.hash);
    // Without a match now, the matcher reports the removal once the rename window has passed.
    if (renamedTo !== null) this.delta.rename(id, renamedTo);
  }

  private async stopWatching(): Promise<void> {
    this.generation++;
    this.touched = new Map();
    this.renames.clear();
    this.delta.discard();
    const watcher = this.watcher;
    this.watcher = null;
    await (await watcher?.catch(() => null))?.close();
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.lifecycle.then(work);
    this.lifecycle = turn.catch(() => undefined);
    return turn;
  }

  private requireRoot(): string {
    if (this.closed) throw new Error('the library is closed');
    if (this.root === null) throw new Error('no library folder is open');
    return this.root;
  }
}

/** Throws, with the reason, unless the path is a folder that can be listed. */
async function assertFolder(root: string): Promise<void> {
  const info = await stat(root);
  if (!info.isDirectory()) throw new Error(`${root} is not a folder`);
}

/** Whether a listed entry still describes the file as scanned: same size, same modification time. */
function unchanged(entry: CatalogEntry | undefined, file: ScannedFile): boolean {
  return entry !== undefined && entry.size === file.size && entry.mtimeMs === file.mtimeMs;
}

/** Files the list lacks or holds in an older state, and listed files the folder no longer holds. */
function compareWithFolder(
  files: readonly ScannedFile[],
  listed: ReadonlyMap<ArticleId, CatalogEntry>,
): { stale: ScannedFile[]; vanished: ArticleId[] } {
  const stale = files.filter((file) => !unchanged(listed.get(file.id), file));
  const onDisk = new Set(files.map((file) => file.id));
  const vanished = [...listed.keys()].filter((id) => !onDisk.has(id));
  return { stale, vanished };
}
