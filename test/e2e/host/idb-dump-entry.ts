// Injected into a page by the end-to-end test of the move from file://: the dump that the hidden window's
// preload (src-preload/legacy.ts) runs in the app, as a function the test can call.
import type { LegacyDatabase } from '../../../src-preload/contract';
import { dumpDatabases } from '../../../src-renderer/src/db/idb-clone';

declare global {
  interface Window {
    __dossierDumpDatabases?: () => Promise<LegacyDatabase[]>;
  }
}

window.__dossierDumpDatabases = () => dumpDatabases(indexedDB);
