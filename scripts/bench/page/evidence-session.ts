// One session of the evidence bench: Debian's Chromium with a profile on disk (IndexedDB as the app keeps it)
// over the real services (the end-to-end host), the library opened and read, the work file imported through
// "Import…" as an analyst would; then rounds, each a fresh load of the page: the Evidence tab's first render,
// a scroll of the table from top to bottom, and the same scroll of the library list.
import { chromium, type Page } from '@playwright/test';
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

export interface SessionOptions {
  readonly root: string;
  readonly userData: string;
  readonly profile: string;
  readonly workFile: string;
  readonly highlights: number;
  readonly rounds: number;
  /** Also scroll the library list each round (the baseline for frame times). */
  readonly scrollLibrary: boolean;
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

export interface SessionResult {
  readonly highlights: number;
  /** From the click on Import in the preview to the toast that says what was imported. */
  readonly importMs: number;
  readonly rounds: readonly EvidenceRound[];
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

/** Loads the page and waits until the library list shows, the read is done and no long task has run lately. */
async function loadSettled(page: Page, host: DossierHost, first: boolean): Promise<void> {
  if (first) await host.open();
  else await page.reload();
  await firstRowMs(page, LOAD_TIMEOUT_MS);
  await host.library.whenIdle();
  await page.waitForFunction(() => !document.querySelector('[data-testid="scan-progress"]'), null, {
    timeout: LOAD_TIMEOUT_MS,
    polling: 250,
  });
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

export async function evidenceSession(o: SessionOptions): Promise<SessionResult> {
  const context = await chromium.launchPersistentContext(o.profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript({ content: NAME_SHIM });
    await page.addInitScript({ content: PROBE_SCRIPT });
    const host = await startHost(page, { libraryRoot: o.root, userData: o.userData });
    try {
      await loadSettled(page, host, true);
      o.say(`evidence: importing ${o.highlights.toLocaleString('en-US')} highlights`);
      const importMs = await importWork(page, host, o.workFile);
      const rounds: EvidenceRound[] = [];
      for (let r = 0; r < o.rounds; r++) {
        await loadSettled(page, host, false);
        o.say(`evidence: ${o.highlights.toLocaleString('en-US')} highlights, round ${r + 1} of ${o.rounds}`);
        rounds.push(await round(page, o.highlights, o.scrollLibrary));
      }
      return { highlights: o.highlights, importMs, rounds };
    } finally {
      await host.close();
    }
  } finally {
    await context.close();
  }
}
