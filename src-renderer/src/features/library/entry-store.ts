// The catalog entries the page is showing, asked of main by id: only the ids some screen wants, one
// request in flight (a batch of at most 5,000), asked again when a change touches the file (the old entry
// shown meanwhile), dropped when no screen wants it any more. So the page never holds the whole catalog.
import type { ArticleId, CatalogEntry } from '../../../../src-preload/contract';

export type EntryLookup = (ids: ArticleId[]) => Promise<(CatalogEntry | null)[]>;

export class EntryStore {
  private readonly known = new Map<ArticleId, CatalogEntry | null>();
  private readonly wanted = new Map<ArticleId, number>();
  /** Known entries a change has touched: still shown, asked for again. */
  private readonly stale = new Set<ArticleId>();
  /** When each file was last touched by a change: an answer asked for before that is out of date. */
  private readonly touched = new Map<ArticleId, number>();
  private readonly listeners = new Set<() => void>();
  private clock = 0;
  private generation = 0;
  private busy = false;
  private failed = false;
  private view: ReadonlyMap<ArticleId, CatalogEntry | null> = new Map();

  constructor(
    private readonly lookup: EntryLookup,
    private readonly batch = 5000,
  ) {}

  /** Registers interest in these files and fetches what is not known; returns the release. */
  want(ids: readonly ArticleId[]): () => void {
    for (const id of ids) this.wanted.set(id, (this.wanted.get(id) ?? 0) + 1);
    this.failed = false;
    this.pump();
    return () => {
      for (const id of ids) {
        const left = (this.wanted.get(id) ?? 1) - 1;
        if (left > 0) this.wanted.set(id, left);
        else {
          this.wanted.delete(id);
          this.stale.delete(id);
          if (this.known.delete(id)) this.changed();
        }
      }
    };
  }

  /** The entry, null for a file not in the library, undefined while not known yet. */
  get(id: ArticleId): CatalogEntry | null | undefined {
    return this.known.get(id);
  }

  /** These files changed: what was known of them is asked for again, and shown until the answer. */
  invalidate(ids: readonly ArticleId[]): void {
    const stamp = ++this.clock;
    for (const id of ids) {
      if (!this.wanted.has(id)) continue;
      this.touched.set(id, stamp);
      if (this.known.has(id)) this.stale.add(id);
    }
    this.failed = false;
    this.pump();
  }

  /** Another library opened: nothing known holds. */
  clear(): void {
    this.generation++;
    this.busy = false;
    this.failed = false;
    this.known.clear();
    this.stale.clear();
    this.touched.clear();
    this.changed();
    this.pump();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** What is known, as a value that is replaced whenever something known changes (useSyncExternalStore). */
  readonly snapshot = (): ReadonlyMap<ArticleId, CatalogEntry | null> => this.view;

  private changed(): void {
    this.view = new Map(this.known);
    for (const listener of this.listeners) listener();
  }

  private pump(): void {
    if (this.busy || this.failed) return;
    const ids = [...this.wanted.keys()].filter((id) => !this.known.has(id) || this.stale.has(id)).slice(0, this.batch);
    if (ids.length === 0) return;
    this.busy = true;
    const asked = this.clock;
    const generation = this.generation;
    const settle = (ok: boolean): void => {
      if (generation !== this.generation) return;
      this.busy = false;
      this.failed = !ok;
      this.pump();
    };
    this.lookup(ids).then(
      (entries) => {
        if (generation !== this.generation) return;
        ids.forEach((id, i) => {
          const fresh = (this.touched.get(id) ?? 0) <= asked;
          if (!fresh || !this.wanted.has(id)) return;
          this.known.set(id, entries[i] ?? null);
          this.stale.delete(id);
        });
        this.changed();
        settle(true);
      },
      // Asked again when something changes or another screen wants an entry, not in a loop.
      () => settle(false),
    );
  }
}
