// Bundles the page-side transport into one classic script that Playwright injects before the app, and the
// app's IndexedDB dump into one the test of the move from file:// injects at the old origin.
import { build } from 'rolldown';
import { resolve } from 'node:path';

export const PAGE_BRIDGE_FILE = resolve(__dirname, '../../../out/e2e/page-bridge.js');
export const IDB_DUMP_FILE = resolve(__dirname, '../../../out/e2e/idb-dump.js');

export async function buildPageBridge(): Promise<void> {
  const bundles: [string, string][] = [
    ['page-bridge.ts', PAGE_BRIDGE_FILE],
    ['idb-dump-entry.ts', IDB_DUMP_FILE],
  ];
  for (const [input, file] of bundles) {
    await build({
      input: resolve(__dirname, input),
      platform: 'browser',
      output: { file, format: 'iife' },
      logLevel: 'warn',
    });
  }
}
