// Where the timeline's lanes and marks sit: each lane's marks at the zoom's unit, its rows and height, and its
// top; what is in view is found from these by halving, so a lane of 100,000 articles costs only what shows. At
// day zoom an event that spans days covers them.
import { deepestDay, marksOf, type Mark, type TimeUnit } from '../../../../src-shared/analysis/timeline-scale';
import { lastDayOf, type Lane } from '../../../../src-shared/analysis/timeline-model';
import { spanReach } from '../../../../src-shared/analysis/timeline-range';

export const LABEL_WIDTH = 176;
export const AXIS_HEIGHT = 44;
export const ROW_HEIGHT = 28;
const LANE_PADDING = 8;
/** Rows a lane stacks one day's items in before the rest fold into "+N" (until the analyst expands it). */
export const ROWS_FOLDED = 4;

export interface LaidLane {
  readonly lane: Lane;
  readonly marks: readonly Mark[];
  /**
   * At day zoom, how many days each item mark covers: an event's span of days, else the free days after it in
   * its row (so its text shows); either stops at the next mark in the row.
   */
  readonly spans: ReadonlyMap<string, number>;
  /** How many days before a view a mark may start and still reach into it (its longest span, a year at least). */
  readonly reach: number;
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
    const laid = { lane, marks, spans, reach: reachOf(lane), rows, top, height, folded: deepest > rows };
    top += height;
    return laid;
  });
}

const NO_SPANS: ReadonlyMap<string, number> = new Map();
/** A mark's text may run over this many days at most. */
const MAX_SPAN = 3;

/** A year: the widest bucket, and the least a lane looks back for marks reaching into view. */
const YEAR = 366;

/** The days a mark would cover with nothing after it: an event's span, else MAX_SPAN for its text. */
function wanted(mark: Mark): number {
  if (mark.kind === 'cluster') return 1;
  const last = lastDayOf(mark.at.item);
  return last > mark.day ? last - mark.day + 1 : MAX_SPAN;
}

/** For each item mark, the days it covers: as many as it wants, up to the next mark in its row. */
function freeSpans(marks: readonly Mark[]): ReadonlyMap<string, number> {
  const spans = new Map<string, number>();
  const lastInRow = new Map<number, Mark>();
  for (const mark of marks) {
    const before = lastInRow.get(mark.row);
    if (before?.kind === 'item') spans.set(before.key, Math.min(wanted(before), Math.max(1, mark.day - before.day)));
    lastInRow.set(mark.row, mark);
  }
  for (const mark of lastInRow.values()) if (mark.kind === 'item') spans.set(mark.key, wanted(mark));
  return spans;
}

/** The longest span of days of a lane's events, a year at least. */
function reachOf(lane: Lane): number {
  return Math.max(YEAR, spanReach(lane) + 1);
}

/** The row's top within its lane. */
export const rowTop = (row: number): number => LANE_PADDING + row * ROW_HEIGHT;

/**
 * The marks of a lane that overlap days `from` to `to` (a cluster from its first day to its `until`, an event
 * over its span). `reach`: how far back a mark may start and still overlap (LaidLane.reach).
 */
export function marksInView(marks: readonly Mark[], from: number, to: number, reach = YEAR): readonly Mark[] {
  // Marks are in day order: halve to the first that may overlap (a bucket is at most a year wide).
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((marks[mid]?.day ?? Infinity) < from - reach) low = mid + 1;
    else high = mid;
  }
  const shown: Mark[] = [];
  for (let i = low; i < marks.length; i++) {
    const mark = marks[i];
    if (!mark || mark.day > to) break;
    // An item may be widened over the free days after it, an event over its span.
    const until = mark.kind === 'cluster' ? mark.until : mark.day + wanted(mark);
    if (until > from) shown.push(mark);
  }
  return shown;
}
