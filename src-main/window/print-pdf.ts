// Prints a self-contained HTML document to PDF in a hidden, script-less, sandboxed window; the page's
// own @page CSS sets the margins.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

export type WindowFactory = (options: BrowserWindowConstructorOptions) => BrowserWindow;

export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  webPreferences: {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    javascript: false,
    webSecurity: true,
    spellcheck: false,
  },
};

export function createPdfPrinter(makeWindow: WindowFactory): (html: string) => Promise<Uint8Array> {
  return async (html) => {
    const window = makeWindow(PRINT_WINDOW_OPTIONS);
    try {
      await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
      const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
      return new Uint8Array(pdf);
    } finally {
      window.destroy();
    }
  };
}
