// One open library folder, from open() until the next open() or close(): what it lists, its watcher, and
// its background runs. Once stopped it is inactive, and work begun for it drops its results.
import type { ArticleId, CatalogEntry, ScanProgress } from '../../../src-preload/contract';
import type { CatalogStore } from '../../catalog/catalog-store';
import { readInBackground, type ReadOptions } from './background-read';
import { BackgroundRun } from './background-run';
import { diffFolder } from './folder-diff';
import { LibraryChanges, type ChangeOptions } from './library-changes';
import type { FolderEvents } from '../library-options';
import { Listing } from './listing';
import { LiveUpdates, type WatchFolder } from './live-updates';
import type { ScanFolder, ScannedFile } from '../scanner';
import type { WatchOptions } from '../watcher';

/** What every open folder is made with: the service's parts and where its events go. */
export interface FolderParts extends FolderEvents {
  readonly store: CatalogStore;
  readonly scan: ScanFolder;
  readonly watch: WatchFolder;
  readonly watchOptions: WatchOptions | undefined;
  readonly reading: ReadOptions;
  readonly changes: ChangeOptions;
  readonly log: (message: string) => void;
}

export class OpenFolder {
  readonly changes: LibraryChanges;
  private readonly live: LiveUpdates;
  private active = true;
  private run: BackgroundRun | null = null;
  private started = false;
  private watching: Promise<unknown> = Promise.resolve();
  private listed: Promise<void> = Promise.resolve();
  private idle: Promise<void> = Promise.resolve();
  private reported: ScanProgress | null = null;

  constructor(
    readonly root: string,
    listed: readonly CatalogEntry[],
    private readonly parts: FolderParts,
  ) {
    this.changes = new LibraryChanges(new Listing(listed), parts.changes, (changes) =>
      parts.changed({ root, ...changes }),
    );
    const isActive = (): boolean => this.active;
    this.live = new LiveUpdates({ ...parts, root, changes: this.changes, active: isActive });
  }

  get listing(): Listing {
    return this.changes.listing;
  }

  /** Whether a background run is under way, or about to be: every folder starts with one. */
  get scanning(): boolean {
    return !this.started || this.run !== null;
  }

  /**
   * Starts watching and reading. A folder seen before is compared with its list once the watcher runs; a
   * first open reads the files its scan found now, and catches up with what changed meanwhile after.
   */
  start(scanned: readonly ScannedFile[] | null): void {
    this.started = true;
    const { log } = this.parts;
    const watching = this.live.start(this.parts.watch, this.parts.watchOptions);
    this.watching = watching;
    const started = watching.catch((error: unknown) => log(`watch error: ${String(error)}`));
    const first = this.background(async (run) => {
      if (scanned) return this.read(run, scanned);
      await started;
      if (this.active) await this.catchUp(run, true);
    });
    this.listed = first.listed;
    this.idle = (async () => {
      await first.done;
      if (!scanned) return;
      await started;
      // A read the analyst cancelled stays cancelled: only removals are caught up with until the next open.
      if (this.active) await this.background((run) => this.catchUp(run, !first.cancelled)).done;
    })();
  }

  /** The read under way as last reported to the page, null when none is (the summary carries it). */
  get progress(): ScanProgress | null {
    return this.reported;
  }

  /** Resolves once the files the open found are all listed (their text may still be indexing). */
  whenListed(): Promise<void> {
    return this.listed;
  }

  /** Resolves once the open's reads and catch-up are through and no file's work is queued. */
  async whenIdle(): Promise<void> {
    await this.idle;
    await this.live.drained();
  }

  /** Resolves once the watcher runs (rejects if it could not start); changes are then live. */
  async whenWatching(): Promise<void> {
    await this.watching;
  }

  cancelScan(): void {
    this.run?.cancel();
  }

  /** A file just written into the folder (an import): catalogued at once, not when the watcher sees it. */
  fileWritten(id: ArticleId): Promise<void> {
    return this.live.written(id);
  }

  /** Makes the folder inactive and closes its watcher; resolves once its runs and file work are through. */
  async stop(): Promise<void> {
    this.active = false;
    this.run?.cancel();
    this.changes.discard();
    await this.live.stop();
    await Promise.all([this.idle, this.live.drained()]);
  }

  /** Runs background work as the folder's current run: cancellable, awaited by whenIdle(). */
  private background(work: (run: BackgroundRun) => Promise<void>): BackgroundRun {
    const run = new BackgroundRun(work, this.parts.log);
    this.run = run;
    void run.done.then(() => {
      if (this.run !== run) return;
      this.run = null;
      this.listing.forgetOrder();
      // The summary's `scanning` turned false: the page hears of it even when the run changed no file.
      if (this.active) this.parts.changed({ root: this.root, upserted: [], removed: [], renamed: [] });
    });
    return run;
  }

  private read(run: BackgroundRun, files: readonly ScannedFile[]): Promise<void> {
    const target = {
      root: this.root,
      store: this.parts.store,
      active: () => this.active,
      written: (result: Parameters<LibraryChanges['written']>[0]) => this.changes.written(result, 'background'),
      progress: (progress: ScanProgress) => {
        this.reported = progress.finished ? null : progress;
        this.parts.progress(progress);
      },
    };
    return readInBackground(target, run, files, this.parts.reading);
  }

  /**
   * Compares the folder with what is listed, as watch events would: files gone are removed, new and
   * changed ones are read in bulk, and text left unindexed is indexed.
   */
  private async catchUp(run: BackgroundRun, readChanges: boolean): Promise<void> {
    const files = await this.parts.scan(this.root);
    if (!this.active) return;
    const { stale, vanished } = diffFolder(files, this.listing);
    for (const id of vanished) void this.live.removed(id);
    if (readChanges) await this.read(run, stale);
  }
}
