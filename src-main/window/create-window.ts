// The main window: isolated, sandboxed, no Node in the page, preload bridge only.
import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
} as const;

/** Where the page comes from: electron-vite's dev server in development, the bundled file otherwise. */
export function appPageUrl(outDir: string, devServerUrl: string | undefined): string {
  return devServerUrl ?? pathToFileURL(join(outDir, 'renderer', 'index.html')).href;
}

export function createMainWindow(outDir: string, pageUrl: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Dossier',
    backgroundColor: '#f7f6f3',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: join(outDir, 'preload', 'index.js') },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(pageUrl);
  return window;
}
