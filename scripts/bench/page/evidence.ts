// Bench: the Evidence tab with 20,000 highlights on real passages of a 10,000-article library, imported as an
// analyst's work file, in Chromium over the real services: the first render (the tab's click to the first
// frame with rows and the full count) and a scroll of the table from top to bottom (frame times, refreshes
// missed, long tasks, rows in the DOM); beside the same table with 2,000 highlights and the library list's
// own scroll, measured in the same run. Several rounds, the two sizes taking turns, each a fresh load of the
// page; medians.
import { join, resolve } from 'node:path';
import { buildPageBridge } from '../../../test/e2e/host/build-page-bridge';
import type { BenchLibraries } from '../bench-libraries';
import { runJsonChild } from '../child-json';
import { median } from '../stats';
import { readArticles, writeWorkFile, type WorkFile } from './evidence-library';
import { PER_ARTICLE } from './evidence-work';
import type {
  EvidenceRound,
  ScrollFigures,
  SessionOptions,
  SessionResult,
  SideOptions,
  SideResult,
} from './evidence-session';
import { LONG_TASK_TARGET_MS } from './page-heap';

const RUN_SCRIPT = resolve(__dirname, 'evidence-run.ts');

export const LIBRARY_SIZE = 10_000;
export const HIGHLIGHTS = 20_000;
export const BASELINE_HIGHLIGHTS = 2_000;
export const ROUNDS = 3;
/** Ten times the rows may cost at most this many times the first render (loading them all is linear). */
export const FIRST_RENDER_RATIO = 3;
/** A virtualized table's frames cost the same at any size: p95 within this multiple of the 2,000 one. */
export const SCROLL_P95_RATIO = 1.5;
/** Rows in the DOM at 20,000 within this multiple of those at 2,000 (bounded, not growing with the rows). */
export const ROWS_RATIO = 1.2;

/** One size's rounds, each figure the median of the rounds. */
export interface EvidenceSize {
  readonly highlights: number;
  readonly work: Omit<WorkFile, 'path'>;
  readonly importMs: number;
  readonly count: string;
  readonly firstRenderMs: number;
  readonly firstRenderLongestMs: number;
  readonly table: MedianScroll;
  readonly list: MedianScroll | null;
  readonly rounds: readonly EvidenceRound[];
}

export interface MedianScroll {
  readonly frames: number;
  readonly refreshMs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  readonly droppedShare: number;
  readonly longTasks: number;
  readonly longestTaskMs: number;
  readonly maxRows: number;
  readonly distancePx: number;
  readonly stepPx: number;
}

export interface EvidenceBench {
  readonly library: { readonly articles: number; readonly corpus: string };
  readonly large: EvidenceSize;
  readonly baseline: EvidenceSize;
  readonly firstRenderRatio: number;
  readonly scrollP95Ratio: number;
  /** The table's p95 frame at 20,000 over the library list's, both in the same rounds. */
  readonly tableOverListP95: number | null;
  readonly rowsRatio: number;
  readonly verdicts: {
    readonly firstRender: boolean;
    readonly scroll: boolean;
    readonly rowsBounded: boolean;
    readonly longTasks: boolean;
  };
}

function medianScroll(runs: readonly ScrollFigures[]): MedianScroll {
  const m = (pick: (s: ScrollFigures) => number): number => median(runs.map(pick));
  return {
    frames: m((s) => s.frames),
    refreshMs: m((s) => s.refreshMs),
    p50Ms: m((s) => s.p50Ms),
    p95Ms: m((s) => s.p95Ms),
    maxMs: m((s) => s.maxMs),
    droppedShare: m((s) => s.droppedShare),
    longTasks: m((s) => s.longTasks.count),
    longestTaskMs: Math.max(...runs.map((s) => s.longTasks.maxMs)),
    maxRows: Math.max(...runs.map((s) => s.maxRows)),
    distancePx: m((s) => s.distancePx),
    stepPx: m((s) => s.stepPx),
  };
}

function summarise(result: SideResult, work: WorkFile): EvidenceSize {
  const { rounds } = result;
  const lists = rounds.flatMap((r) => (r.list ? [r.list] : []));
  const { path: _path, ...described } = work;
  return {
    highlights: result.highlights,
    work: described,
    importMs: result.importMs,
    count: rounds[0]?.count ?? '',
    firstRenderMs: median(rounds.map((r) => r.firstRenderMs)),
    firstRenderLongestMs: Math.max(...rounds.map((r) => r.firstRenderLongTasks.maxMs)),
    table: medianScroll(rounds.map((r) => r.table)),
    list: lists.length > 0 ? medianScroll(lists) : null,
    rounds,
  };
}

/** The two work files, written from a sample of the library's articles (read here, then let go). */
async function workFiles(libraries: BenchLibraries, root: string): Promise<{ large: WorkFile; small: WorkFile }> {
  // The articles the larger file marks, and a tenth more for those with no passage long enough.
  const articles = await readArticles(root, Math.ceil((HIGHLIGHTS / PER_ARTICLE) * 1.1));
  const dir = await libraries.scratch('evidence-work');
  const now = Date.now();
  const large = await writeWorkFile(dir, articles, HIGHLIGHTS, now);
  const small = await writeWorkFile(dir, articles, BASELINE_HIGHLIGHTS, now);
  return { large, small };
}

export async function benchEvidence(libraries: BenchLibraries): Promise<EvidenceBench> {
  await buildPageBridge();
  const library = await libraries.library(LIBRARY_SIZE);
  const corpus = (await libraries.corpus()).description;
  const { large, small } = await workFiles(libraries, library.root);
  const side = async (work: WorkFile, scrollLibrary: boolean): Promise<SideOptions> => ({
    workFile: work.path,
    highlights: work.highlights,
    userData: await libraries.scratch(`evidence-data-${work.highlights}`),
    profile: join(await libraries.scratch(`evidence-profile-${work.highlights}`), 'chromium'),
    scrollLibrary,
  });
  const options: Omit<SessionOptions, 'say'> = {
    root: library.root,
    sides: [await side(small, false), await side(large, true)],
    scratchProfile: join(await libraries.scratch('evidence-profile-read'), 'chromium'),
    rounds: ROUNDS,
  };
  const result = await runJsonChild<SessionResult>(RUN_SCRIPT, [JSON.stringify(options)]);
  const [smallSide, largeSide] = result.sides;
  if (!smallSide || !largeSide) throw new Error('the evidence session measured fewer than two sizes');
  const baseline = summarise(smallSide, small);
  const largeSize = summarise(largeSide, large);
  const firstRenderRatio = largeSize.firstRenderMs / baseline.firstRenderMs;
  const scrollP95Ratio = largeSize.table.p95Ms / baseline.table.p95Ms;
  const rowsRatio = largeSize.table.maxRows / baseline.table.maxRows;
  const longest = Math.max(largeSize.firstRenderLongestMs, largeSize.table.longestTaskMs);
  return {
    library: { articles: library.files, corpus },
    large: largeSize,
    baseline,
    firstRenderRatio,
    scrollP95Ratio,
    tableOverListP95: largeSize.list ? largeSize.table.p95Ms / largeSize.list.p95Ms : null,
    rowsRatio,
    verdicts: {
      firstRender: firstRenderRatio <= FIRST_RENDER_RATIO,
      scroll: scrollP95Ratio <= SCROLL_P95_RATIO,
      rowsBounded: rowsRatio <= ROWS_RATIO,
      longTasks: longest <= LONG_TASK_TARGET_MS,
    },
  };
}
