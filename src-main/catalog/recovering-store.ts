// The catalog worker's store, kept usable: opened through catalog-recovery.ts (a catalog that cannot be
// opened is set aside and made again), and replaced the same way when a call finds the file corrupt later
// on, after which the call runs once more on the new catalog. Main hears of each replacement, and reads
// the open library again to fill it.
import { isCorruption, openCatalogStore, replaceCatalog, type CatalogSetAside } from './catalog-recovery';
import type { LocalCatalogStore, LocalStoreOptions } from './local-catalog-store';

/** The store's methods a caller may ask for by name (the worker's requests name them). */
export type StoreMethod = {
  [K in keyof LocalCatalogStore]: LocalCatalogStore[K] extends (...args: never[]) => Promise<unknown> ? K : never;
}[keyof LocalCatalogStore];

export class RecoveringStore {
  private store: LocalCatalogStore;
  /** The replacement under way: calls wait for it rather than reach the damaged catalog being closed. */
  private replacing: Promise<void> | null = null;

  constructor(
    private readonly file: string,
    private readonly options: LocalStoreOptions,
    private readonly onSetAside: (event: CatalogSetAside) => void,
  ) {
    this.store = openCatalogStore(file, options, onSetAside);
  }

  async call(method: StoreMethod, args: readonly unknown[]): Promise<unknown> {
    if (this.replacing) await this.replacing;
    const store = this.store;
    try {
      return await invoke(store, method, args);
    } catch (error) {
      if (!isCorruption(error) || method === 'close') throw error;
      // Calls under way when the damage showed all land here: the first replaces the catalog, each runs again.
      if (this.store === store) this.replacing ??= this.replace(store, error);
      if (this.replacing) await this.replacing;
      return invoke(this.store, method, args);
    }
  }

  private async replace(damaged: LocalCatalogStore, error: unknown): Promise<void> {
    try {
      const firstSeq = damaged.lastSeq + 1;
      await damaged.close().catch(() => undefined);
      const reason = error instanceof Error ? error.message : String(error);
      this.store = replaceCatalog(this.file, { ...this.options, firstSeq }, reason, this.onSetAside);
    } finally {
      this.replacing = null;
    }
  }
}

function invoke(store: LocalCatalogStore, method: StoreMethod, args: readonly unknown[]): Promise<unknown> {
  const run = store[method] as (...a: unknown[]) => Promise<unknown>;
  return run.apply(store, [...args]);
}
