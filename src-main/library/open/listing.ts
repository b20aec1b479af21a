// What an open library lists, held in main so the page's questions are answered at once: each file's
// entry, in step with the catalog. Writes may be reported out of order (a background step is taken up
// after a watch event that came later); the catalog's sequence numbers (catalog-store.ts) put them back.
// A feed file lists one entry per item ("<file>#<key>", library/article-ids.ts); the listing knows which
// items each feed file has, so the folder is compared with it file by file.
import type { ArticleId, CatalogEntry } from '../../../src-preload/contract';
import type { WriteResult } from '../../catalog/catalog-store';
import { fileIdOf } from '../article-ids';
import type { Listed } from './folder-diff';

/** One file's change in the list: what it listed before, and what it lists now (null: no longer listed). */
export interface ListingChange {
  readonly id: ArticleId;
  readonly before: CatalogEntry | undefined;
  readonly after: CatalogEntry | null;
}

export class Listing implements Listed {
  private readonly entries: Map<ArticleId, CatalogEntry>;
  /** The write each file's listed state came from, kept until forgetOrder() says no older write is on its way. */
  private readonly seqs = new Map<ArticleId, number>();

  /** The items listed for each feed file (files that are one article each are not in it). */
  private readonly items = new Map<string, Set<ArticleId>>();

  constructor(entries: readonly CatalogEntry[]) {
    this.entries = new Map(entries.map((entry) => [entry.id, entry]));
    for (const id of this.entries.keys()) this.track(id, true);
  }

  /** The entry of any article the file is listed with (they all carry the file's size and time). */
  ofFile(fileId: string): CatalogEntry | undefined {
    const own = this.entries.get(fileId);
    if (own) return own;
    const first = this.items.get(fileId)?.values().next();
    return first && !first.done ? this.entries.get(first.value) : undefined;
  }

  /** Every file listed, once each (a feed once for all its items). */
  *fileIds(): Iterable<string> {
    for (const id of this.entries.keys()) if (!this.isItem(id)) yield id;
    yield* this.items.keys();
  }

  private isItem(id: ArticleId): boolean {
    return id.includes('#') && fileIdOf(id) !== id;
  }

  private track(id: ArticleId, listed: boolean): void {
    if (!this.isItem(id)) return;
    const fileId = fileIdOf(id);
    let items = this.items.get(fileId);
    if (listed) {
      if (!items) this.items.set(fileId, (items = new Set()));
      items.add(id);
    } else if (items) {
      items.delete(id);
      if (items.size === 0) this.items.delete(fileId);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get(id: ArticleId): CatalogEntry | undefined {
    return this.entries.get(id);
  }

  ids(): Iterable<ArticleId> {
    return this.entries.keys();
  }

  all(): CatalogEntry[] {
    return [...this.entries.values()];
  }

  /** Lists what a catalog write left, but for files a later write has already listed; returns the changes. */
  apply(result: WriteResult): ListingChange[] {
    const changes: ListingChange[] = [];
    for (const { id, entry } of result.written) {
      if ((this.seqs.get(id) ?? 0) > result.seq) continue;
      this.seqs.set(id, result.seq);
      const before = this.entries.get(id);
      if (entry) this.entries.set(id, entry);
      else this.entries.delete(id);
      this.track(id, entry !== null);
      if (before || entry) changes.push({ id, before, after: entry });
    }
    return changes;
  }

  /**
   * Forgets which write each file came from: called when no background read is running, since every other
   * write of a file waits for the one before it (live-updates.ts), so none can arrive out of order.
   */
  forgetOrder(): void {
    this.seqs.clear();
  }
}
