// Gathers library changes for a moment and hands them on as one delta, so a burst of files costs
// the page one update rather than hundreds.
import type { ArticleId, LibraryDelta, RenamedEntry } from '../../../src-preload/contract';

export class DeltaBuffer {
  private upserted = new Set<ArticleId>();
  private removed: ArticleId[] = [];
  private renamed: RenamedEntry[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly flushMs: number,
    private readonly deliver: (delta: Omit<LibraryDelta, 'root' | 'version'>) => void,
  ) {}

  upsert(id: ArticleId): void {
    this.upserted.add(id);
    this.schedule();
  }

  remove(id: ArticleId): void {
    this.removed.push(id);
    this.schedule();
  }

  rename(from: ArticleId, to: ArticleId): void {
    this.renamed.push({ from, to });
    this.schedule();
  }

  /** Drops what is gathered without delivering it: the folder it belongs to is no longer open. */
  discard(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.upserted = new Set();
    this.removed = [];
    this.renamed = [];
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => this.flush(), this.flushMs);
  }

  private flush(): void {
    const delta = { upserted: [...this.upserted], removed: this.removed, renamed: this.renamed };
    this.timer = null;
    this.upserted = new Set();
    this.removed = [];
    this.renamed = [];
    if (delta.upserted.length + delta.removed.length + delta.renamed.length > 0) this.deliver(delta);
  }
}
