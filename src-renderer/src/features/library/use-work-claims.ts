// Files work that belongs to no library yet under the open one (library-claims.ts): at the first open after
// the upgrade that gave work its library, whenever unclaimed records appear (an import of an older file),
// and when main recognised the library under a new id (its former ids).
import { useEffect } from 'react';
import { claimWork, unclaimedWork } from '../../db/library-claims';
import { inDb, useLive } from '../../db/live';
import { errorMessage } from '../../platform/errors';
import { useToasts } from '../../ui/toasts';

export function useWorkClaims(libraryId: string | null, formerIds: readonly string[]): void {
  const toasts = useToasts();
  const unclaimed = useLive(unclaimedWork);
  // A string, so a new summary with the same ids does not claim again.
  const former = formerIds.join('\u0000');
  useEffect(() => {
    if (libraryId === null || unclaimed === undefined) return;
    if (unclaimed === 0 && former === '') return;
    inDb(claimWork, libraryId, former === '' ? [] : former.split('\u0000')).catch((error: unknown) =>
      toasts.push('error', 'Earlier work could not be filed under this library; it is kept as it was.', [
        errorMessage(error),
      ]),
    );
  }, [libraryId, former, unclaimed, toasts]);
}
