// The real app in Electron: the window opens on a temp library, from the app's own origin, with the
// secure webPreferences and no Node in the page; persistent storage is granted, and a second launch only
// brings the window forward. Skips, saying why, where no Electron binary (or no display) is available.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { WebContents, WebPreferences } from 'electron';
import { electronSkipReason, findElectronBinary } from './electron-binary';

const PROJECT_DIR = resolve(__dirname, '../..');

/** Undocumented, so absent from electron.d.ts, but kept and used by Electron's own specs. */
type InspectableContents = WebContents & { getLastWebPreferences(): WebPreferences | null };

const ARTICLES = {
  'harbour-pilots.txt': [
    'Harbour pilots return to work after overnight talks',
    '20240305',
    'https://example.org/news/harbour-pilots',
    'Pilots at the harbour returned to work on Tuesday morning after talks that ran through the night.',
    'Ships that had waited at anchor for two days began moving into the inner basin before noon.',
  ],
  'riverside-cycle-lane.txt': [
    'Council approves riverside cycle lane',
    '20240311',
    'https://example.org/news/cycle-lane',
    'The council voted nine to four in favour of a protected cycle lane along the river road.',
    'Work is due to start in the autumn and last about five months.',
  ],
} as const;

const binary = findElectronBinary();
const skipReason = electronSkipReason(binary);

test.describe('the Electron shell', () => {
  test.skip(skipReason !== null, skipReason ?? '');

  let userData = '';
  let library = '';
  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    userData = await mkdtemp(join(tmpdir(), 'dossier-electron-data-'));
    library = await mkdtemp(join(tmpdir(), 'dossier-electron-lib-'));
    for (const [name, lines] of Object.entries(ARTICLES)) await writeFile(join(library, name), `${lines.join('\n')}\n`);

    app = await electron.launch({
      executablePath: binary.path ?? '',
      // The project folder, so Electron reads package.json: name Dossier, main out/main/index.js.
      args: [PROJECT_DIR],
      cwd: PROJECT_DIR,
      env: { ...process.env, DOSSIER_USER_DATA: userData, DOSSIER_LIBRARY: library },
    });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
    await rm(userData, { recursive: true, force: true });
    await rm(library, { recursive: true, force: true });
  });

  test('serves the page from app://dossier, not from a file', async () => {
    expect(page.url()).toBe('app://dossier/index.html');
    expect(await page.evaluate(() => location.origin)).toBe('app://dossier');
  });

  test('grants the page persistent storage, so its IndexedDB is never evicted', async () => {
    expect(await page.evaluate(() => navigator.storage.persist())).toBe(true);
    expect(await page.evaluate(() => navigator.storage.persisted())).toBe(true);
  });

  test('reads the storage the page kept at file:// once, in a hidden window; a new profile has none', async () => {
    await expect.poll(() => existsSync(join(userData, 'work-from-file-origin.moved'))).toBe(true);
    expect(existsSync(join(userData, 'work-from-file-origin.json'))).toBe(false);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('a second launch exits at once and leaves the one window', async () => {
    const second = spawn(binary.path ?? '', [PROJECT_DIR], {
      cwd: PROJECT_DIR,
      env: { ...process.env, DOSSIER_USER_DATA: userData, DOSSIER_LIBRARY: library },
      stdio: 'ignore',
    });
    const code = await new Promise<number | null>((exited) => second.on('exit', exited));
    expect(code).toBe(0);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('opens one window titled Dossier', async () => {
    await expect(page).toHaveTitle('Dossier');
    const windows = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((window) => window.getTitle()),
    );
    expect(windows).toEqual(['Dossier']);
  });

  test('lists the articles of the library folder', async () => {
    const list = page.getByRole('navigation', { name: 'Library' });
    for (const [title] of Object.values(ARTICLES)) {
      await expect(list.getByText(title, { exact: true })).toBeVisible();
    }
  });

  test('runs the page isolated and sandboxed, without Node integration', async () => {
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as InspectableContents | undefined;
      const last = contents?.getLastWebPreferences();
      return last
        ? {
            contextIsolation: last.contextIsolation,
            sandbox: last.sandbox,
            nodeIntegration: last.nodeIntegration,
            webSecurity: last.webSecurity,
          }
        : null;
    });
    expect(preferences).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  });

  test('gives the page window.api and nothing of Node', async () => {
    const globals = await page.evaluate(() => ({
      require: typeof Reflect.get(window, 'require'),
      process: typeof Reflect.get(window, 'process'),
      module: typeof Reflect.get(window, 'module'),
      api: typeof Reflect.get(window, 'api'),
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', api: 'object' });
  });

  test('denies window.open', async () => {
    // about:blank: denied and, not being http(s), never handed to the system browser either.
    expect(await page.evaluate(() => window.open('about:blank') === null)).toBe(true);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});
