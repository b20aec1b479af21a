// Asking main about many files at once: entries by id and files by content hash, split into calls main
// accepts (it refuses more than 5,000 ids or hashes in one call).
import type { ArticleId, CatalogEntry } from '../../../src-preload/contract';
import { getApi } from './api';

export const LOOKUPS_PER_CALL = 5000;

async function inCalls<T, R>(items: readonly T[], call: (part: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += LOOKUPS_PER_CALL) {
    out.push(...(await call(items.slice(i, i + LOOKUPS_PER_CALL))));
  }
  return out;
}

/** The catalog entries of these files, in order; null for a file the library does not list. */
export function entriesOf(ids: readonly ArticleId[]): Promise<(CatalogEntry | null)[]> {
  return inCalls(ids, (part) => getApi().getEntries(part));
}

/** For each content hash, a file of library `libraryId` that holds it; null when none does or it is not open. */
export function filesWithHashes(libraryId: string, hashes: readonly string[]): Promise<(ArticleId | null)[]> {
  return inCalls(hashes, (part) => getApi().findByHashes(part, libraryId));
}
