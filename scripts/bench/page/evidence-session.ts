// The evidence bench's session: for each size of work, Debian's Chromium with a profile on disk (IndexedDB as
// the app keeps it) over the real services (the end-to-end host) on a warm copy of the library's catalog,
// the work file imported through "Import…" as an analyst would; then rounds, the sizes taking turns, each a
// fresh load of the page: the Evidence tab's first render, a scroll of the table from top to bottom, and the
// same scroll of the library list.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { cp } from 'node:fs/promises';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../chromium';
import { startHost, type DossierHost } from '../../../test/e2e/host/dossier-host';
import { frameStats, refreshInterval, type FrameStats } from './evidence-frames';
import { EVIDENCE, LIBRARY_LIST, NAME_SHIM, scrollThrough, timeFirstRender, type ScrollRun } from './evidence-probe';
import { firstRowMs, longTasksIn, PROBE_SCRIPT, recordedLongTasks, type LongTasks } from './page-probe';

const LOAD_TIMEOUT_MS = 10 * 60_000;
const RENDER_TIMEOUT_MS = 5 * 60_000;
/** A scroll takes at most this many frames: 20,000 rows in 300 steps is about five screenfuls a frame. */
export const MAX_STEPS = 300;
/** The page counts as settled after this long without a long task (its start-up work done). */
const QUIET_MS = 1500;

/** One size of work: its file, and the host data folder and Chromium profile it is measured in. */
export interface SideOptions {
  readonly workFile: string;
  readonly highlights: number;
  readonly userData: string;
  readonly profile: string;
  /** Also scroll the library list each round (the baseline for frame times). */
  readonly scrollLibrary: boolean;
}

export interface SessionOptions {
  readonly root: string;
  readonly sides: readonly SideOptions[];
  /** The profile of the browser that reads the library first. */
  readonly scratchProfile: string;
  readonly rounds: number;
  readonly say: (text: string) => void;
}

export interface ScrollFigures extends FrameStats {
  readonly refreshMs: number;
  readonly maxRows: number;
  readonly distancePx: number;
  readonly stepPx: number;
  readonly longTasks: LongTasks;
}

export interface EvidenceRound {
  readonly firstRenderMs: number;
  readonly firstRows: number;
  /** What the count said at that frame, e.g. "20,000 highlights". */
  readonly count: string;
  readonly firstRenderLongTasks: LongTasks;
  readonly table: ScrollFigures;
  readonly list: ScrollFigures | null;
}

export interface SideResult {
  readonly highlights: number;
  /** From the click on Import in the preview to the toast that says what was imported. */
  readonly importMs: number;
  readonly rounds: readonly EvidenceRound[];
}

export interface SessionResult {
  readonly sides: readonly SideResult[];
}

async function figures(page: Page, run: ScrollRun): Promise<ScrollFigures> {
  const refreshMs = refreshInterval(run.idle);
  const tasks = await recordedLongTasks(page);
  return {
    ...frameStats(run.frames, refreshMs),
    refreshMs,
    maxRows: run.maxRows,
    distancePx: run.distancePx,
    stepPx: run.stepPx,
    longTasks: longTasksIn(tasks, run.startMs, run.endMs),
  };
}

/**
 * Loads the page and waits until the library list shows, the read is done, main has answered every call of the
 * page's start-up (the annotation set for search: seconds with 20,000 highlights through the test bridge) and
 * no long task has run lately; then collects what the page before it left.
 */
async function loadSettled(page: Page, host: DossierHost, first: boolean): Promise<void> {
  if (first) await host.open();
  else await page.reload();
  await firstRowMs(page, LOAD_TIMEOUT_MS);
  await host.library.whenIdle();
  await page.waitForFunction(() => !document.querySelector('[data-testid="scan-progress"]'), null, {
    timeout: LOAD_TIMEOUT_MS,
    polling: 250,
  });
  for (;;) {
    await host.whenCallsDone();
    await untilQuiet(page);
    if (host.pendingCalls() === 0) break;
  }
  // A reload keeps the renderer, and the page before it left hundreds of MB behind (a scroll through 20,000
  // rows): V8's memory-reducing collection of them paused the page for 0.4-0.55 s (--trace-gc), and when it
  // fell in a first render that round's longest task was 0.55-2.4 s. An analyst's start has no page before it.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
}

async function untilQuiet(page: Page): Promise<void> {
  await page.waitForFunction(
    (quiet) => {
      const tasks = (window as { __benchLongTasks?: [number, number][] }).__benchLongTasks ?? [];
      const last = tasks.reduce((end, [start, duration]) => Math.max(end, start + duration), 0);
      return performance.now() - last > quiet;
    },
    QUIET_MS,
    { timeout: LOAD_TIMEOUT_MS, polling: 250 },
  );
}

async function importWork(page: Page, host: DossierHost, file: string): Promise<number> {
  host.dialogs.openPaths.push(file);
  await page.locator('.toolbar-actions').getByRole('button', { name: 'Import…' }).click();
  const preview = page.getByTestId('import-preview');
  await preview.getByTestId('count-new').waitFor({ timeout: LOAD_TIMEOUT_MS });
  const refused = (await preview.getByTestId('count-refused').locator('strong').textContent()) ?? '';
  if (refused.trim() !== '0') throw new Error(`the import preview refused ${refused} records of ${file}`);
  const started = performance.now();
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await page
    .getByTestId('toast')
    .filter({ hasText: / new, / })
    .waitFor({ timeout: LOAD_TIMEOUT_MS });
  return performance.now() - started;
}

async function round(page: Page, highlights: number, scrollLibrary: boolean): Promise<EvidenceRound> {
  const countText = `${highlights.toLocaleString('en-US')} highlights`;
  const first = await timeFirstRender(page, countText, RENDER_TIMEOUT_MS);
  const tasks = await recordedLongTasks(page);
  // The table takes its rows in steps after the first screen: the scroll is of the whole table.
  await page.waitForFunction(
    ({ sel, rows }) => document.querySelector(sel)?.getAttribute('aria-rowcount') === String(rows + 1),
    { sel: EVIDENCE.scroll, rows: highlights },
    { timeout: RENDER_TIMEOUT_MS, polling: 'raf' },
  );
  const table = await figures(page, await scrollThrough(page, EVIDENCE, MAX_STEPS));
  let list: ScrollFigures | null = null;
  if (scrollLibrary) {
    await page.locator(LIBRARY_LIST.tab).click();
    await page.locator(`${LIBRARY_LIST.scroll} ${LIBRARY_LIST.row}`).first().waitFor();
    list = await figures(page, await scrollThrough(page, LIBRARY_LIST, MAX_STEPS));
  }
  return {
    firstRenderMs: first.endMs - first.startMs,
    firstRows: first.rows,
    count: first.count,
    firstRenderLongTasks: longTasksIn(tasks, first.startMs, first.endMs),
    table,
    list,
  };
}

/** One side of the session: its own Chromium profile and host over a copy of the warm catalog. */
interface Side {
  readonly options: SideOptions;
  readonly page: Page;
  readonly host: DossierHost;
  readonly close: () => Promise<void>;
}

async function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
}

/** Reads the library once into `userData`'s catalog (the cold read is no part of any figure), then closes. */
async function warmCatalog(root: string, userData: string, profile: string): Promise<void> {
  const context = await launch(profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript({ content: PROBE_SCRIPT });
    const host = await startHost(page, { libraryRoot: root, userData });
    try {
      await loadSettled(page, host, true);
    } finally {
      await host.close();
    }
  } finally {
    await context.close();
  }
}

async function openSide(root: string, options: SideOptions, say: (text: string) => void): Promise<Side> {
  const context = await launch(options.profile);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript({ content: NAME_SHIM });
  await page.addInitScript({ content: PROBE_SCRIPT });
  const host = await startHost(page, { libraryRoot: root, userData: options.userData });
  const close = async (): Promise<void> => {
    await host.close();
    await context.close();
  };
  try {
    await loadSettled(page, host, true);
    say(`evidence: importing ${options.highlights.toLocaleString('en-US')} highlights`);
    return { options, page, host, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Both sides open at once, each with its work imported; then the rounds, the sides taking turns (AB, BA, AB,
 * …) so that the machine's load falls on both alike.
 */
export async function evidenceSession(o: SessionOptions): Promise<SessionResult> {
  const [first, ...others] = o.sides;
  if (!first) throw new Error('an evidence session needs at least one side');
  o.say('evidence: reading the library into a catalog (no part of any figure)');
  await warmCatalog(o.root, first.userData, o.scratchProfile);
  for (const side of others) await cp(first.userData, side.userData, { recursive: true });
  const sides: Side[] = [];
  try {
    const imports: number[] = [];
    for (const options of o.sides) {
      const side = await openSide(o.root, options, o.say);
      sides.push(side);
      imports.push(await importWork(side.page, side.host, options.workFile));
    }
    const rounds: EvidenceRound[][] = sides.map(() => []);
    for (let r = 0; r < o.rounds; r++) {
      const order = sides.map((_, i) => i);
      if (r % 2 === 1) order.reverse();
      for (const i of order) {
        const { page, host, options } = sides[i] as Side;
        await loadSettled(page, host, false);
        o.say(`evidence: ${options.highlights.toLocaleString('en-US')} highlights, round ${r + 1} of ${o.rounds}`);
        (rounds[i] as EvidenceRound[]).push(await round(page, options.highlights, options.scrollLibrary));
      }
    }
    return {
      sides: sides.map((side, i) => ({
        highlights: side.options.highlights,
        importMs: imports[i] as number,
        rounds: rounds[i] as EvidenceRound[],
      })),
    };
  } finally {
    for (const side of sides) await side.close();
  }
}
