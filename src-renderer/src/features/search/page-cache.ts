// The pages of a long list that main sends a page at a time (the library list, search hits), kept for
// one query at one library version: the pages in view are fetched, one request in flight, the latest query
// and range winning. A new version of the same query keeps showing the old pages until the new arrive; a
// new query keeps showing the last answered one, rows, total and query together, until its first answer,
// so the list never shows one query's total over blank rows or another query's rows.

/** A page as main answers it: the whole list's length and the items of the page. */
export interface PageAnswer<T> {
  readonly total: number;
  readonly items: readonly T[];
}

export type PageLoader<Q, A> = (query: Q, offset: number, limit: number) => Promise<A>;

export interface PageView<Q, T, A> {
  /** The query the rows and total shown are for: the last one answered (the query typed may be newer). */
  readonly query: Q | null;
  /** The list's length; null until the first answer. */
  readonly total: number | null;
  /** The latest answer for this query, for what it says besides its items. */
  readonly latest: A | null;
  readonly error: unknown;
  readonly at: (index: number) => T | undefined;
}

export class PageCache<Q, T, A extends PageAnswer<T>> {
  private key: string | null = null;
  private query: Q | null = null;
  private version: string | number | null = null;
  private pages = new Map<number, readonly T[]>();
  private stale = new Map<number, readonly T[]>();
  private range = { start: 0, end: 1 };
  private busy = false;
  private failedAt: string | null = null;
  private answer: Omit<PageView<Q, T, A>, 'at'> = { query: null, total: null, latest: null, error: null };
  private view: PageView<Q, T, A> = { ...this.answer, at: () => undefined };
  /** The pages of the query shown while a new query waits for its first answer. */
  private shownPages: ReadonlyMap<number, readonly T[]> = new Map();
  private answered = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly load: PageLoader<Q, A>,
    private readonly pageSize = 100,
  ) {}

  /**
   * Shows this query at this library version. A new version keeps the old pages in view until the new
   * ones arrive; a new query starts at the top, with the last answered query shown until its first answer.
   */
  show(query: Q, version: string | number): void {
    const key = JSON.stringify(query);
    if (key === this.key && version === this.version) return;
    if (key === this.key) this.stale = new Map([...this.stale, ...this.pages]);
    else {
      if (this.answered) this.shownPages = this.mergedPages();
      this.answered = false;
      this.stale = new Map();
      this.range = { start: 0, end: 1 };
    }
    this.pages = new Map();
    this.key = key;
    this.query = query;
    this.version = version;
    this.publish();
    this.pump();
  }

  /** The rows in view (end exclusive), to fetch the pages they lie on. */
  readonly want = (start: number, end: number): void => {
    this.range = { start, end: Math.max(start + 1, end) };
    this.pump();
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): PageView<Q, T, A> => this.view;

  private current(): string {
    return `${String(this.version)}\u0000${this.key}`;
  }

  private pump(): void {
    if (this.busy || this.query === null || this.failedAt === this.current()) return;
    const last = Math.floor((this.range.end - 1) / this.pageSize);
    let page = Math.floor(this.range.start / this.pageSize);
    while (page <= last && this.pages.has(page)) page++;
    if (page > last) return;
    const asked = this.current();
    const askedQuery = this.key;
    const query = this.query;
    this.busy = true;
    this.load(this.query, page * this.pageSize, this.pageSize).then(
      (answer) => {
        this.busy = false;
        // An answer to an older query is dropped. One for this query at an older version is still newer than
        // what is shown (one request in flight): shown until the current version's answer replaces it, so a
        // steady stream of changes (a first read) cannot keep the list from moving.
        if (askedQuery === this.key) {
          (asked === this.current() ? this.pages : this.stale).set(page, answer.items);
          this.answered = true;
          this.shownPages = new Map();
          this.answer = { query, total: answer.total, latest: answer, error: null };
          this.publish();
        }
        this.pump();
      },
      (error: unknown) => {
        this.busy = false;
        if (asked === this.current()) {
          this.failedAt = asked; // not asked again in a loop: a new query or version tries again
          this.answer = { ...this.answer, error };
          this.publish();
        }
        this.pump();
      },
    );
  }

  private mergedPages(): Map<number, readonly T[]> {
    return new Map([...this.stale, ...this.pages]);
  }

  private publish(): void {
    const { pageSize } = this;
    const pages = this.answered ? this.mergedPages() : this.shownPages;
    this.view = {
      ...this.answer,
      at: (index) => pages.get(Math.floor(index / pageSize))?.[index % pageSize],
    };
    for (const listener of this.listeners) listener();
  }
}
