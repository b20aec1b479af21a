// The analyst's work from before the page moved from file:// to app://dossier: main read it once from the
// old origin's storage, and the page makes those databases again here, before Dexie first opens them.
import { restoreDatabases } from '../db/idb-clone';
import { getApi } from '../platform/api';

/** Resolves once there is nothing left to move; a failure leaves main's copy for the next start. */
export async function moveLegacyWork(): Promise<void> {
  const api = getApi();
  const databases = await api.takeLegacyWork();
  if (databases.length === 0) return;
  await restoreDatabases(indexedDB, databases);
  await api.legacyWorkMoved();
}
