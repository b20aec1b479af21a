// Files work that belongs to no library yet under the open one (library-claims.ts): at the first open after
// the upgrade that gave work its library, whenever unclaimed records appear (a brief's quotes imported),
// when main recognised the library under a new id (its former ids), and work under an id from another
// computer whose articles this library's files hold, once the library has been read.
import { useEffect } from 'react';
import type { LibrarySummary } from '../../../../src-preload/contract';
import { adoptForeignWork, claimWork, foreignIds, libraryIdsWithWork, unclaimedWork } from '../../db/library-claims';
import { inDb, useLive } from '../../db/live';
import { errorMessage } from '../../platform/errors';
import { filesWithHashes } from '../../platform/lookups';
import { useToasts } from '../../ui/toasts';

/** Ids as one string, so a new summary with the same ids does not claim again. */
const joined = (ids: readonly string[] | undefined): string => (ids ?? []).join('\u0000');
const split = (ids: string): string[] => (ids === '' ? [] : ids.split('\u0000'));

export function useWorkClaims(summary: LibrarySummary | null): void {
  const toasts = useToasts();
  const unclaimed = useLive(unclaimedWork);
  const withWork = useLive(libraryIdsWithWork);
  const libraryId = summary?.libraryId ?? null;
  const former = joined(summary?.formerIds);
  const others = joined(summary?.otherLibraryIds);
  // While a read runs, files not yet listed would look absent: adopting waits for the read to end.
  const settled = summary !== null && !summary.scanning;

  useEffect(() => {
    if (libraryId === null || unclaimed === undefined) return;
    if (unclaimed === 0 && former === '') return;
    inDb(claimWork, libraryId, split(former)).catch((error: unknown) =>
      toasts.push('error', 'Earlier work could not be filed under this library; it is kept as it was.', [
        errorMessage(error),
      ]),
    );
  }, [libraryId, former, unclaimed, toasts]);

  const foreign = joined(libraryId && withWork ? foreignIds(withWork, libraryId, split(former), split(others)) : []);
  useEffect(() => {
    if (libraryId === null || !settled || foreign === '') return;
    let stale = false;
    const lookup = (hashes: readonly string[]) => filesWithHashes(libraryId, hashes);
    inDb(adoptForeignWork, libraryId, split(foreign), lookup, () => stale).catch((error: unknown) =>
      toasts.push('error', 'Imported work could not be matched to this library; it is kept.', [errorMessage(error)]),
    );
    return () => {
      stale = true;
    };
  }, [libraryId, settled, foreign, toasts]);
}
