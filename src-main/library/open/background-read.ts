// The background read of a folder's new and changed files: every file is listed first, a step at a time
// (each step one catalog write, listed as it lands), then their text is indexed a step at a time: one
// progress bar, two phases, so a large library is listed sooner. Many files are a bulk load.
import type { ScanProgress } from '../../../src-preload/contract';
import type { CatalogStore, WriteResult } from '../../catalog/catalog-store';
import type { BackgroundRun } from './background-run';
import { ProgressReporter, type Clock } from './progress-reporter';
import type { ScannedFile } from '../scanner';
import { inSteps } from './steps';

/** Awaited at the start of each phase, after its first report: lets a test hold a read where it wants. */
export type PhaseGate = (root: string, phase: ScanProgress['phase']) => Promise<void>;

export interface ReadOptions {
  /**
   * Files read per step. By default the steps grow from 250 to 1,000 files: the first files show at once,
   * and a large library is written in few transactions (each one a commit and an index segment to merge).
   */
  readonly chunkSize?: number;
  /** A read of this many new or changed files or more is a bulk load (the catalog's indexes set aside). */
  readonly bulkLoadFrom?: number;
  readonly phaseGate?: PhaseGate;
  readonly clock?: Clock;
}

/** What a read needs of the open folder it reads for. */
export interface ReadTarget {
  readonly root: string;
  readonly store: CatalogStore;
  /** False once the folder is closed or another is opened: the read then stops and reports nothing more. */
  readonly active: () => boolean;
  /** Each step's write, as it lands. */
  readonly written: (result: WriteResult) => void;
  readonly progress: (progress: ScanProgress) => void;
}

const FIRST_STEP = 250;
const LARGEST_STEP = 1000;
const BULK_LOAD_FROM = 2000;

/** Reads these files, then indexes whatever text is left unindexed (this read's, or an earlier run's). */
export async function readInBackground(
  target: ReadTarget,
  run: BackgroundRun,
  files: readonly ScannedFile[],
  options: ReadOptions,
): Promise<void> {
  const { root, store } = target;
  const keepGoing = (): boolean => !run.cancelled && target.active();
  const reading = files.length > 0 ? await startPhase(target, run, 'reading', files.length, options) : null;
  const bulk = files.length >= (options.bulkLoadFrom ?? BULK_LOAD_FROM);
  if (bulk) await store.setBulkLoad(true);
  try {
    await inSteps(files, {
      size: stepSizes(options.chunkSize),
      keepGoing,
      start: (chunk) => store.catalogue(root, chunk),
      finish: (chunk, result) => {
        target.written(result);
        reading?.advance(chunk.length);
      },
    });
  } finally {
    if (bulk) await store.setBulkLoad(false);
  }
  if (!target.active()) return;
  run.markListed();
  const pending = keepGoing() ? await store.pendingIds(root) : [];
  if (!target.active()) return;
  const indexingFollows = pending.length > 0 && keepGoing();
  // The reading's last report says whether the work is over, or indexing follows (the bar stays).
  reading?.finish(!indexingFollows);
  if (!indexingFollows) return;
  const indexing = await startPhase(target, run, 'indexing', pending.length, options);
  await inSteps(pending, {
    size: () => options.chunkSize ?? LARGEST_STEP,
    keepGoing,
    start: (chunk) => store.indexPending(root, chunk),
    finish: (chunk) => indexing.advance(chunk.length),
  });
  if (target.active()) indexing.finish(true);
}

async function startPhase(
  target: ReadTarget,
  run: BackgroundRun,
  phase: ScanProgress['phase'],
  total: number,
  options: ReadOptions,
): Promise<ProgressReporter> {
  const cancelled = (): boolean => run.cancelled;
  const reporter = new ProgressReporter({ root: target.root, phase, total, cancelled }, target.progress, options.clock);
  await options.phaseGate?.(target.root, phase);
  return reporter;
}

/** The size of each next step: the given size throughout, or growing from FIRST_STEP to LARGEST_STEP. */
function stepSizes(chunkSize: number | undefined): () => number {
  let size = chunkSize ?? FIRST_STEP;
  return () => {
    const now = size;
    if (chunkSize === undefined) size = Math.min(size * 2, LARGEST_STEP);
    return now;
  };
}
