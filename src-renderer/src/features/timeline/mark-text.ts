// What a timeline mark says: its short label, its accessible name (the whole of it, for a screen reader and
// the tooltip), and a cluster's count in few characters.
import { dayIso } from '../../../../src-shared/analysis/timeline-dates';
import type { TimelineItem } from '../../../../src-shared/analysis/timeline-model';
import type { Mark, TimeUnit } from '../../../../src-shared/analysis/timeline-scale';
import { plural } from '../../ui/format';
import { dayText, gapDays, gapText, monthText, spanText, yearText } from './date-text';

const COMPACT = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

/** "+6 d", "−2 d", "same day": an event's gap to its report, short. */
export function shortGap(eventDate: string, reportDate: string): string {
  const gap = gapDays(eventDate, reportDate);
  return gap === 0 ? 'same day' : `${gap > 0 ? '+' : '−'}${Math.abs(gap)} d`;
}

export function itemName(item: TimelineItem): string {
  if (item.kind === 'article') {
    return `Article published ${dayText(item.date)}: “${item.title}”${item.domain ? `, ${item.domain}` : ''}`;
  }
  const gap = item.reportDate ? `, ${gapText(item.date, item.reportDate)}` : ', its article undated';
  return `Event ${spanText(item.date, item.end)}${gap}: “${item.quote}”, from “${item.articleTitle}”`;
}

/** "the week of 14 Feb 2022", "Feb 2022", "2022", "11 Feb 2022". */
export function bucketName(day: number, unit: TimeUnit): string {
  const iso = dayIso(day);
  if (unit === 'week') return `the week of ${dayText(iso)}`;
  if (unit === 'month') return monthText(iso);
  if (unit === 'year') return yearText(iso);
  return dayText(iso);
}

export function clusterName(mark: Extract<Mark, { kind: 'cluster' }>, unit: TimeUnit): string {
  const what = [
    mark.articles > 0 ? plural(mark.articles, 'article') : '',
    mark.events > 0 ? plural(mark.events, 'event') : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const more = mark.after > 0 ? ' more' : '';
  const hint = unit === 'day' ? 'Enter shows them all' : 'Enter zooms in';
  return `${what}${more} in ${bucketName(mark.day, unit)}. ${hint}.`;
}

export function compactCount(n: number): string {
  return COMPACT.format(n);
}
