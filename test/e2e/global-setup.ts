// Before the end-to-end run: bundle the page-side transport (the renderer is built by the npm script).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildPageBridge } from './host/build-page-bridge';

export default async function globalSetup(): Promise<void> {
  if (!existsSync(resolve(__dirname, '../../out/renderer/index.html'))) {
    throw new Error('out/renderer is missing: run "npm run test:e2e", which builds the app first');
  }
  await buildPageBridge();
}
