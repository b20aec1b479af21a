// Bench: the page's JS heap with a library of 1,000 and of 100,000 articles open, in Chromium over the real
// services (the end-to-end host), each open in a fresh browser: the read finished, the list showing, a GC
// forced. Also the long tasks while it opened, and the time to the first row when the large one is warm.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../chromium';
import { buildPageBridge } from '../../../test/e2e/host/build-page-bridge';
import { startHost } from '../../../test/e2e/host/dossier-host';
import type { BenchLibraries } from '../bench-libraries';
import {
  firstRowMs,
  longTasks,
  PROBE_SCRIPT,
  ROW_SELECTOR,
  settledHeap,
  type HeapReading,
  type LongTasks,
} from './page-probe';

/** The 100k figure must stay within this multiple of the 1k one. */
export const HEAP_TARGET_RATIO = 1.5;
export const SMALL_SIZE = 1000;
/** A cold read of 100,000 files through the host (its catalog worker compiled from source) takes minutes. */
const OPEN_TIMEOUT_MS = 20 * 60_000;
/** The list shows its first rows long before the read is done; a page that shows none in this time is broken. */
const FIRST_ROW_TIMEOUT_MS = 5 * 60_000;

export interface PageOpen {
  /** The host's LibraryService.open(), before the page loads (in the app it runs beside the window's load). */
  readonly hostOpenMs: number;
  /** From the page's navigation to the first row that holds an article. */
  readonly firstRowMs: number;
  /** From the page's navigation until the read was finished and no progress bar showed. */
  readonly readyMs: number;
  readonly heap: HeapReading;
  readonly longTasks: LongTasks;
}

export interface PageHeapResult {
  readonly small: PageOpen;
  readonly largeCold: PageOpen;
  readonly largeWarm: PageOpen;
  /** The larger of the two 100k heaps over the 1k heap. */
  readonly ratio: number;
  readonly met: boolean;
}

/** Opens the library in a fresh browser over a host whose catalog lives in `userData`, and measures. */
async function openOnce(root: string, userData: string): Promise<PageOpen> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
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
      await host.library.whenIdle();
      await page.waitForFunction(() => !document.querySelector('[data-testid="scan-progress"]'), null, {
        timeout: OPEN_TIMEOUT_MS,
        polling: 250,
      });
      await page.locator(ROW_SELECTOR).first().waitFor();
      const readyMs = await page.evaluate(() => performance.now());
      const heap = await settledHeap(page);
      return {
        hostOpenMs,
        firstRowMs: firstRow,
        readyMs,
        heap,
        longTasks: await longTasks(page),
      };
    } finally {
      await host.close();
    }
  } finally {
    await browser.close();
  }
}

export async function benchPageHeap(libraries: BenchLibraries, largeSize: number): Promise<PageHeapResult> {
  await buildPageBridge();
  const small = await libraries.library(SMALL_SIZE);
  const large = await libraries.library(largeSize);
  const say = (text: string): void => void process.stderr.write(`    ${text}\n`);
  say(`page: opening ${SMALL_SIZE.toLocaleString('en-US')} (cold)`);
  const smallOpen = await openOnce(small.root, await libraries.scratch('page-data-small'));
  const largeData = await libraries.scratch('page-data-large');
  say(`page: opening ${largeSize.toLocaleString('en-US')} (cold: the whole first read)`);
  const largeCold = await openOnce(large.root, largeData);
  say(`page: opening ${largeSize.toLocaleString('en-US')} again (warm: listed from the catalog)`);
  const largeWarm = await openOnce(large.root, largeData);
  const ratio = Math.max(largeCold.heap.usedMb, largeWarm.heap.usedMb) / smallOpen.heap.usedMb;
  return { small: smallOpen, largeCold, largeWarm, ratio, met: ratio <= HEAP_TARGET_RATIO };
}
