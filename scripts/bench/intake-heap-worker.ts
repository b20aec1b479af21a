// Bench worker: parses one file with parseFile on a thread whose heap is capped as the read worker's is, and
// tells its peak heap, sampled on its own thread while the parse awaits.
import { readFile } from 'node:fs/promises';
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { parseFile } from '../../src-main/articles/formats/parse-file';

export interface HeapWorkerReply {
  readonly ok: boolean;
  readonly error: string | null;
  readonly paragraphs: number;
  readonly ms: number;
  readonly peakHeapBytes: number;
  readonly heapLimitBytes: number;
}

async function main(): Promise<void> {
  const { path, fileName } = workerData as { path: string; fileName: string };
  let peak = 0;
  const sample = (): void => {
    peak = Math.max(peak, getHeapStatistics().used_heap_size);
  };
  const timer = setInterval(sample, 2);
  const bytes = new Uint8Array(await readFile(path));
  const start = performance.now();
  const result = await parseFile(bytes, { fileName });
  const ms = performance.now() - start;
  sample();
  clearInterval(timer);
  const port = parentPort;
  if (port === null) throw new Error('intake-heap-worker runs as a worker thread');
  port.postMessage({
    ok: result.ok,
    error: result.ok ? null : result.error,
    paragraphs: result.ok ? result.articles.reduce((n, a) => n + a.paragraphs.length, 0) : 0,
    ms,
    peakHeapBytes: peak,
    heapLimitBytes: getHeapStatistics().heap_size_limit,
  } satisfies HeapWorkerReply);
}

void main();
