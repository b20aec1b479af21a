// Watches the library folder with chokidar and reports article files added, changed and removed.
// Writes are reported once the file has stopped growing, so a half-written file is read whole.
import { watch, type FSWatcher } from 'chokidar';
import { basename } from 'node:path';
import { isCandidateArticle, isHiddenOrTemp } from './file-filter';

export interface WatchHandlers {
  onAdd(path: string): void;
  onChange(path: string): void;
  onUnlink(path: string): void;
  onError(error: unknown): void;
}

export interface LibraryWatcher {
  close(): Promise<void>;
}

export interface WatchOptions {
  /** How long a file's size must hold still before it counts as written. */
  readonly stableMs?: number;
  readonly usePolling?: boolean;
}

export async function watchLibrary(root: string, handlers: WatchHandlers, options: WatchOptions = {}): Promise<LibraryWatcher> {
  const stableMs = options.stableMs ?? 200;
  const watcher: FSWatcher = watch(root, {
    ignoreInitial: true,
    followSymlinks: false,
    usePolling: options.usePolling ?? false,
    interval: 100,
    awaitWriteFinish: { stabilityThreshold: stableMs, pollInterval: Math.max(25, Math.floor(stableMs / 4)) },
    ignored: (path, stats) => {
      if (path === root) return false;
      const name = basename(path);
      if (isHiddenOrTemp(name)) return true;
      return stats?.isFile() === true && !isCandidateArticle(name);
    },
  });
  watcher.on('add', (path) => handlers.onAdd(path));
  watcher.on('change', (path) => handlers.onChange(path));
  watcher.on('unlink', (path) => handlers.onUnlink(path));
  watcher.on('error', (error) => handlers.onError(error));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return { close: () => watcher.close() };
}
