// Before the end-to-end run: check the app's build is there and not older than its source (the renderer
// and the catalog worker the host runs are built by the npm script), then bundle the page-side transport.
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildPageBridge } from './host/build-page-bridge';
import { BUILT_CATALOG_WORKER } from './host/dossier-host';

const ROOT = resolve(__dirname, '../..');
/** What the catalog worker's bundle is built from. */
const WORKER_SOURCES = ['src-main', 'src-shared', 'src-preload'];

export default async function globalSetup(): Promise<void> {
  if (!existsSync(join(ROOT, 'out/renderer/index.html')) || !existsSync(BUILT_CATALOG_WORKER)) {
    throw new Error('out/ is missing: run "npm run test:e2e", which builds the app first');
  }
  const built = (await stat(BUILT_CATALOG_WORKER)).mtimeMs;
  const newer = (await Promise.all(WORKER_SOURCES.map((folder) => newerThan(join(ROOT, folder), built)))).flat();
  if (newer.length > 0) {
    throw new Error(
      `out/main is older than ${newer.slice(0, 3).join(', ')}: run "npx electron-vite build" ` +
        '(or "npm run test:e2e", which builds the app first)',
    );
  }
  await buildPageBridge();
}

/** The source files under `folder` changed after `time` (ms since the epoch). */
async function newerThan(folder: string, time: number): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name));
  const changed = await Promise.all(
    files.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return (await stat(path)).mtimeMs > time ? path.slice(ROOT.length + 1) : null;
    }),
  );
  return changed.filter((path): path is string => path !== null);
}
