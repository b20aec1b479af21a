// Pairs a file that went away with one that appeared with the same content within a short window, in
// either order (watchers do not agree on the order), so a rename or move reads as one rename.
import type { ArticleId } from '../../../src-preload/contract';

interface Held {
  readonly id: ArticleId;
  readonly hash: string | null;
  readonly timer: NodeJS.Timeout;
}

export class RenameMatcher {
  private readonly removals = new Map<ArticleId, Held>();
  private readonly arrivals = new Map<ArticleId, Held>();

  constructor(
    private readonly windowMs: number,
    /** Called for a removal that no file with the same content answered within the window. */
    private readonly onRemoved: (id: ArticleId) => void,
  ) {}

  /** A file was written; `isNew` when its id was not in the library. Returns the id it was renamed from. */
  added(id: ArticleId, hash: string | null, isNew: boolean): ArticleId | null {
    // Back under its own name (editors save by delete-and-write): it was never removed.
    this.release(this.removals, id);
    const from = findByHash(this.removals, hash);
    if (from !== null) {
      this.release(this.removals, from);
      return from;
    }
    if (isNew && hash !== null) this.hold(this.arrivals, id, hash, () => undefined);
    return null;
  }

  /** A file went away. Returns the id it was renamed to when that file has already appeared; otherwise
   * the removal waits out the window for it, then goes to onRemoved. */
  removed(id: ArticleId, hash: string | null): ArticleId | null {
    this.release(this.arrivals, id);
    const to = findByHash(this.arrivals, hash);
    if (to !== null) {
      this.release(this.arrivals, to);
      return to;
    }
    this.hold(this.removals, id, hash, () => this.onRemoved(id));
    return null;
  }

  /** Forgets everything held, reporting nothing: the folder is being closed or replaced. */
  clear(): void {
    for (const held of [...this.removals.values(), ...this.arrivals.values()]) clearTimeout(held.timer);
    this.removals.clear();
    this.arrivals.clear();
  }

  private hold(map: Map<ArticleId, Held>, id: ArticleId, hash: string | null, expire: () => void): void {
    this.release(map, id);
    const timer = setTimeout(() => {
      map.delete(id);
      expire();
    }, this.windowMs);
    map.set(id, { id, hash, timer });
  }

  private release(map: Map<ArticleId, Held>, id: ArticleId): void {
    const held = map.get(id);
    if (!held) return;
    clearTimeout(held.timer);
    map.delete(id);
  }
}

function findByHash(map: ReadonlyMap<ArticleId, Held>, hash: string | null): ArticleId | null {
  if (hash === null) return null;
  for (const held of map.values()) if (held.hash === hash) return held.id;
  return null;
}
