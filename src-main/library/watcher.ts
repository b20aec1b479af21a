// Watches the library folder and reports article files added, changed and removed: on Linux with one
// fs.watch per folder (not per file, so 100,000 files cost a few hundred handles); on macOS and Windows
// with one recursive watch of the root (there a watch per folder would lock folders against renaming, or
// drop events as the shared event stream is rebuilt). A write is reported once the file has held still
// for a moment, so a half-written file is read whole. `npm run bench -- --only watcher` compares it.
import { watch } from 'node:fs';
import { FolderWatcher } from './folder-watcher';
import type { TreeWatch, WatchHandlers } from './watch-contract';

export { WatchStopped, type WatchHandlers } from './watch-contract';

export interface LibraryWatcher {
  close(): Promise<void>;
}

export interface WatchOptions {
  /** How long a file must go without a write before it counts as written. */
  readonly stableMs?: number;
  /** One recursive watch of the root instead of one per folder; by default on macOS and Windows. */
  readonly recursive?: boolean;
}

const MAC_OR_WINDOWS = process.platform === 'darwin' || process.platform === 'win32';

/** Node's recursive fs.watch: native on macOS and Windows, emulated one folder at a time on Linux. */
export const nodeRecursiveWatch: TreeWatch = (root, onEvent, onError) => {
  const handle = watch(root, { persistent: false, recursive: true }, (event, name) =>
    onEvent(event === 'rename' ? 'rename' : 'change', name),
  );
  handle.on('error', onError);
  return Promise.resolve(handle);
};

/** Starts watching; resolves once every folder under the root is watched. */
export async function watchLibrary(
  root: string,
  handlers: WatchHandlers,
  options: WatchOptions = {},
): Promise<LibraryWatcher> {
  const recursive = options.recursive ?? MAC_OR_WINDOWS;
  const watcher = new FolderWatcher(root, handlers, options.stableMs ?? 200, recursive ? nodeRecursiveWatch : null);
  await watcher.start();
  return watcher;
}
