// What the parts of the library watcher share: the handlers it reports to, the error that says watching
// has stopped, and the shape of a watch of the whole tree (so a source can be swapped, and compared).
import { lstat } from 'node:fs/promises';
import { errorCode } from './fs-errors';

export interface WatchHandlers {
  onAdd(path: string): void;
  onChange(path: string): void;
  onUnlink(path: string): void;
  onError(error: unknown): void;
}

/** A watch error after which changes are no longer seen (the library folder itself went away). */
export class WatchStopped extends Error {}

/**
 * One watch of the whole tree: `onEvent` names a path relative to the root ('rename' when something came or
 * went there), or null when anything may have changed. Resolves once events flow.
 */
export type TreeWatch = (
  root: string,
  onEvent: (event: 'rename' | 'change', relative: string | null) => void,
  onError: (error: unknown) => void,
) => Promise<{ close(): void | Promise<void> }>;

/** Null while the library folder is there; else the error that tells the analyst it went away. */
export async function rootGone(root: string): Promise<WatchStopped | null> {
  try {
    await lstat(root);
    return null;
  } catch (error) {
    const reason =
      errorCode(error) === 'ENOENT'
        ? 'was deleted, moved or renamed'
        : `cannot be read (${errorCode(error) || String(error)})`;
    return new WatchStopped(
      `The library folder ${root} ${reason}. Changes are no longer seen: choose the folder again, or another one.`,
    );
  }
}
