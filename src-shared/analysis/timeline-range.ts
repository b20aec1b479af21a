// A range of the timeline as it goes out: the entries of every lane between two days, in date order, and as
// CSV rows (date, kind, group, text, article, outlet, report date, gap in days).
import { dayNumber, daysBetween } from './timeline-dates';
import { firstAtOrAfter, itemText, type Lane, type TimelineItem } from './timeline-model';

export interface RangeEntry {
  readonly item: TimelineItem;
  /** The lane's name, "" when the timeline is not grouped. */
  readonly group: string;
}

/** Every lane's items dated from `from` to `to` (ISO, inclusive), by date, then group, articles first. */
export function entriesInRange(lanes: readonly Lane[], from: string, to: string, grouped: boolean): RangeEntry[] {
  const first = dayNumber(from);
  const last = dayNumber(to);
  const entries: RangeEntry[] = [];
  for (const lane of lanes) {
    const group = grouped ? lane.label : '';
    for (let i = firstAtOrAfter(lane.items, first); i < lane.items.length; i++) {
      const placed = lane.items[i];
      if (!placed || placed.day > last) break;
      entries.push({ item: placed.item, group });
    }
  }
  return entries.sort(
    (a, b) =>
      a.item.date.localeCompare(b.item.date) ||
      a.group.localeCompare(b.group) ||
      a.item.kind.localeCompare(b.item.kind) ||
      itemText(a.item).localeCompare(itemText(b.item)),
  );
}

export const CSV_HEADER = ['Date', 'Kind', 'Group', 'Text', 'Article', 'Outlet', 'Report date', 'Gap (days)'] as const;

/** The CSV rows of the entries, the header first; an event's gap counts from its report to when it happened. */
export function csvRows(entries: readonly RangeEntry[]): (string | number | null)[][] {
  return [
    [...CSV_HEADER],
    ...entries.map(({ item, group }) =>
      item.kind === 'event'
        ? [
            item.date,
            'event',
            group,
            item.quote,
            item.articleTitle,
            item.domain,
            item.reportDate,
            item.reportDate ? daysBetween(item.reportDate, item.date) : null,
          ]
        : [item.date, 'article', group, item.title, item.title, item.domain, null, null],
    ),
  ];
}
