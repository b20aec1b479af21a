// The evidence bench's tables: each size's work file, import and first render; each scroll's frame times,
// missed refreshes, long tasks and rows in the DOM; and the verdicts against the same run's baselines.
import { round } from '../stats';
import {
  FIRST_RENDER_RATIO,
  ROUNDS,
  ROWS_RATIO,
  SCROLL_P95_RATIO,
  type EvidenceBench,
  type EvidenceSize,
  type MedianScroll,
} from './evidence';
import { LONG_TASK_TARGET_MS } from './page-heap';

const n = (x: number): string => Math.round(x).toLocaleString('en-US');
const ms = (x: number): string => `${n(x)} ms`;
const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');

function sizeRow(s: EvidenceSize): string {
  return (
    `  ${n(s.highlights).padEnd(12)}${n(s.work.articles).padStart(9)}${n(s.work.links).padStart(8)}` +
    `${`${round(s.work.megabytes, 1)} MB`.padStart(10)}${`${round(s.importMs / 1000, 1)} s`.padStart(10)}` +
    `${ms(s.firstRenderMs).padStart(15)}${ms(s.firstRenderLongestMs).padStart(15)}   ${s.count}\n`
  );
}

function scrollRow(label: string, s: MedianScroll): string {
  const tasks = s.longTasks === 0 ? 'none' : `${n(s.longTasks)} (longest ${ms(s.longestTaskMs)})`;
  return (
    `  ${label.padEnd(30)}${n(s.frames).padStart(7)}${`${n(s.stepPx)} px`.padStart(10)}` +
    `${`${round(s.p50Ms, 1)}`.padStart(8)}${`${round(s.p95Ms, 1)}`.padStart(8)}${`${round(s.maxMs, 1)}`.padStart(8)}` +
    `${`${round(s.droppedShare * 100, 1)}%`.padStart(9)}   ${tasks.padEnd(26)}${n(s.maxRows).padStart(6)}\n`
  );
}

export function formatEvidence(r: EvidenceBench): string {
  const { large, baseline } = r;
  let out = `  library: ${n(r.library.articles)} articles (${r.library.corpus})\n`;
  out += `  work: imported through Import… (the app's work document); `;
  out += `medians of ${ROUNDS} rounds, each a fresh load\n\n`;
  out +=
    `  ${'highlights'.padEnd(12)}${'articles'.padStart(9)}${'links'.padStart(8)}${'file'.padStart(10)}` +
    `${'import'.padStart(10)}${'first render'.padStart(15)}${'longest task'.padStart(15)}   count shown\n`;
  out += sizeRow(baseline) + sizeRow(large);
  out += `\n  scroll, top to bottom, one step per frame (at least a screenful: new rows every frame)\n`;
  out +=
    `  ${''.padEnd(30)}${'frames'.padStart(7)}${'step'.padStart(10)}${'p50'.padStart(8)}${'p95'.padStart(8)}` +
    `${'max ms'.padStart(8)}${'missed'.padStart(9)}   ${'long tasks > 50 ms'.padEnd(26)}${'rows'.padStart(6)}\n`;
  out += scrollRow(`table, ${n(baseline.highlights)} highlights`, baseline.table);
  out += scrollRow(`table, ${n(large.highlights)} highlights`, large.table);
  if (large.list) out += scrollRow(`library list, ${n(r.library.articles)} articles`, large.list);
  out += `  (display refresh ${round(large.table.refreshMs, 1)} ms; "missed": refreshes that showed no new frame)\n\n`;
  out += `  first render at ${n(large.highlights)} over ${n(baseline.highlights)}: ${round(r.firstRenderRatio, 2)}x `;
  out += `(target <= ${FIRST_RENDER_RATIO}x): ${verdict(r.verdicts.firstRender)}\n`;
  out += `  scroll p95 frame at ${n(large.highlights)} over ${n(baseline.highlights)}: ${round(r.scrollP95Ratio, 2)}x `;
  out += `(target <= ${SCROLL_P95_RATIO}x): ${verdict(r.verdicts.scroll)}`;
  out += r.tableOverListP95 === null ? '\n' : `; over the library list's: ${round(r.tableOverListP95, 2)}x\n`;
  out += `  rows in the DOM at ${n(large.highlights)}: at most ${n(large.table.maxRows)}, `;
  out += `${round(r.rowsRatio, 2)}x the ${n(baseline.highlights)} table's (target <= ${ROWS_RATIO}x): `;
  out += `${verdict(r.verdicts.rowsBounded)}\n`;
  const longest = Math.max(large.firstRenderLongestMs, large.table.longestTaskMs);
  out += `  longest task at ${n(large.highlights)} (first render, scroll): ${ms(longest)} `;
  out += `(target <= ${LONG_TASK_TARGET_MS} ms): ${verdict(r.verdicts.longTasks)}\n`;
  return out;
}

/** The headline figures on one line of JSON, for a log to be searched or compared run by run. */
export function evidenceLine(r: EvidenceBench): string {
  const figures = {
    section: 'evidence',
    highlights: r.large.highlights,
    firstRenderMs: Math.round(r.large.firstRenderMs),
    baselineFirstRenderMs: Math.round(r.baseline.firstRenderMs),
    firstRenderRatio: round(r.firstRenderRatio, 2),
    scrollP50Ms: round(r.large.table.p50Ms, 1),
    scrollP95Ms: round(r.large.table.p95Ms, 1),
    scrollMaxMs: round(r.large.table.maxMs, 1),
    baselineScrollP95Ms: round(r.baseline.table.p95Ms, 1),
    listScrollP95Ms: r.large.list === null ? null : round(r.large.list.p95Ms, 1),
    scrollP95Ratio: round(r.scrollP95Ratio, 2),
    droppedShare: round(r.large.table.droppedShare, 3),
    scrollLongTasks: r.large.table.longTasks,
    maxDomRows: r.large.table.maxRows,
    verdicts: r.verdicts,
  };
  return `  ${JSON.stringify(figures)}\n`;
}
