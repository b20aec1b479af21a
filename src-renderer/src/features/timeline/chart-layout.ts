// Where the timeline's lanes and marks sit: each lane's marks at the zoom's unit, its rows and height, and its
// top; what is in view is found from these by halving, so a lane of 100,000 articles costs only what shows.
import { deepestDay, marksOf, type Mark, type TimeUnit } from '../../../../src-shared/analysis/timeline-scale';
import type { Lane } from '../../../../src-shared/analysis/timeline-model';

export const LABEL_WIDTH = 176;
export const AXIS_HEIGHT = 44;
export const ROW_HEIGHT = 28;
const LANE_PADDING = 8;
/** Rows a lane stacks one day's items in before the rest fold into "+N" (until the analyst expands it). */
export const ROWS_FOLDED = 4;

export interface LaidLane {
  readonly lane: Lane;
  readonly marks: readonly Mark[];
  /** At day zoom, how many days each item mark may widen over (the free days after it in its row). */
  readonly spans: ReadonlyMap<string, number>;
  readonly rows: number;
  readonly top: number;
  readonly height: number;
  /** More items on some day than the folded rows show. */
  readonly folded: boolean;
}

export function layLanes(lanes: readonly Lane[], unit: TimeUnit, expanded: ReadonlySet<string>): LaidLane[] {
  let top = 0;
  return lanes.map((lane) => {
    const deepest = unit === 'day' ? deepestDay(lane.items) : 1;
    const rows = Math.max(1, expanded.has(lane.key) ? deepest : Math.min(deepest, ROWS_FOLDED));
    const height = rows * ROW_HEIGHT + 2 * LANE_PADDING;
    const marks = marksOf(lane.items, unit, rows);
    const spans = unit === 'day' ? freeSpans(marks) : NO_SPANS;
    const laid = { lane, marks, spans, rows, top, height, folded: deepest > rows };
    top += height;
    return laid;
  });
}

const NO_SPANS: ReadonlyMap<string, number> = new Map();
/** A mark's text may run over this many days at most. */
const MAX_SPAN = 3;

/** For each item mark, the days up to the next mark in its row (at most MAX_SPAN). */
function freeSpans(marks: readonly Mark[]): ReadonlyMap<string, number> {
  const spans = new Map<string, number>();
  const lastInRow = new Map<number, Mark>();
  for (const mark of marks) {
    const before = lastInRow.get(mark.row);
    if (before?.kind === 'item') spans.set(before.key, Math.min(MAX_SPAN, Math.max(1, mark.day - before.day)));
    lastInRow.set(mark.row, mark);
  }
  for (const mark of lastInRow.values()) if (mark.kind === 'item') spans.set(mark.key, MAX_SPAN);
  return spans;
}

/** The row's top within its lane. */
export const rowTop = (row: number): number => LANE_PADDING + row * ROW_HEIGHT;

/** The marks of a lane that overlap days `from` to `to` (a cluster from its first day to its `until`). */
export function marksInView(marks: readonly Mark[], from: number, to: number): readonly Mark[] {
  // Marks are in day order: halve to the first that may overlap (a bucket is at most a year wide).
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((marks[mid]?.day ?? Infinity) < from - 366) low = mid + 1;
    else high = mid;
  }
  const shown: Mark[] = [];
  for (let i = low; i < marks.length; i++) {
    const mark = marks[i];
    if (!mark || mark.day > to) break;
    // An item may be widened over the free days after it.
    const until = mark.kind === 'cluster' ? mark.until : mark.day + MAX_SPAN;
    if (until > from) shown.push(mark);
  }
  return shown;
}
