// The main window: isolated, sandboxed, no Node in the page, preload bridge only; a second launch of the
// app brings it forward.
import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_PAGE_URL } from './app-protocol';

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

/** Where the page comes from: electron-vite's dev server in development, the app's own origin otherwise. */
export function appPageUrl(devServerUrl: string | undefined): string {
  return devServerUrl ?? APP_PAGE_URL;
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

/** A second launch of the app focuses the window already open (restored if minimised, shown if hidden). */
export function focusWindow(window: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'> | null): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
