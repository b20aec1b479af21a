// What watching costs the process: resident memory, the JS heap, open file descriptors and inotify watches
// (Linux; read from /proc, so the count covers libuv's inotify instance and any native watcher's own).
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

export interface ProcessCost {
  readonly rssMb: number;
  readonly heapUsedMb: number;
  /** Memory held outside the JS heap by native code that told V8 about it (buffers, addons). */
  readonly externalMb: number;
  readonly fds: number;
  /** inotify watches held by this process (-1 where /proc cannot tell). */
  readonly inotifyWatches: number;
}

const mb = (bytes: number): number => bytes / 2 ** 20;

function descriptors(): { fds: number; inotifyWatches: number } {
  try {
    const fds = readdirSync('/proc/self/fd');
    let watches = 0;
    for (const fd of fds) {
      let target = '';
      try {
        target = readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        continue; // the descriptor readdir itself held, closed by now
      }
      if (!target.includes('inotify')) continue;
      const info = readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8');
      watches += info.split('\n').filter((line) => line.startsWith('inotify wd:')).length;
    }
    return { fds: fds.length, inotifyWatches: watches };
  } catch {
    return { fds: -1, inotifyWatches: -1 };
  }
}

/** Collects garbage first (the child runs with --expose-gc), so the heap figure is what is still held. */
export function processCost(): ProcessCost {
  globalThis.gc?.();
  const memory = process.memoryUsage();
  return {
    rssMb: mb(memory.rss),
    heapUsedMb: mb(memory.heapUsed),
    externalMb: mb(memory.external),
    ...descriptors(),
  };
}

/** The most this process has been resident so far (maxRSS), in MB. */
export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;
