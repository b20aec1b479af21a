// Preload of the hidden window that reads the page's storage under its old file:// origin
// (src-main/window/legacy-window.ts): it dumps every IndexedDB database there and hands them to main, once.
// The window's page runs no script of its own.
import { ipcRenderer } from 'electron';
import { dumpDatabases } from '../src-renderer/src/db/idb-clone';
import type { LegacyInvokeMap, LegacyReading } from './contract';

const channel: keyof LegacyInvokeMap = 'legacy:deliver';
const deliver = (reading: LegacyReading): Promise<unknown> => ipcRenderer.invoke(channel, reading);

void dumpDatabases(indexedDB).then(
  (databases) => deliver({ ok: true, databases }),
  (error: unknown) => deliver({ ok: false, message: error instanceof Error ? error.message : String(error) }),
);
