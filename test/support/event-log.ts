// Records the events a test listens to, and lets it wait until they satisfy a check: the one way the
// main-process tests wait for something to happen (the timeout only turns a hang into a failure).
const TIMEOUT_MS = 10_000;

export class EventLog<T> {
  readonly events: T[] = [];
  private readonly waiters = new Set<() => void>();

  /** A listener to subscribe: each event is recorded, and waiters look again. */
  readonly record = (event: T): void => {
    this.events.push(event);
    for (const wake of this.waiters) wake();
  };

  /** Resolves once the events so far satisfy the check; `what` names it in the failure. */
  waitFor(what: string, check: (events: readonly T[]) => boolean, timeoutMs = TIMEOUT_MS): Promise<void> {
    if (check(this.events)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        reject(new Error(`no ${what} after ${timeoutMs} ms; saw ${JSON.stringify(this.events)}`));
      }, timeoutMs);
      const wake = (): void => {
        if (!check(this.events)) return;
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      this.waiters.add(wake);
    });
  }
}
