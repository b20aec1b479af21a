// The library service: opens a folder (open-folder.ts keeps it listed, watched and read into the catalog),
// imports files into it and tells whoever listens what changed; what it answers about the open folder is in
// library-reads.ts. A folder that cannot be opened stays the library, listing nothing, until retry() finds
// it. Opening and closing take turns.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type * as C from '../../src-preload/contract';
import { removeStaleTemps } from '../files/atomic-write';
import { Emitter, type Listener } from '../services/emitter';
import { importFiles, importPickedPaths } from './importer';
import { folderParts, maxBytesOf, type LibraryServiceOptions } from './library-options';
import { OpenFolder, type FolderParts } from './open/open-folder';
import { OpeningReport } from './open/opening-report';
import { LibraryReads } from './library-reads';
import { folderProblem } from './unavailable';

export type { LibraryServiceOptions } from './library-options';

export class LibraryService extends LibraryReads {
  private readonly changed = new Emitter<C.LibraryDelta>();
  private readonly reset = new Emitter<C.LibrarySummary>();
  private readonly progress = new Emitter<C.ScanProgress>();
  private readonly problem = new Emitter<C.LibraryProblem>();

  private readonly parts: FolderParts;

  constructor(options: LibraryServiceOptions) {
    super(options);
    this.parts = folderParts(options, {
      changed: (delta) => this.changed.emit({ ...delta, version: ++this.version }),
      progress: (progress) => this.progress.emit(progress),
      problem: (problem) => {
        if (problem.root === this.folders.open?.root) this.problemNow = problem;
        this.problem.emit(problem);
      },
    });
  }

  onChanged = (listener: Listener<C.LibraryDelta>): (() => void) => this.changed.on(listener);
  onReset = (listener: Listener<C.LibrarySummary>): (() => void) => this.reset.on(listener);
  onProgress = (listener: Listener<C.ScanProgress>): (() => void) => this.progress.on(listener);
  /** Problems the analyst should hear of (the folder gone, changes no longer seen), as they happen. */
  onProblem = (listener: Listener<C.LibraryProblem>): (() => void) => this.problem.on(listener);

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
      // The page says the folder is being read from now on (finding the files of a large one takes a while).
      const opening = new OpeningReport(path, (progress) => this.progress.emit(progress));
      try {
        return await this.openNow(path, opening);
      } catch (error) {
        opening.failed();
        throw error;
      }
    });
  }

  /** open()'s work, in its turn; `opening` has told the page the folder is opening. */
  private async openNow(path: string, opening: OpeningReport): Promise<C.LibrarySummary> {
    await this.options.phaseGate?.(path, 'listing');
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
    // After the new summary, so the page never shows the old library between the two.
    opening.found(scanned?.length ?? listed.length, scanned !== null && scanned.length > 0);
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
