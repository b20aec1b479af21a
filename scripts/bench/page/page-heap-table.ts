// The page-heap bench's tables: each open's heap, first row, search and readiness; its long tasks while it
// opened, read and searched; and the verdicts, each large figure beside the 1,000-article one.
import { round } from '../stats';
import { HEAP_TARGET_RATIO, LONG_TASK_TARGET_MS, SMALL_SIZE, type PageHeapResult, type PageOpen } from './page-heap';
import type { LongTasks } from './page-probe';

const ms = (n: number): string => `${Math.round(n).toLocaleString('en-US')} ms`;
const n = (size: number): string => size.toLocaleString('en-US');

function row(label: string, open: PageOpen): string {
  return (
    `  ${label.padEnd(26)}${`${round(open.heap.usedMb, 1)} MB`.padStart(10)}` +
    `${open.heap.domNodes.toLocaleString('en-US').padStart(11)}${ms(open.firstRowMs).padStart(12)}` +
    `${ms(open.searchMs).padStart(11)}${ms(open.readyMs).padStart(13)}${ms(open.hostOpenMs).padStart(13)}\n`
  );
}

/** "3: longest 219 ms, 410 ms in all" */
function tasks(t: LongTasks): string {
  if (t.count === 0) return 'none';
  const over = t.over200 > 0 ? `, ${t.over200} over ${LONG_TASK_TARGET_MS}` : '';
  return `${t.count}: longest ${ms(t.maxMs)}, ${ms(t.totalMs)} in all${over}`;
}

function taskRow(label: string, open: PageOpen): string {
  const { opening, scanning, searching } = open.longTasks;
  return `  ${label.padEnd(26)}${tasks(opening).padEnd(48)}${tasks(scanning).padEnd(48)}${tasks(searching)}\n`;
}

export function formatPageHeap(r: PageHeapResult, largeSize: number): string {
  const large = n(largeSize);
  const small = n(SMALL_SIZE);
  const opens: [string, PageOpen][] = [
    [`${small}, first open`, r.small],
    [`${small}, warm`, r.smallWarm],
    [`${large}, first open`, r.largeCold],
    [`${large}, warm (catalogued)`, r.largeWarm],
  ];
  let out =
    `  ${'library open'.padEnd(26)}${'JS heap'.padStart(10)}${'DOM nodes'.padStart(11)}${'first row'.padStart(12)}` +
    `${'search'.padStart(11)}${'read done'.padStart(13)}${'host open'.padStart(13)}\n`;
  for (const [label, open] of opens) out += row(label, open);
  out += `\n  long tasks (wall clock)   ${'opening: load to first row'.padEnd(48)}`;
  out += `${'scanning: first row to read done'.padEnd(48)}searching: first key to answer\n`;
  for (const [label, open] of opens) out += taskRow(label, open);
  out += `\n  JS heap at ${large} over ${small}: ${round(r.ratio, 2)}x `;
  out += `(target <= ${HEAP_TARGET_RATIO}x): ${r.met ? 'met' : 'MISSED'}\n`;
  out += `  first row of the warm ${large} library: ${ms(r.largeWarm.firstRowMs)} after the page began loading, `;
  out += `beside ${ms(r.smallWarm.firstRowMs)} for ${small} (${round(r.warmFirstRowRatio, 2)}x)\n`;
  out += `  longest task at ${large} (open, read, search): ${ms(r.longestTaskMs)} `;
  out += `(target <= ${LONG_TASK_TARGET_MS} ms; at ${small}: `;
  const smallLongest = Math.max(
    ...[r.small, r.smallWarm].flatMap((o) => Object.values(o.longTasks).map((t: LongTasks) => t.maxMs)),
  );
  out += `${ms(smallLongest)}): ${r.longTasksMet ? 'met' : 'MISSED'}\n`;
  out += `  the search typed after the first row answered “${r.largeCold.searchAnswer}” at the first open, `;
  out += `“${r.largeWarm.searchAnswer}” warm\n`;
  return out;
}
