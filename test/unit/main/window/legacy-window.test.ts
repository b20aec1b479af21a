// The hidden window that reads the page's old file:// storage: it takes the dump from its own frame only,
// checked, and is gone afterwards whatever happened (a dump, a failure said, or no answer in time).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { LegacyDatabase } from '../../../../src-preload/contract';
import { readFileOriginWork } from '../../../../src-main/window/legacy-window';
import { FakeBrowserWindow, FakeIpcMain } from '../../../support/fake-electron';

vi.mock('electron', () => import('../../../support/fake-electron').then((fake) => fake.fakeElectronModule()));

const PAGE = join('/opt', 'Dossier', 'resources', 'app.asar', 'out', 'renderer', 'legacy.html');
const PAGE_URL = pathToFileURL(PAGE).href;
const PRELOAD = join('/opt', 'Dossier', 'resources', 'app.asar', 'out', 'preload', 'legacy.js');
const DUMP: LegacyDatabase[] = [
  {
    name: 'dossier',
    version: 20,
    stores: [
      { name: 'highlights', keyPath: 'id', autoIncrement: false, indexes: [], records: [{ id: 'h1' }], keys: null },
    ],
  },
];

function reading(timeoutMs = 10_000): {
  result: Promise<LegacyDatabase[]>;
  ipcMain: FakeIpcMain;
  window: () => FakeBrowserWindow;
} {
  const ipcMain = new FakeIpcMain();
  let made: FakeBrowserWindow | null = null;
  const result = readFileOriginWork({
    makeWindow: (options) => {
      made = new FakeBrowserWindow(options);
      return made.asBrowserWindow();
    },
    ipcMain,
    pageFile: PAGE,
    preload: PRELOAD,
    timeoutMs,
  });
  return {
    result,
    ipcMain,
    window: () => {
      if (!made) throw new Error('no window was made');
      return made;
    },
  };
}

describe('readFileOriginWork', () => {
  it('loads the script-less old-origin page hidden, with the secure preferences and the dump preload', () => {
    const { window, result } = reading();
    expect(window().options.show).toBe(false);
    expect(window().options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, preload: PRELOAD });
    expect(window().loadedUrls).toEqual([PAGE_URL]);
    void result.catch(() => undefined);
  });

  it('takes the dump from its own frame, then closes the window and the channel', async () => {
    const { result, ipcMain, window } = reading();
    await expect(ipcMain.invoke('legacy:deliver', PAGE_URL, { ok: true, databases: DUMP })).resolves.toBeNull();
    await expect(result).resolves.toEqual(DUMP);
    expect(window().destroyed).toBe(true);
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('refuses a handover from any other frame, and still waits for its own', async () => {
    const { result, ipcMain } = reading();
    await expect(
      ipcMain.invoke('legacy:deliver', 'app://dossier/index.html', { ok: true, databases: [] }),
    ).rejects.toThrow('untrusted frame');
    await ipcMain.invoke('legacy:deliver', PAGE_URL, { ok: true, databases: DUMP });
    await expect(result).resolves.toEqual(DUMP);
  });

  it('fails on a dump that is not one, and on a failure the window says', async () => {
    const bad = reading();
    await bad.ipcMain.invoke('legacy:deliver', PAGE_URL, { ok: true, databases: [{ name: 'x', version: -1 }] });
    await expect(bad.result).rejects.toThrow('the old storage could not be read: what it sent is no dump');
    const failed = reading();
    await failed.ipcMain.invoke('legacy:deliver', PAGE_URL, { ok: false, message: 'no IndexedDB' });
    await expect(failed.result).rejects.toThrow('the old storage could not be read: no IndexedDB');
    expect(failed.window().destroyed).toBe(true);
  });

  it('gives up when the window says nothing in time, and closes it', async () => {
    const { result, window, ipcMain } = reading(10);
    await expect(result).rejects.toThrow('the old storage was not read in time');
    expect(window().destroyed).toBe(true);
    expect(ipcMain.handlers.size).toBe(0);
  });
});
