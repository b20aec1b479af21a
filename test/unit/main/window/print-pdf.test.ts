// The PDF printer's own part (Electron's printing cannot run here): the HTML goes to a private temporary
// file, the hidden script-less window loads that file, and the file is removed afterwards, also when
// loading or printing fails. A 5 MB brief in Cyrillic, which a data: URL could not carry, goes through whole.
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { PrintToPDFOptions } from 'electron';
import { createPdfPrinter, PRINT_WINDOW_OPTIONS, type PrintWindow } from '../../../../src-main/window/print-pdf';
import { FIRST_MARK, LAST_MARK, largeCyrillicBrief } from '../../../support/large-brief';
import { TempDirs } from '../../../support/temp-library';

const temp = new TempDirs();
let tempDir = '';
temp.eachTest('print', (made) => (tempDir = made));

/** Chromium refuses URLs longer than this (url/url_constants.cc, kMaxURLChars). */
const CHROMIUM_MAX_URL_CHARS = 2 * 1024 * 1024;

/** A print window that reads what it is told to load, and fails where the test says. */
class FakePrintWindow implements PrintWindow {
  readonly loaded: { path: string; html: string; mode: number }[] = [];
  destroyed = false;

  constructor(
    private readonly fail: 'load' | 'print' | null,
    private readonly printed: PrintToPDFOptions[],
  ) {}

  readonly webContents: PrintWindow['webContents'] = {
    printToPDF: async (options) => {
      this.printed.push(options);
      if (this.fail === 'print') throw new Error('printing failed');
      return new TextEncoder().encode(`%PDF-1.7 ${this.loaded.length} page(s)`);
    },
  };

  async loadFile(path: string): Promise<void> {
    this.loaded.push({ path, html: await readFile(path, 'utf8'), mode: (await stat(path)).mode & 0o777 });
    if (this.fail === 'load') throw new Error('ERR_FAILED loading the page');
  }

  destroy(): void {
    this.destroyed = true;
  }
}

function printerWith(fail: 'load' | 'print' | null = null) {
  const windows: FakePrintWindow[] = [];
  const printed: PrintToPDFOptions[] = [];
  const print = createPdfPrinter(
    (options) => {
      expect(options).toBe(PRINT_WINDOW_OPTIONS);
      const window = new FakePrintWindow(fail, printed);
      windows.push(window);
      return window;
    },
    { tempDir },
  );
  return { print, windows, printed };
}

describe('createPdfPrinter', () => {
  it(
    'loads a 5 MB Cyrillic brief from a private temporary file, whole, and removes the file after',
    { timeout: 60_000 },
    async () => {
      const { html } = largeCyrillicBrief();
      expect(Buffer.byteLength(html)).toBeGreaterThanOrEqual(5 * 1024 * 1024);
      // Why not a data: URL: this one would be several times Chromium's limit.
      expect(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`.length).toBeGreaterThan(CHROMIUM_MAX_URL_CHARS);

      const { print, windows, printed } = printerWith();
      const pdf = await print(html);

      expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 1 page(s)');
      const [window] = windows;
      const [loaded] = window?.loaded ?? [];
      expect(loaded?.html).toBe(html);
      expect(loaded?.html).toContain(FIRST_MARK);
      expect(loaded?.html).toContain(LAST_MARK);
      expect(loaded?.path.startsWith(tempDir)).toBe(true);
      expect(loaded?.mode).toBe(0o600);
      expect(printed).toEqual([{ pageSize: 'A4', printBackground: true }]);
      expect(window?.destroyed).toBe(true);
      expect(existsSync(loaded?.path ?? '')).toBe(false);
      expect(await readdir(tempDir)).toEqual([]);
    },
  );

  it('prints the header and footer templates it is given on every page, and none without', async () => {
    const { print, printed } = printerWith();
    const chrome = { headerTemplate: '<div>OFFICIAL</div>', footerTemplate: '<span class="pageNumber"></span>' };
    await print('<!doctype html><p>One</p>', chrome);
    await print('<!doctype html><p>Two</p>');
    expect(printed).toEqual([
      { pageSize: 'A4', printBackground: true, displayHeaderFooter: true, ...chrome },
      { pageSize: 'A4', printBackground: true },
    ]);
  });

  it.each(['load', 'print'] as const)('removes the temporary file and the window when the %s fails', async (fail) => {
    const { print, windows } = printerWith(fail);
    await expect(print('<!doctype html><p>Привет</p>')).rejects.toThrow(/failed/i);
    expect(windows.map((window) => window.destroyed)).toEqual([true]);
    expect(windows[0]?.loaded.map((page) => page.html)).toEqual(['<!doctype html><p>Привет</p>']);
    expect(await readdir(tempDir)).toEqual([]);
  });

  it('prints each brief from its own file, so two exports at once do not mix', async () => {
    const { print, windows } = printerWith();
    await Promise.all([print('<p>один</p>'), print('<p>два</p>')]);
    const loaded = windows.flatMap((window) => window.loaded);
    expect(loaded.map((page) => page.html).toSorted()).toEqual(['<p>два</p>', '<p>один</p>']);
    expect(new Set(loaded.map((page) => page.path)).size).toBe(2);
    expect(await readdir(tempDir)).toEqual([]);
  });
});
