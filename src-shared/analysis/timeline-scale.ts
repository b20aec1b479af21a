// The timeline's scale: which unit its ticks and buckets use at a zoom, where each bucket starts and ends, and
// the marks a lane shows: single items, or clusters that count what one bucket holds when it holds several.
import { dayIso, dayNumber, mondayOf } from './timeline-dates';
import { firstAtOrAfter, lastDayOf, type PlacedItem } from './timeline-model';

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

/** Zoom levels in pixels per day, from decades on one screen to a day wider than a card. */
export const ZOOM_LEVELS: readonly number[] = [0.1, 0.25, 0.6, 1.5, 3, 6, 12, 24, 48, 96, 160];
/** Below these many pixels per day, the next larger unit is used. */
const UNIT_FROM: readonly (readonly [TimeUnit, number])[] = [
  ['day', 48],
  ['week', 6],
  ['month', 0.6],
  ['year', 0],
];

export function unitFor(pxPerDay: number): TimeUnit {
  return (UNIT_FROM.find(([, from]) => pxPerDay >= from) ?? ['year', 0])[0];
}

/** The first day of the unit the day is in. */
export function unitStart(day: number, unit: TimeUnit): number {
  if (unit === 'day') return day;
  if (unit === 'week') return mondayOf(day);
  const iso = dayIso(day);
  return dayNumber(unit === 'month' ? `${iso.slice(0, 7)}-01` : `${iso.slice(0, 4)}-01-01`);
}

/** The first day of the next unit. */
export function unitNext(start: number, unit: TimeUnit): number {
  if (unit === 'day') return start + 1;
  if (unit === 'week') return start + 7;
  const date = new Date(start * 86_400_000);
  const next =
    unit === 'month'
      ? Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)
      : Date.UTC(date.getUTCFullYear() + 1, 0, 1);
  return Math.round(next / 86_400_000);
}

/** The starts of every unit from `from` to `to` (day numbers, inclusive). */
export function ticks(from: number, to: number, unit: TimeUnit): number[] {
  const out: number[] = [];
  for (let day = unitStart(from, unit); day <= to; day = unitNext(day, unit)) out.push(day);
  return out;
}

/** What a lane shows at a bucket: one item, or a cluster of several. */
export type Mark =
  | { readonly kind: 'item'; readonly key: string; readonly day: number; readonly row: number; readonly at: PlacedItem }
  | {
      readonly kind: 'cluster';
      readonly key: string;
      /** The bucket: first day and the day after its last. */
      readonly day: number;
      readonly until: number;
      readonly row: number;
      /** How many of the bucket's items show as marks of their own before it (0: the cluster is all of them). */
      readonly after: number;
      readonly articles: number;
      readonly events: number;
      readonly items: readonly PlacedItem[];
    };

const itemKey = (p: PlacedItem): string => `${p.item.kind}:${p.item.id}`;

/**
 * The rows a day's `count` marks take, in order: rows no span from an earlier day still covers first (top
 * down), then the covered ones. `covered` maps a row to the day after the last day a span in it covers; rows
 * it no longer covers are let go.
 */
function rowsFor(day: number, count: number, rows: number, covered: Map<number, number>): number[] {
  for (const [row, until] of covered) if (until <= day) covered.delete(row);
  const free: number[] = [];
  for (let row = 0; row < rows && free.length < count; row++) if (!covered.has(row)) free.push(row);
  if (free.length < count) free.push(...[...covered.keys()].sort((a, b) => a - b).slice(0, count - free.length));
  return free;
}

/**
 * The marks of a lane's items at a unit: a bucket that holds up to `rows` items shows each (stacked in rows);
 * one that holds more shows `rows - 1` and a cluster of the rest. At day zoom an event spanning days keeps its
 * row over them: later days stack in the rows it leaves free. At a unit wider than a day, a bucket's items are
 * one cluster unless it holds one item (an event counts in the bucket of its first day). Marks come in date
 * order, within a bucket in the order of its items.
 */
export function marksOf(items: readonly PlacedItem[], unit: TimeUnit, rows: number): Mark[] {
  const marks: Mark[] = [];
  const covered = new Map<number, number>();
  let i = 0;
  while (i < items.length) {
    const start = unitStart(items[i]?.day ?? 0, unit);
    const until = unitNext(start, unit);
    const end = firstAtOrAfter(items, until);
    const bucket = items.slice(i, end);
    const single = unit === 'day' ? rows : 1;
    const shown = bucket.length <= single ? bucket : bucket.slice(0, unit === 'day' ? Math.max(0, rows - 1) : 0);
    const rest = bucket.slice(shown.length);
    const order = unit === 'day' ? rowsFor(start, shown.length + (rest.length > 0 ? 1 : 0), rows, covered) : [0];
    shown.forEach((at, n) => {
      const row = order[n] ?? n;
      const last = lastDayOf(at.item);
      if (unit === 'day' && last > at.day) covered.set(row, Math.max(covered.get(row) ?? 0, last + 1));
      marks.push({ kind: 'item', key: itemKey(at), day: at.day, row, at });
    });
    if (rest.length > 0) {
      const events = rest.filter((p) => p.item.kind === 'event').length;
      marks.push({
        kind: 'cluster',
        key: `cluster:${unit}:${start}:${shown.length}`,
        day: start,
        until,
        row: order[shown.length] ?? shown.length,
        after: shown.length,
        articles: rest.length - events,
        events,
        items: rest,
      });
    }
    i = end;
  }
  return marks;
}

/**
 * The most items one day of the lane holds: how many rows it needs at day zoom. An event spanning days counts
 * on each of them.
 */
export function deepestDay(items: readonly PlacedItem[]): number {
  let deepest = 0;
  let run = 0;
  /** The last days of spans begun on earlier days (only events that span days). */
  let spans: number[] = [];
  /** Those begun on the day being counted. */
  let today: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const placed = items[i];
    if (!placed) continue;
    if (i > 0 && placed.day === items[i - 1]?.day) run++;
    else {
      run = 1;
      if (spans.length > 0 || today.length > 0) spans = [...spans, ...today].filter((last) => last >= placed.day);
      today = [];
    }
    const last = lastDayOf(placed.item);
    if (last > placed.day) today.push(last);
    deepest = Math.max(deepest, run + spans.length);
  }
  return deepest;
}
