// The worker threads' source scripts, which tests start from source with tsx loading them (the app starts
// the bundles electron-vite builds of the same files).
import { resolve } from 'node:path';

export const CATALOG_WORKER = resolve(__dirname, '../../src-main/catalog/workers/catalog-worker.ts');
export const READ_WORKER = resolve(__dirname, '../../src-main/catalog/workers/read-worker.ts');
/** A worker's execArgv for running TypeScript source. */
export const TSX = ['--import', 'tsx'];
