// Keeps an open folder in step with it while it is open: the watcher's events (and imports) are read into
// the catalog, each file's in the order they came, and reported. The watch function is injected: the app's
// is watcher.ts, tests drive a fake.
import { stat } from 'node:fs/promises';
import type { ArticleId, LibraryProblem } from '../../../src-preload/contract';
import type { CatalogStore } from '../../catalog/catalog-store';
import { isCandidateFileId } from '../file-filter';
import { FileQueue } from './file-queue';
import { unchanged } from './folder-diff';
import type { LibraryChanges } from './library-changes';
import { OutsideLibraryError, resolveExistingArticlePath, toArticleId } from '../paths';
import type { ScannedFile } from '../scanner';
import { WatchStopped, type LibraryWatcher, type watchLibrary, type WatchOptions } from '../watcher';

/** Starts watching a folder: watchLibrary (watcher.ts), or a test's fake. */
export type WatchFolder = typeof watchLibrary;

/** What live updates need of the open folder they keep up. */
export interface LiveFolder {
  readonly root: string;
  readonly store: CatalogStore;
  readonly changes: LibraryChanges;
  /** False once the folder is closed or another is opened: events are then dropped. */
  readonly active: () => boolean;
  readonly problem: (problem: LibraryProblem) => void;
  readonly log: (message: string) => void;
}

export class LiveUpdates {
  private readonly queue: FileQueue;
  private watcher: Promise<LibraryWatcher> | null = null;

  constructor(private readonly folder: LiveFolder) {
    this.queue = new FileQueue(folder.log);
  }

  /** Starts the watcher; it resolves once it is running (on a large folder it takes a moment to walk it). */
  start(watch: WatchFolder, options?: WatchOptions): Promise<LibraryWatcher> {
    const onWritten = (path: string): void => this.onEvent(path, (id) => this.written(id));
    this.watcher = watch(
      this.folder.root,
      {
        onAdd: onWritten,
        onChange: onWritten,
        onUnlink: (path) => this.onEvent(path, (id) => this.removed(id)),
        onError: (error) => this.failed(error),
      },
      options,
    );
    return this.watcher;
  }

  /**
   * A file written (or imported): read into the catalog once the work queued for it is done. Ids here are
   * files' ids: a feed's items are read, kept, added and removed with their file.
   */
  written(id: string): Promise<void> {
    return this.queue.run(id, () => this.readFile(id));
  }

  removed(id: string): Promise<void> {
    return this.queue.run(id, () => this.removeFile(id));
  }

  /** Resolves once no file's work is queued. */
  drained(): Promise<void> {
    return this.queue.drained();
  }

  /** Closes the watcher, once it has started if it is still starting. */
  async stop(): Promise<void> {
    const watcher = this.watcher;
    this.watcher = null;
    await (await watcher?.catch(() => null))?.close();
  }

  private onEvent(path: string, work: (id: ArticleId) => Promise<void>): void {
    if (!this.folder.active()) return;
    const id = toArticleId(this.folder.root, path);
    // The watcher reports links by their own names: a link to a folder is not an article.
    if (id === null || !isCandidateFileId(id)) return;
    void work(id);
  }

  private async readFile(id: ArticleId): Promise<void> {
    const { root, store, changes } = this.folder;
    if (!this.folder.active()) return;
    let file: ScannedFile;
    try {
      // A link that leads out of the library is no part of it, whatever its name says.
      const path = await resolveExistingArticlePath(root, id);
      const info = await stat(path);
      if (!info.isFile()) return;
      file = { id, path, size: info.size, mtimeMs: info.mtimeMs };
    } catch (error) {
      if (error instanceof OutsideLibraryError) await this.removeFile(id);
      return; // removed again before it could be read: its unlink is queued behind this
    }
    if (unchanged(changes.listing.ofFile(id), file)) return;
    const result = await store.ingest(root, [file]);
    if (this.folder.active()) changes.written(result, 'event');
  }

  private async removeFile(id: ArticleId): Promise<void> {
    if (!this.folder.active()) return;
    // Removed from the store even when not listed yet: a background step may be about to catalogue it, and
    // this write is newer than that step's.
    const result = await this.folder.store.remove(this.folder.root, [id]);
    if (this.folder.active()) this.folder.changes.written(result, 'event');
  }

  /** A watch error is logged; one that stops changes being seen is told to the analyst as well. */
  private failed(error: unknown): void {
    this.folder.log(`watch error: ${String(error)}`);
    if (this.folder.active() && error instanceof WatchStopped)
      this.folder.problem({ root: this.folder.root, message: error.message });
  }
}
