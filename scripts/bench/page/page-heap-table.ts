// The page-heap bench's table: each open's heap, first row, readiness and long tasks, and the verdict.
import { round } from '../stats';
import { HEAP_TARGET_RATIO, SMALL_SIZE, type PageHeapResult, type PageOpen } from './page-heap';

const ms = (n: number): string => `${Math.round(n).toLocaleString('en-US')} ms`;

function row(label: string, open: PageOpen): string {
  const t = open.longTasks;
  const tasks = `${t.count} (${ms(t.totalMs)}, longest ${ms(t.maxMs)}, ${t.over200} over 200 ms)`;
  return (
    `  ${label.padEnd(26)}${`${round(open.heap.usedMb, 1)} MB`.padStart(10)}` +
    `${open.heap.domNodes.toLocaleString('en-US').padStart(11)}${ms(open.firstRowMs).padStart(12)}` +
    `${ms(open.readyMs).padStart(13)}${ms(open.hostOpenMs).padStart(13)}   ${tasks}\n`
  );
}

export function formatPageHeap(r: PageHeapResult, largeSize: number): string {
  const large = largeSize.toLocaleString('en-US');
  let out =
    `  ${'library open'.padEnd(26)}${'JS heap'.padStart(10)}${'DOM nodes'.padStart(11)}${'first row'.padStart(12)}` +
    `${'read done'.padStart(13)}${'host open'.padStart(13)}   long tasks while opening\n`;
  out += row(`${SMALL_SIZE.toLocaleString('en-US')}, first open`, r.small);
  out += row(`${large}, first open`, r.largeCold);
  out += row(`${large}, warm (catalogued)`, r.largeWarm);
  const verdict = r.met ? 'met' : 'MISSED';
  out += `  JS heap at ${large} over ${SMALL_SIZE.toLocaleString('en-US')}: ${round(r.ratio, 2)}x `;
  out += `(target <= ${HEAP_TARGET_RATIO}x): ${verdict}\n`;
  out += `  first row of the warm ${large} library: ${ms(r.largeWarm.firstRowMs)} after the page began loading\n`;
  return out;
}
