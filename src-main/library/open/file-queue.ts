// Work queued per file: each file's work runs after the work queued for that file before it, so a file's
// events take effect in the order they came (a read begun before an unlink cannot land after it); work for
// different files runs side by side. A failure is logged, never thrown.
export class FileQueue {
  private readonly turns = new Map<string, Promise<void>>();

  constructor(private readonly log: (message: string) => void) {}

  run(id: string, work: () => Promise<void>): Promise<void> {
    const turn = (this.turns.get(id) ?? Promise.resolve())
      .then(work)
      .catch((error: unknown) => this.log(`${id}: ${String(error)}`))
      .finally(() => {
        if (this.turns.get(id) === turn) this.turns.delete(id);
      });
    this.turns.set(id, turn);
    return turn;
  }

  /** Resolves once no work is queued, including work queued while waiting. */
  async drained(): Promise<void> {
    while (this.turns.size > 0) await Promise.all(this.turns.values());
  }
}
