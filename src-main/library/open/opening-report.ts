// Opening a folder, as the page hears of it before the folder is open: a 'listing' report at once (finding
// a large folder's files takes a moment), then how many files were found, or that the open failed. So the
// page says a folder is being read from the moment it starts opening, never that the library is empty.
import type { ScanProgress } from '../../../src-preload/contract';

export class OpeningReport {
  constructor(
    private readonly root: string,
    private readonly emit: (progress: ScanProgress) => void,
  ) {
    this.report(0, false);
  }

  /**
   * The folder is open with `files` files found: `readFollows` when a read of them starts now (its reports
   * take over the bar), else this is the last report (a folder the catalog knew is listed at once).
   */
  found(files: number, readFollows: boolean): void {
    this.report(files, !readFollows);
  }

  /** The folder could not be opened: the library open before stays, and the page stops saying it opens. */
  failed(): void {
    this.report(0, true);
  }

  private report(files: number, finished: boolean): void {
    const { root } = this;
    this.emit({
      root,
      phase: 'listing',
      done: files,
      total: files,
      filesPerSecond: 0,
      etaMs: null,
      finished,
      cancelled: false,
    });
  }
}
