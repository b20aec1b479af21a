// The library service: opens a folder, syncs it into the catalog, watches it, and pushes each change
// to listeners as a small delta; reads and imports articles on request.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type {
  Article,
  ArticleId,
  CatalogEntry,
  ImportReport,
  IncomingFile,
  LibraryDelta,
  LibrarySnapshot,
  RenamedEntry,
} from '../../src-preload/contract';
import { parseArticle } from '../articles/parse';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../articles/types';
import type { Catalog } from './catalog';
import { importFiles } from './importer';
import { resolveExistingArticlePath, toArticleId } from './paths';
import { mapPool } from './pool';
import { readCatalogEntry } from './read-entry';
import { scanLibrary } from './scanner';
import { watchLibrary, type LibraryWatcher, type WatchOptions } from './watcher';

export interface LibraryServiceOptions {
  readonly catalog: Catalog;
  readonly maxBytes?: number;
  readonly watch?: WatchOptions;
  /** How long a removed file waits for a re-appearance under another name before it counts as removed. */
  readonly renameWindowMs?: number;
  /** Deltas are gathered for this long so a burst of files arrives as one event. */
  readonly flushMs?: number;
  readonly log?: (message: string) => void;
}

type Listener<T> = (payload: T) => void;

interface PendingRemoval {
  readonly id: ArticleId;
  readonly hash: string | null;
  readonly timer: NodeJS.Timeout;
}

export class LibraryService {
  private root: string | null = null;
  private entries = new Map<ArticleId, CatalogEntry>();
  private watcher: LibraryWatcher | null = null;
  private readonly changedListeners = new Set<Listener<LibraryDelta>>();
  private readonly resetListeners = new Set<Listener<LibrarySnapshot>>();
  private pendingRemovals = new Map<ArticleId, PendingRemoval>();
  private delta = emptyDelta();
  private flushTimer: NodeJS.Timeout | null = null;
  private readonly maxBytes: number;
  private generation = 0;

  constructor(private readonly options: LibraryServiceOptions) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  }

  get currentRoot(): string | null {
    return this.root;
  }

  onChanged(listener: Listener<LibraryDelta>): () => void {
    this.changedListeners.add(listener);
    return () => this.changedListeners.delete(listener);
  }

  onReset(listener: Listener<LibrarySnapshot>): () => void {
    this.resetListeners.add(listener);
    return () => this.resetListeners.delete(listener);
  }

  snapshot(): LibrarySnapshot {
    if (this.root === null) throw new Error('no library folder is open');
    return { root: this.root, entries: [...this.entries.values()], scanning: false };
  }

  /** Opens a library folder: reuses catalog rows for unchanged files, parses the rest, starts watching. */
  async open(root: string): Promise<LibrarySnapshot> {
    await this.stopWatching();
    const generation = ++this.generation;
    this.root = root;
    const { catalog } = this.options;
    const known = new Map(catalog.list(root).map((entry) => [entry.id, entry]));
    const files = await scanLibrary(root);
    const stale = files.filter((file) => {
      const entry = known.get(file.id);
      return !entry || entry.size !== file.size || entry.mtimeMs !== file.mtimeMs;
    });
    const fresh = await mapPool(stale, 8, async (file) => {
      try {
        return (await readCatalogEntry(file.id, file.path, this.maxBytes)).entry;
      } catch {
        return null; // vanished while scanning
      }
    });
    if (generation !== this.generation) return this.snapshot();
    const present = new Set(files.map((file) => file.id));
    catalog.batch(() => {
      for (const entry of fresh) if (entry) catalog.upsert(root, entry);
      for (const id of known.keys()) if (!present.has(id)) catalog.remove(root, id);
    });
    this.entries = new Map(catalog.list(root).map((entry) => [entry.id, entry]));
    this.watcher = await watchLibrary(
      root,
      {
        onAdd: (path) => void this.fileWritten(generation, path),
        onChange: (path) => void this.fileWritten(generation, path),
        onUnlink: (path) => this.fileRemoved(generation, path),
        onError: (error) => this.options.log?.(`watch error: ${String(error)}`),
      },
      this.options.watch,
    );
    const snapshot = this.snapshot();
    for (const listener of this.resetListeners) listener(snapshot);
    return snapshot;
  }

  async readArticle(id: ArticleId): Promise<Article> {
    const root = this.requireRoot();
    const path = await resolveExistingArticlePath(root, id);
    const bytes = await readFile(path);
    const result = parseArticle(bytes, { fileName: basename(path), maxBytes: this.maxBytes });
    if (!result.ok) throw new Error(`${id} cannot be read: ${result.error}`);
    const { words: _words, ...article } = result.article;
    return { id, ...article };
  }

  /** Files handed over by the renderer, as names and bytes. */
  async importFiles(files: readonly IncomingFile[]): Promise<ImportReport> {
    const root = this.requireRoot();
    const report = await importFiles(
      { root, maxBytes: this.maxBytes, findByHash: (hash) => this.options.catalog.findByHash(root, hash) },
      files,
    );
    // Catalogue the new files at once rather than waiting for the watcher to notice them.
    for (const { id } of report.added) await this.fileWritten(this.generation, join(root, id));
    return report;
  }

  /** Files the analyst picked in main's own open dialog. */
  async importPaths(paths: readonly string[]): Promise<ImportReport> {
    const files: IncomingFile[] = [];
    const unreadable: { name: string; reason: string }[] = [];
    for (const path of paths) {
      try {
        files.push({ name: basename(path), bytes: await readFile(path) });
      } catch (error) {
        unreadable.push({ name: basename(path), reason: `could not be read: ${(error as Error).message}` });
      }
    }
    const report = await this.importFiles(files);
    return { ...report, refused: [...unreadable, ...report.refused] };
  }

  async close(): Promise<void> {
    await this.stopWatching();
    this.options.catalog.close();
  }

  private async fileWritten(generation: number, path: string): Promise<void> {
    const root = this.root;
    if (root === null || generation !== this.generation) return;
    const id = toArticleId(root, path);
    if (id === null) return;
    let entry: CatalogEntry;
    try {
      entry = (await readCatalogEntry(id, path, this.maxBytes)).entry;
    } catch {
      return; // removed again before it could be read; the unlink event follows
    }
    if (generation !== this.generation) return;
    const previous = this.entries.get(id);
    if (previous && previous.size === entry.size && previous.mtimeMs === entry.mtimeMs && previous.hash === entry.hash) return;
    this.options.catalog.upsert(root, entry);
    this.entries.set(id, entry);
    const renamedFrom = entry.hash ? this.takePendingRemoval(entry.hash) : null;
    if (renamedFrom !== null) this.delta.renamed.push({ from: renamedFrom, to: id });
    this.delta.upserted.push(entry);
    this.scheduleFlush();
  }

  private fileRemoved(generation: number, path: string): void {
    const root = this.root;
    if (root === null || generation !== this.generation) return;
    const id = toArticleId(root, path);
    const entry = id === null ? undefined : this.entries.get(id);
    if (id === null || !entry) return;
    this.entries.delete(id);
    this.options.catalog.remove(root, id);
    const timer = setTimeout(() => {
      this.pendingRemovals.delete(id);
      this.delta.removed.push(id);
      this.scheduleFlush();
    }, this.options.renameWindowMs ?? 600);
    this.pendingRemovals.set(id, { id, hash: entry.hash, timer });
  }

  private takePendingRemoval(hash: string): ArticleId | null {
    for (const pending of this.pendingRemovals.values()) {
      if (pending.hash === hash) {
        clearTimeout(pending.timer);
        this.pendingRemovals.delete(pending.id);
        return pending.id;
      }
    }
    return null;
  }

  private scheduleFlush(): void {
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => this.flush(), this.options.flushMs ?? 30);
  }

  private flush(): void {
    this.flushTimer = null;
    const root = this.root;
    const { upserted, removed, renamed } = this.delta;
    this.delta = emptyDelta();
    if (root === null || upserted.length + removed.length + renamed.length === 0) return;
    const delta: LibraryDelta = { root, upserted, removed, renamed };
    for (const listener of this.changedListeners) listener(delta);
  }

  private async stopWatching(): Promise<void> {
    for (const pending of this.pendingRemovals.values()) clearTimeout(pending.timer);
    this.pendingRemovals.clear();
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    this.delta = emptyDelta();
    const watcher = this.watcher;
    this.watcher = null;
    await watcher?.close();
  }

  private requireRoot(): string {
    if (this.root === null) throw new Error('no library folder is open');
    return this.root;
  }
}

function emptyDelta(): { upserted: CatalogEntry[]; removed: ArticleId[]; renamed: RenamedEntry[] } {
  return { upserted: [], removed: [], renamed: [] };
}
