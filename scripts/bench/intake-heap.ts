// The read worker's heap on one large file: the file parsed by parseFile on a worker thread with the read
// worker's resource limits (src-main/catalog/reading/entry-reader.ts), the old generation capped at a given size.
// The worker runs bundled to CommonJS by rolldown, as electron-vite bundles the read worker: loaded through tsx,
// its transforms alone would take some 100 MB of the heap measured.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Worker } from 'node:worker_threads';
import { basename, join } from 'node:path';
import { build } from 'rolldown';
import type { HeapWorkerReply } from './intake-heap-worker';

/**
 * The read worker's young generation (entry-reader.ts), and the old generation each file is first tried in: the
 * text read worker's former cap, doubled until the file fits, so the figures say what each file needs.
 */
export const READ_WORKER_YOUNG_MB = 8;
export const FIRST_OLD_MB = 64;

export interface HeapRun {
  readonly oldGenerationMb: number;
  /** Out of memory: the thread was stopped at its cap. */
  readonly outOfMemory: boolean;
  readonly reply: HeapWorkerReply | null;
  /** The worker's used heap at its highest, as the parent thread sampled it. */
  readonly parentPeakBytes: number;
  readonly failure: string | null;
}

/** The heap worker bundled into `dir`, with pdf.js and the rest in chunks beside it; returns its script. */
async function bundleWorker(dir: string): Promise<string> {
  await build({
    input: join(__dirname, 'intake-heap-worker.ts'),
    platform: 'node',
    output: { dir, format: 'cjs', entryFileNames: 'heap-worker.js' },
    logLevel: 'silent',
  });
  return join(dir, 'heap-worker.js');
}

function parseInCappedWorker(script: string, path: string, oldGenerationMb: number): Promise<HeapRun> {
  return new Promise((resolve) => {
    const worker = new Worker(script, {
      workerData: { path, fileName: basename(path) },
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
export async function heapOnLargeFiles(paths: readonly string[]): Promise<HeapRun[][]> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-heap-worker-'));
  try {
    const script = await bundleWorker(dir);
    const all: HeapRun[][] = [];
    for (const path of paths) {
      const runs: HeapRun[] = [];
      for (let cap = FIRST_OLD_MB; cap <= 1024; cap *= 2) {
        const run = await parseInCappedWorker(script, path, cap);
        runs.push(run);
        if (!run.outOfMemory) break;
      }
      all.push(runs);
    }
    return all;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
