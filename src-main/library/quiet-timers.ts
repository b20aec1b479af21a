// One timer per path that restarts on each new event and fires once the path has been quiet for a while:
// how the watcher waits until a file is written whole.

export class QuietTimers {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly fire: (path: string) => void) {}

  /** (Re)starts the quiet period of a path; `fire` runs once no restart has come for `delay` ms. */
  restart(path: string, delay: number): void {
    const timer = this.timers.get(path);
    if (timer) clearTimeout(timer);
    this.timers.set(
      path,
      setTimeout(() => {
        this.timers.delete(path);
        this.fire(path);
      }, delay),
    );
  }

  /** Whether the path waits for its quiet period to end (a newer event came after an older check began). */
  waiting(path: string): boolean {
    return this.timers.has(path);
  }

  clear(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
