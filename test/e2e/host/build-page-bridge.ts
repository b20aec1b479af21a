// Bundles the page-side transport into one classic script that Playwright injects before the app.
import { build } from 'rolldown';
import { resolve } from 'node:path';

export const PAGE_BRIDGE_FILE = resolve(__dirname, '../../../out/e2e/page-bridge.js');

export async function buildPageBridge(): Promise<void> {
  await build({
    input: resolve(__dirname, 'page-bridge.ts'),
    platform: 'browser',
    output: { file: PAGE_BRIDGE_FILE, format: 'iife' },
    logLevel: 'warn',
  });
}
