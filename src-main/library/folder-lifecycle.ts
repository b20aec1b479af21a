// Which folder the library service has open, and the turns opening and closing take: one open() or
// close() at a time, so a watcher is never left running for a folder no longer open. A folder replaced by
// another stops in the background; close() waits for every one of them.
import type { OpenFolder } from './open/open-folder';

export class FolderLifecycle {
  private folder: OpenFolder | null = null;
  private closed = false;
  private turns: Promise<unknown> = Promise.resolve();
  private stopping: Promise<unknown> = Promise.resolve();

  constructor(private readonly log: (message: string) => void) {}

  /** The open folder, if any (closed or not). */
  get open(): OpenFolder | null {
    return this.folder;
  }

  /** The open folder; throws when none is open or the service is closed. */
  current(): OpenFolder {
    if (this.closed) throw new Error('the library is closed');
    if (this.folder === null) throw new Error('no library folder is open');
    return this.folder;
  }

  /** Runs open or close work once the work before it is through (failed or not). */
  inTurn<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.turns.then(work);
    this.turns = turn.catch(() => undefined);
    return turn;
  }

  /** Waits for the turn under way, then asks the folder it left open (if any). */
  async afterTurn(ask: (folder: OpenFolder) => Promise<void>): Promise<void> {
    await this.turns;
    if (this.folder) await ask(this.folder);
  }

  /** Makes `next` the open folder; the one it replaces stops without being waited for. */
  replace(next: OpenFolder | null): void {
    const stopped = this.folder?.stop().catch((error: unknown) => this.log(`closing: ${String(error)}`));
    this.stopping = Promise.all([this.stopping, stopped]);
    this.folder = next;
  }

  /** Stops the open folder for good; resolves once every folder ever opened has stopped. Call in a turn. */
  async close(): Promise<boolean> {
    if (this.closed) return false;
    this.closed = true;
    this.replace(null);
    await this.stopping;
    return true;
  }
}
