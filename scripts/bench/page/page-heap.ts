// Bench: the page with a library of 1,000 and of 100,000 articles open, in Chromium over the real services
// (the end-to-end host), each open in a fresh browser, first and warm (catalogued): its JS heap once the
// read is finished, the time to the first row, and the long tasks while it opened, read and searched; each
// large figure beside the 1,000-article one from the same run.
import { buildPageBridge } from '../../../test/e2e/host/build-page-bridge';
import type { BenchLibraries } from '../bench-libraries';
import { openOnce, type PageOpen } from './page-open';

/** The 100k figure must stay within this multiple of the 1k one. */
export const HEAP_TARGET_RATIO = 1.5;
/** DESIGN.md: no task on the page runs longer than this while it opens, reads or searches. */
export const LONG_TASK_TARGET_MS = 200;
export const SMALL_SIZE = 1000;

export type { PageOpen } from './page-open';

export interface PageHeapResult {
  readonly small: PageOpen;
  readonly smallWarm: PageOpen;
  readonly largeCold: PageOpen;
  readonly largeWarm: PageOpen;
  /** The larger of the two 100k heaps over the 1k heap. */
  readonly ratio: number;
  readonly met: boolean;
  /** The warm large library's first row over the warm small one's. */
  readonly warmFirstRowRatio: number;
  /** The longest task of the large library's opens, reads and searches, and whether it met the target. */
  readonly longestTaskMs: number;
  readonly longTasksMet: boolean;
}

function longest(open: PageOpen): number {
  const { opening, scanning, searching } = open.longTasks;
  return Math.max(opening.maxMs, scanning.maxMs, searching.maxMs);
}

export async function benchPageHeap(libraries: BenchLibraries, largeSize: number): Promise<PageHeapResult> {
  await buildPageBridge();
  const small = await libraries.library(SMALL_SIZE);
  const large = await libraries.library(largeSize);
  const say = (text: string): void => void process.stderr.write(`    ${text}\n`);
  const smallData = await libraries.scratch('page-data-small');
  say(`page: opening ${SMALL_SIZE.toLocaleString('en-US')} (cold)`);
  const smallOpen = await openOnce(small.root, smallData);
  say(`page: opening ${SMALL_SIZE.toLocaleString('en-US')} again (warm)`);
  const smallWarm = await openOnce(small.root, smallData);
  const largeData = await libraries.scratch('page-data-large');
  say(`page: opening ${largeSize.toLocaleString('en-US')} (cold: the whole first read)`);
  const largeCold = await openOnce(large.root, largeData);
  say(`page: opening ${largeSize.toLocaleString('en-US')} again (warm: listed from the catalog)`);
  const largeWarm = await openOnce(large.root, largeData);
  const ratio = Math.max(largeCold.heap.usedMb, largeWarm.heap.usedMb) / smallOpen.heap.usedMb;
  const longestTaskMs = Math.max(longest(largeCold), longest(largeWarm));
  return {
    small: smallOpen,
    smallWarm,
    largeCold,
    largeWarm,
    ratio,
    met: ratio <= HEAP_TARGET_RATIO,
    warmFirstRowRatio: largeWarm.firstRowMs / smallWarm.firstRowMs,
    longestTaskMs,
    longTasksMet: longestTaskMs <= LONG_TASK_TARGET_MS,
  };
}
