// Playwright fixtures: a temp library and userData folder per test, the host bound to the page,
// and small helpers that act on the library folder as the analyst's other programs would.
import { test as base, expect, type Page } from '@playwright/test';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHost, type DossierHost } from './host/dossier-host';

export const FIXTURES = resolve(__dirname, '../fixtures');
export const SEED_ARTICLE = resolve(__dirname, '../fixtures/articles/000_08978045df2b272e.txt');

export interface LibraryFolder {
  readonly root: string;
  write(relativePath: string, content: string | Uint8Array): Promise<void>;
  remove(relativePath: string): Promise<void>;
}

interface Fixtures {
  library: LibraryFolder;
  host: DossierHost;
  app: Page;
}

/** Files placed in every test's library before the app opens, unless a test overrides `seedFiles`. */
export const test = base.extend<Fixtures & { seedFiles: Record<string, string>; scanStep: number | undefined }>({
  seedFiles: [{}, { option: true }],
  scanStep: [undefined, { option: true }],
  library: async ({ seedFiles }, use) => {
    const root = await mkdtemp(join(tmpdir(), 'dossier-e2e-lib-'));
    await copyFile(SEED_ARTICLE, join(root, '000_08978045df2b272e.txt'));
    for (const [name, content] of Object.entries(seedFiles)) {
      await mkdir(join(root, name, '..'), { recursive: true });
      await writeFile(join(root, name), content);
    }
    await use({
      root,
      write: async (relativePath, content) => {
        await mkdir(join(root, relativePath, '..'), { recursive: true });
        await writeFile(join(root, relativePath), content);
      },
      remove: (relativePath) => rm(join(root, relativePath), { force: true }),
    });
    await rm(root, { recursive: true, force: true });
  },
  host: async ({ page, library, scanStep }, use) => {
    const userData = await mkdtemp(join(tmpdir(), 'dossier-e2e-data-'));
    const host = await startHost(page, { libraryRoot: library.root, userData, ...(scanStep ? { scanStep } : {}) });
    await use(host);
    await host.close();
    await rm(userData, { recursive: true, force: true });
  },
  app: async ({ page, host }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await host.open();
    await use(page);
    expect(problems, 'the page logged errors').toEqual([]);
  },
});

export { expect };

/** An article in the library format, from real text. */
export function articleText(title: string, date: string, url: string, paragraphs: readonly string[]): string {
  return [title, date, url, ...paragraphs].join('\n') + '\n';
}
