// A range of the timeline as it goes out: the entries of every lane between two days (a span that runs into the
// range included), in date order, and as CSV rows (date, end date, the dates in words, kind, group, text, article,
// outlet, report date, gap in days).
import { formatDateSpan } from '../briefs/citations';
import { dayNumber, daysBetween } from './timeline-dates';
import { firstAtOrAfter, itemText, lastDayOf, type Lane, type PlacedItem, type TimelineItem } from './timeline-model';

export interface RangeEntry {
  readonly item: TimelineItem;
  /** The lane's name, "" when the timeline is not grouped. */
  readonly group: string;
}

const reaches = new WeakMap<Lane, number>();

/** How many days before a day one of the lane's events may start and still cover it: its longest span, less one. */
export function spanReach(lane: Lane): number {
  const known = reaches.get(lane);
  if (known !== undefined) return known;
  let reach = 0;
  for (const { item, day } of lane.items) if (item.kind === 'event') reach = Math.max(reach, lastDayOf(item) - day);
  reaches.set(lane, reach);
  return reach;
}

/**
 * The lane's items on any day from `first` to `last` (day numbers, inclusive), in the lane's order: those dated
 * in it, and spans begun before it that run into it (looked for only as far back as the lane's longest span).
 */
export function itemsTouching(lane: Lane, first: number, last: number): PlacedItem[] {
  const touching: PlacedItem[] = [];
  for (let i = firstAtOrAfter(lane.items, first - spanReach(lane)); i < lane.items.length; i++) {
    const placed = lane.items[i];
    if (!placed || placed.day > last) break;
    if (placed.day >= first || lastDayOf(placed.item) >= first) touching.push(placed);
  }
  return touching;
}

/**
 * Every lane's items on a day from `from` to `to` (ISO, inclusive; a span that began earlier and runs into the
 * range is in it), by date, then group, articles first.
 */
export function entriesInRange(lanes: readonly Lane[], from: string, to: string, grouped: boolean): RangeEntry[] {
  const entries: RangeEntry[] = [];
  for (const lane of lanes) {
    const group = grouped ? lane.label : '';
    for (const placed of itemsTouching(lane, dayNumber(from), dayNumber(to)))
      entries.push({ item: placed.item, group });
  }
  return entries.sort(
    (a, b) =>
      a.item.date.localeCompare(b.item.date) ||
      a.group.localeCompare(b.group) ||
      a.item.kind.localeCompare(b.item.kind) ||
      itemText(a.item).localeCompare(itemText(b.item)),
  );
}

export const CSV_HEADER = [
  'Date',
  'End date',
  'When',
  'Kind',
  'Group',
  'Text',
  'Article',
  'Outlet',
  'Report date',
  'Gap (days)',
] as const;

/**
 * The CSV rows of the entries, the header first: an event spanning days has its last day in "End date"; "When"
 * says the days in words ("17–18 Feb 2022"); an event's gap counts from its report to its first day.
 */
export function csvRows(entries: readonly RangeEntry[]): (string | number | null)[][] {
  return [
    [...CSV_HEADER],
    ...entries.map(({ item, group }) =>
      item.kind === 'event'
        ? [
            item.date,
            item.end !== undefined && item.end > item.date ? item.end : null,
            formatDateSpan(item.date, item.end),
            'event',
            group,
            item.quote,
            item.articleTitle,
            item.domain,
            item.reportDate,
            item.reportDate ? daysBetween(item.reportDate, item.date) : null,
          ]
        : [
            item.date,
            null,
            formatDateSpan(item.date),
            'article',
            group,
            item.title,
            item.title,
            item.domain,
            null,
            null,
          ],
    ),
  ];
}
