// Prints a self-contained HTML document to PDF in a hidden, script-less, sandboxed window; the page's
// own @page CSS sets the margins, and the header and footer templates given are printed on every page.
// The HTML is loaded from a file in a private temporary folder, removed afterwards whatever happens:
// a data: URL fails above Chromium's 2 MB URL limit, and briefs get larger.
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfChrome } from '../../src-shared/briefs/pdf-chrome';

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

/** The print options for a page with this header and footer (none without). */
export function printOptions(chrome?: PdfChrome): PrintToPDFOptions {
  return chrome === undefined ? PRINT_OPTIONS : { ...PRINT_OPTIONS, displayHeaderFooter: true, ...chrome };
}

export function createPdfPrinter(
  makeWindow: WindowFactory,
  options: PdfPrinterOptions = {},
): (html: string, chrome?: PdfChrome) => Promise<Uint8Array> {
  return async (html, chrome) => {
    // mkdtemp makes the folder readable by this user only; the brief may hold confidential notes.
    const folder = await mkdtemp(join(options.tempDir ?? tmpdir(), 'dossier-print-'));
    try {
      const page = join(folder, 'brief.html');
      await writeFile(page, html, { mode: 0o600 });
      const window = makeWindow(PRINT_WINDOW_OPTIONS);
      try {
        await window.loadFile(page);
        return new Uint8Array(await window.webContents.printToPDF(printOptions(chrome)));
      } finally {
        window.destroy();
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  };
}
