// The window factory: secure webPreferences, the preload path, where the page is loaded from, and the
// window a second launch brings forward.
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  appPageUrl,
  createMainWindow,
  focusWindow,
  SECURE_WEB_PREFERENCES,
} from '../../../../src-main/window/create-window';
import { FakeBrowserWindow } from '../../../support/fake-electron';

vi.mock('electron', () => import('../../../support/fake-electron').then((fake) => fake.fakeElectronModule()));

const OUT_DIR = join('/opt', 'Dossier', 'out');
const PAGE_URL = 'app://dossier/index.html';

function onlyWindow(): FakeBrowserWindow {
  expect(FakeBrowserWindow.instances).toHaveLength(1);
  const [window] = FakeBrowserWindow.instances;
  if (!window) throw new Error('no window was created');
  return window;
}

describe('SECURE_WEB_PREFERENCES', () => {
  it('follows the Electron security checklist', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances.length = 0;
  });

  it('creates one window with the secure preferences and the bundled preload', () => {
    const window = createMainWindow(OUT_DIR, PAGE_URL);

    const fake = onlyWindow();
    expect(window).toBe(fake);
    expect(fake.options.webPreferences).toEqual({
      ...SECURE_WEB_PREFERENCES,
      preload: join(OUT_DIR, 'preload', 'index.js'),
    });
  });

  it('keeps no Node and no remote-content switch that would undo the isolation', () => {
    createMainWindow(OUT_DIR, PAGE_URL);

    const preferences = onlyWindow().options.webPreferences ?? {};
    expect(preferences.nodeIntegrationInSubFrames).toBeUndefined();
    expect(preferences.experimentalFeatures).toBeUndefined();
    expect(preferences.enableBlinkFeatures).toBeUndefined();
  });

  it('is titled Dossier and stays hidden until the page is ready to show', () => {
    createMainWindow(OUT_DIR, PAGE_URL);
    const fake = onlyWindow();

    expect(fake.options.title).toBe('Dossier');
    expect(fake.options.show).toBe(false);
    expect(fake.visible).toBe(false);

    fake.emit('ready-to-show');
    expect(fake.visible).toBe(true);
  });

  it('loads the page URL it is given, once', () => {
    createMainWindow(OUT_DIR, 'http://localhost:5173');
    expect(onlyWindow().loadedUrls).toEqual(['http://localhost:5173']);
  });
});

describe('appPageUrl', () => {
  it("is the page on the app's own origin when there is no dev server", () => {
    const url = new URL(appPageUrl(undefined));
    expect(url.protocol).toBe('app:');
    expect(url.host).toBe('dossier');
    expect(url.pathname).toBe('/index.html');
  });

  it('is the dev server URL when electron-vite provides one', () => {
    expect(appPageUrl('http://localhost:5173')).toBe('http://localhost:5173');
  });
});

describe('focusWindow (a second launch of the app)', () => {
  it('restores a minimised window, shows it and focuses it', () => {
    const window = new FakeBrowserWindow();
    window.minimized = true;
    focusWindow(window.asBrowserWindow());
    expect(window).toMatchObject({ minimized: false, visible: true, focused: true });
  });

  it('focuses a window that is open, leaving its size alone', () => {
    const window = new FakeBrowserWindow();
    window.visible = true;
    focusWindow(window.asBrowserWindow());
    expect(window).toMatchObject({ minimized: false, visible: true, focused: true });
  });

  it('does nothing while the first launch has no window yet', () => {
    expect(() => focusWindow(null)).not.toThrow();
  });
});
