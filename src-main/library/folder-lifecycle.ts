// Which folder the library service has open (or could not open, and why), and the turns opening and
// closing take: one open() or close() at a time, so a watcher is never left running for a folder no longer
// open. A folder replaced by another stops in the background; close() waits for every one of them.
import type { LibraryProblem } from '../../src-preload/contract';
import type { OpenFolder } from './open/open-folder';

export class FolderLifecycle {
  private folder: OpenFolder | null = null;
  private missing: LibraryProblem | null = null;
  private closed = false;
  private turns: Promise<unknown> = Promise.resolve();
  private stopping: Promise<unknown> = Promise.resolve();

  constructor(private readonly log: (message: string) => void) {}

  /** The open folder, if any (closed or not). */
  get open(): OpenFolder | null {
    return this.folder;
  }

  /** The folder the analyst chose that could not be opened, with the reason; null while one is open. */
  get unavailable(): LibraryProblem | null {
    return this.closed ? null : this.missing;
  }

  /** The open folder; throws when none is open (saying why, if one could not be) or the service is closed. */
  current(): OpenFolder {
    if (this.closed) throw new Error('the library is closed');
    if (this.folder === null) throw new Error(this.missing?.message ?? 'no library folder is open');
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

  /**
   * Makes `next` the open folder, or none with the folder that could not be opened; the one it replaces
   * stops without being waited for.
   */
  replace(next: OpenFolder | null, missing: LibraryProblem | null = null): void {
    const stopped = this.folder?.stop().catch((error: unknown) => this.log(`closing: ${String(error)}`));
    this.stopping = Promise.all([this.stopping, stopped]);
    this.folder = next;
    this.missing = next === null ? missing : null;
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
