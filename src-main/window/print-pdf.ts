// Prints a self-contained HTML document to PDF in a hidden, script-less, sandboxed window; the page's
// own @page CSS sets the margins. The HTML is loaded from a file in a private temporary folder, removed
// afterwards whatever happens: a data: URL fails above Chromium's 2 MB URL limit, and briefs get larger.
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What printing needs of a BrowserWindow (which has all of it); tests and the end-to-end host fake it. */
export interface PrintWindow {
  loadFile(path: string): Promise<void>;
  readonly webContents: { printToPDF(options: PrintToPDFOptions): Promise<Uint8Array> };
  destroy(): void;
}

export type WindowFactory = (options: BrowserWindowConstructorOptions) => PrintWindow;

export interface PdfPrinterOptions {
  /** Where the private folder for the page is made; the system's temp folder by default. */
  readonly tempDir?: string;
}

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

export const PRINT_OPTIONS: PrintToPDFOptions = { pageSize: 'A4', printBackground: true };

export function createPdfPrinter(
  makeWindow: WindowFactory,
  options: PdfPrinterOptions = {},
): (html: string) => Promise<Uint8Array> {
  return async (html) => {
    // mkdtemp makes the folder readable by this user only; the brief may hold confidential notes.
    const folder = await mkdtemp(join(options.tempDir ?? tmpdir(), 'dossier-print-'));
    try {
      const page = join(folder, 'brief.html');
      await writeFile(page, html, { mode: 0o600 });
      const window = makeWindow(PRINT_WINDOW_OPTIONS);
      try {
        await window.loadFile(page);
        return new Uint8Array(await window.webContents.printToPDF(PRINT_OPTIONS));
      } finally {
        window.destroy();
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  };
}
