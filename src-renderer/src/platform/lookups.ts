// Asking main about many files at once: entries by id and files by content hash, split into calls main
// accepts (it refuses more than 5,000 ids or hashes in one call).
import type { ArticleId, CatalogEntry } from '../../../src-preload/contract';
import { ArticleIdSchema } from '../../../src-shared/article-id';
import { getApi } from './api';

export const LOOKUPS_PER_CALL = 5000;

async function inCalls<T, R>(items: readonly T[], call: (part: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += LOOKUPS_PER_CALL) {
    out.push(...(await call(items.slice(i, i + LOOKUPS_PER_CALL))));
  }
  return out;
}

/**
 * The catalog entries of these files, in order; null for a file the library does not list. An id no file can
 * have (imported work on a path with a NUL in it, or longer than a path can be) is null without asking main,
 * which refuses such ids: one bad id must not cost the others their answer.
 */
export async function entriesOf(ids: readonly ArticleId[]): Promise<(CatalogEntry | null)[]> {
  const valid = ids.filter((id) => ArticleIdSchema.safeParse(id).success);
  const found = await inCalls(valid, (part) => getApi().getEntries(part));
  const byId = new Map(valid.map((id, i) => [id, found[i] ?? null]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** For each content hash, a file of library `libraryId` that holds it; null when none does or it is not open. */
export function filesWithHashes(libraryId: string, hashes: readonly string[]): Promise<(ArticleId | null)[]> {
  return inCalls(hashes, (part) => getApi().findByHashes(part, libraryId));
}
