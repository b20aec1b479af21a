// One open of a library in a fresh Chromium over the real services (the end-to-end host): the first row, a
// search typed right after it, the read finished, then the JS heap after a forced GC; and the page's long
// tasks in each window: opening (navigation to the first row), scanning (first row to the read's end, the
// search included) and searching (first key to the answer).
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../chromium';
import { startHost } from '../../../test/e2e/host/dossier-host';
import {
  firstRowMs,
  longTasksIn,
  PROBE_SCRIPT,
  recordedLongTasks,
  ROW_SELECTOR,
  settledHeap,
  type HeapReading,
  type LongTasks,
} from './page-probe';
import { typeSearch } from './page-search';

/** A cold read of 100,000 files through the host (its catalog worker compiled from source) takes minutes. */
const OPEN_TIMEOUT_MS = 20 * 60_000;
/** The list shows its first rows long before the read is done; a page that shows none in this time is broken. */
const FIRST_ROW_TIMEOUT_MS = 5 * 60_000;

export interface PageOpen {
  /** The host's LibraryService.open(), before the page loads (in the app it runs before the window opens). */
  readonly hostOpenMs: number;
  /** From the page's navigation to the first row that holds an article. */
  readonly firstRowMs: number;
  /** From the first key of the search typed after the first row to the count naming the whole query. */
  readonly searchMs: number;
  /** What that search answered (at a first open the text may not be searchable yet). */
  readonly searchAnswer: string;
  /** From the page's navigation until the read was finished and no progress bar showed. */
  readonly readyMs: number;
  readonly heap: HeapReading;
  readonly longTasks: {
    readonly opening: LongTasks;
    readonly scanning: LongTasks;
    readonly searching: LongTasks;
  };
}

/** Opens the library in a fresh browser over a host whose catalog lives in `userData`, and measures. */
export async function openOnce(root: string, userData: string): Promise<PageOpen> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript({ content: PROBE_SCRIPT });
    const t0 = performance.now();
    const host = await startHost(page, { libraryRoot: root, userData });
    const hostOpenMs = performance.now() - t0;
    try {
      await host.open();
      const firstRow = await firstRowMs(page, FIRST_ROW_TIMEOUT_MS).catch((error: unknown) => {
        const errors = pageErrors.length > 0 ? pageErrors.slice(0, 3).join(' | ') : 'none';
        throw new Error(`no article row in the list (${String(error)}); page errors: ${errors}`);
      });
      const search = await typeSearch(page, OPEN_TIMEOUT_MS);
      await host.library.whenIdle();
      await page.waitForFunction(() => !document.querySelector('[data-testid="scan-progress"]'), null, {
        timeout: OPEN_TIMEOUT_MS,
        polling: 250,
      });
      await page.locator(ROW_SELECTOR).first().waitFor();
      const readyMs = await page.evaluate(() => performance.now());
      const tasks = await recordedLongTasks(page);
      const heap = await settledHeap(page);
      return {
        hostOpenMs,
        firstRowMs: firstRow,
        searchMs: search.answeredMs - search.startMs,
        searchAnswer: search.answer,
        readyMs,
        heap,
        longTasks: {
          opening: longTasksIn(tasks, 0, firstRow),
          scanning: longTasksIn(tasks, firstRow, readyMs),
          searching: longTasksIn(tasks, search.startMs, search.answeredMs),
        },
      };
    } finally {
      await host.close();
    }
  } finally {
    await browser.close();
  }
}
