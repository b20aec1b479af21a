// What a watcher under the bench reported: each event with the time it came and the file's size then, and
// promises that resolve once an expected event has come.
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import type { WatchHandlers } from '../../../src-main/library/watch-contract';

export type EventKind = 'add' | 'change' | 'unlink';

export interface LoggedEvent {
  readonly kind: EventKind;
  /** Relative to the watched root, with forward slashes. */
  readonly id: string;
  readonly at: number;
  /** The file's size when it was reported (-1 once it is gone). */
  readonly size: number;
}

export class EventLog {
  readonly events: LoggedEvent[] = [];
  readonly errors: unknown[] = [];
  private readonly waiters = new Set<() => void>();

  constructor(private readonly root: string) {}

  readonly handlers: WatchHandlers = {
    onAdd: (path) => this.push('add', path),
    onChange: (path) => this.push('change', path),
    onUnlink: (path) => this.push('unlink', path),
    onError: (error) => void this.errors.push(error),
  };

  private push(kind: EventKind, path: string): void {
    let size = -1;
    try {
      size = statSync(path).size;
    } catch {
      // gone again: the size says so
    }
    const id = relative(this.root, path).split('\\').join('/');
    this.events.push({ kind, id, at: performance.now(), size });
    for (const wake of this.waiters) wake();
  }

  find(kind: EventKind, id: string, since = 0): LoggedEvent | undefined {
    return this.events.find((e) => e.kind === kind && e.id === id && e.at >= since);
  }

  /** The first such event at or after `since`, or null when none came within `timeoutMs`. */
  waitFor(kind: EventKind, id: string, timeoutMs: number, since = 0): Promise<LoggedEvent | null> {
    const found = this.find(kind, id, since);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        resolve(null);
      }, timeoutMs);
      const wake = (): void => {
        const event = this.find(kind, id, since);
        if (!event) return;
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve(event);
      };
      this.waiters.add(wake);
    });
  }

  /** Events about ids under a prefix ("cases/remade/"), at or after `since`, as "kind id" strings. */
  under(prefix: string, since = 0): string[] {
    return this.events.filter((e) => e.at >= since && e.id.startsWith(prefix)).map((e) => `${e.kind} ${e.id}`);
  }
}
