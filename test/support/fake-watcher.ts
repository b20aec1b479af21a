// A watch function for service tests, in place of watchLibrary: each folder watched gets a FakeWatcher that
// the test drives, reporting add, change, unlink and errors when the test says. Starts can be held, to open
// a folder while its watcher is still starting.
import { join } from 'node:path';
import type { WatchFolder } from '../../src-main/library/open/live-updates';
import type { LibraryWatcher, WatchHandlers } from '../../src-main/library/watcher';
import { Gate } from './gate';

export class FakeWatcher implements LibraryWatcher {
  closed = false;

  constructor(
    readonly root: string,
    private readonly handlers: WatchHandlers,
  ) {}

  // Each reports the file at this forward-slash id under the root, as the real watcher reports paths. A
  // closed fake still reports: an event may be under way as a real watcher closes, and must be ignored.
  add(id: string): void {
    this.handlers.onAdd(this.pathOf(id));
  }

  change(id: string): void {
    this.handlers.onChange(this.pathOf(id));
  }

  unlink(id: string): void {
    this.handlers.onUnlink(this.pathOf(id));
  }

  error(error: unknown): void {
    this.handlers.onError(error);
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }

  private pathOf(id: string): string {
    return join(this.root, ...id.split('/'));
  }
}

export class FakeWatch {
  /** Every watcher started, in order. */
  readonly started: FakeWatcher[] = [];
  private held: Promise<void> | null = null;
  private readonly waiting = new Set<() => void>();

  /** The function to pass as the service's `watch` option. */
  readonly watch: WatchFolder = async (root, handlers) => {
    const watcher = new FakeWatcher(root, handlers);
    this.started.push(watcher);
    for (const wake of this.waiting) wake();
    await this.held;
    return watcher;
  };

  /** The watcher of this folder started last. */
  of(root: string): FakeWatcher {
    const watcher = this.started.findLast((started) => started.root === root);
    if (!watcher) throw new Error(`no watcher was started for ${root}`);
    return watcher;
  }

  /** Watchers started and not closed. */
  open(): FakeWatcher[] {
    return this.started.filter((watcher) => !watcher.closed);
  }

  /** Holds every start from now until the returned function is called. */
  holdStarts(): () => void {
    const gate = new Gate();
    this.held = gate.opened;
    return () => {
      this.held = null;
      gate.release();
    };
  }

  /** Resolves once this many watchers have been started (held or not). */
  startedCount(count: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        if (this.started.length < count) return;
        this.waiting.delete(wake);
        resolve();
      };
      this.waiting.add(wake);
      wake();
    });
  }
}
