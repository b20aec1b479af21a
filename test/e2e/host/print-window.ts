// The app's PDF printer (src-main/window/print-pdf.ts) over a Playwright page instead of a hidden
// BrowserWindow: the same temporary file, loaded by its file: URL in the test's Chromium and printed there.
import type { BrowserContext, Page } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import type { PrintWindow, WindowFactory } from '../../../src-main/window/print-pdf';

export function playwrightPrintWindows(context: BrowserContext): WindowFactory {
  return () => {
    const page: Promise<Page> = context.newPage();
    const window: PrintWindow = {
      loadFile: async (path) => {
        await (await page).goto(pathToFileURL(path).href, { waitUntil: 'load' });
      },
      webContents: {
        printToPDF: async ({ pageSize, printBackground, displayHeaderFooter, headerTemplate, footerTemplate }) =>
          (await page).pdf({
            ...(typeof pageSize === 'string' ? { format: pageSize } : {}),
            printBackground,
            ...(displayHeaderFooter ? { displayHeaderFooter, headerTemplate, footerTemplate } : {}),
          }),
      },
      destroy: () => void page.then((opened) => opened.close()).catch(() => undefined),
    };
    return window;
  };
}
