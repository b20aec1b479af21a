// One background run of an open folder (a read of its files, or a catch-up with it): cancellable between
// steps, with a promise for "every file listed" and one for "done". A failure is logged, never thrown.
export class BackgroundRun {
  private stopped = false;
  private resolveListed: () => void = () => undefined;
  readonly listed = new Promise<void>((resolve) => (this.resolveListed = resolve));
  readonly done: Promise<void>;

  constructor(work: (run: BackgroundRun) => Promise<void>, log: (message: string) => void) {
    this.done = work(this)
      .catch((error: unknown) => log(`reading the library: ${String(error)}`))
      .finally(() => this.resolveListed());
  }

  get cancelled(): boolean {
    return this.stopped;
  }

  /** Stops the run before its next step; what it wrote stays written. */
  cancel(): void {
    this.stopped = true;
  }

  markListed(): void {
    this.resolveListed();
  }
}
