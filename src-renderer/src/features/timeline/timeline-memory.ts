// What the timeline was left showing in each library (its grouping, its zoom and the day in the middle of the
// view), remembered in localStorage under the library's id, so a tab switch or a reload finds it as it was left;
// a value that is missing or damaged gives the defaults: not grouped, zoomed to fit.
import type { TimelineGrouping } from '../../../../src-preload/contract/analysis';
import { ZOOM_LEVELS } from '../../../../src-shared/analysis/timeline-scale';
import { readKeptJson, writeKept } from '../../ui/kept';

export interface TimelineMemory {
  readonly grouping: TimelineGrouping;
  /** The zoom, in pixels per day; null: fit everything when it first shows. */
  readonly pxPerDay: number | null;
  /** The day (a day number, with its fraction) in the middle of the view; null: the fit's middle. */
  readonly middle: number | null;
}

const PREFIX = 'dossier.timeline.';
const GROUPINGS: ReadonlySet<unknown> = new Set<TimelineGrouping>(['none', 'story', 'tag']);
/** Day numbers this far either side of 1970 are no calendar day the timeline shows (±2,700 years). */
const FARTHEST_DAY = 1_000_000;

export const FORGOTTEN: TimelineMemory = { grouping: 'none', pxPerDay: null, middle: null };

/** The zoom level closest to a remembered zoom. */
export function zoomLevelOf(pxPerDay: number): number {
  let best = 0;
  ZOOM_LEVELS.forEach((px, i) => {
    if (Math.abs(Math.log(px / pxPerDay)) < Math.abs(Math.log((ZOOM_LEVELS[best] ?? 1) / pxPerDay))) best = i;
  });
  return best;
}

const isGrouping = (value: unknown): value is TimelineGrouping => GROUPINGS.has(value);
const finiteIn = (value: unknown, low: number, high: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > low && value < high;

export function readTimelineMemory(libraryId: string, storage?: Pick<Storage, 'getItem'>): TimelineMemory {
  const value = readKeptJson(PREFIX + libraryId, storage);
  if (typeof value !== 'object' || value === null) return FORGOTTEN;
  const { grouping, pxPerDay, middle } = value as Record<string, unknown>;
  return {
    grouping: isGrouping(grouping) ? grouping : 'none',
    pxPerDay: finiteIn(pxPerDay, 0, 10_000) ? pxPerDay : null,
    middle: finiteIn(middle, -FARTHEST_DAY, FARTHEST_DAY) ? middle : null,
  };
}

/** Keeps what the timeline shows; a full or refused store keeps it for this session only. */
export function writeTimelineMemory(
  libraryId: string,
  memory: TimelineMemory,
  storage?: Pick<Storage, 'setItem'>,
): void {
  writeKept(PREFIX + libraryId, JSON.stringify(memory), storage);
}
