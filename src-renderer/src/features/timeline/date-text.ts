// Days as the timeline and the highlight cards word them: "11 Feb 2022" (in the analyst's locale), spans of days,
// and the gap between when something happened and when it was reported.
import { daysBetween } from '../../../../src-shared/analysis/timeline-dates';
import { plural } from '../../ui/format';

const DAY = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', timeZone: 'UTC' });
const YEAR = new Intl.DateTimeFormat(undefined, { year: 'numeric', timeZone: 'UTC' });

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** "11 Feb 2022". */
export function dayText(iso: string): string {
  return DAY.format(utc(iso));
}

/** "Feb 2022". */
export function monthText(iso: string): string {
  return MONTH.format(utc(iso));
}

/** "2022". */
export function yearText(iso: string): string {
  return YEAR.format(utc(iso));
}

/** "17–18 Feb 2022", or one day when there is no end. */
export function spanText(date: string, end?: string): string {
  return end === undefined || end === date ? dayText(date) : DAY.formatRange(utc(date), utc(end));
}

/** Days from the report to the event: positive when the event came after it. */
export function gapDays(eventDate: string, reportDate: string): number {
  return daysBetween(reportDate, eventDate);
}

/**
 * When the report came, against the event (the briefs' wording): "reported 11 Feb 2022, 6 days earlier" (planned
 * ahead), "…, 2 days later" (reported after it happened), "…, the same day".
 */
export function gapText(eventDate: string, reportDate: string): string {
  const gap = gapDays(eventDate, reportDate);
  const reported = `reported ${dayText(reportDate)}`;
  if (gap === 0) return `${reported}, the same day`;
  return `${reported}, ${plural(Math.abs(gap), 'day')} ${gap > 0 ? 'earlier' : 'later'}`;
}
