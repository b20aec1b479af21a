// The read worker's heap on one large file: the file parsed by parseFile on a worker thread with the read
// worker's resource limits (src-main/catalog/reading/entry-reader.ts), the old generation capped at a given size.
import { Worker } from 'node:worker_threads';
import { basename, join } from 'node:path';
import type { HeapWorkerReply } from './intake-heap-worker';

/** The read worker's caps (entry-reader.ts): young generation 8 MB, old generation 64 MB. */
export const READ_WORKER_YOUNG_MB = 8;
export const READ_WORKER_OLD_MB = 64;

export interface HeapRun {
  readonly oldGenerationMb: number;
  /** Out of memory: the thread was stopped at its cap. */
  readonly outOfMemory: boolean;
  readonly reply: HeapWorkerReply | null;
  /** The worker's used heap at its highest, as the parent thread sampled it. */
  readonly parentPeakBytes: number;
  readonly failure: string | null;
}

export function parseInCappedWorker(path: string, oldGenerationMb: number): Promise<HeapRun> {
  return new Promise((resolve) => {
    const worker = new Worker(join(__dirname, 'intake-heap-worker.ts'), {
      workerData: { path, fileName: basename(path) },
      execArgv: ['--import', 'tsx'],
      resourceLimits: { maxYoungGenerationSizeMb: READ_WORKER_YOUNG_MB, maxOldGenerationSizeMb: oldGenerationMb },
    });
    let parentPeak = 0;
    let reply: HeapWorkerReply | null = null;
    let failure: string | null = null;
    let outOfMemory = false;
    const sampler = setInterval(() => {
      worker
        .getHeapStatistics()
        .then((stats) => {
          parentPeak = Math.max(parentPeak, stats.used_heap_size);
        })
        .catch(() => undefined);
    }, 10);
    worker.on('message', (message: HeapWorkerReply) => {
      reply = message;
      void worker.terminate();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      failure = error.message;
    });
    worker.on('exit', () => {
      clearInterval(sampler);
      resolve({ oldGenerationMb, outOfMemory, reply, parentPeakBytes: parentPeak, failure });
    });
  });
}

/** Parsed under the read worker's cap, then, if that runs out, under twice the cap until it fits (to 1 GB). */
export async function heapOnLargeFile(path: string): Promise<HeapRun[]> {
  const runs: HeapRun[] = [];
  for (let cap = READ_WORKER_OLD_MB; cap <= 1024; cap *= 2) {
    const run = await parseInCappedWorker(path, cap);
    runs.push(run);
    if (!run.outOfMemory) break;
  }
  return runs;
}
