// Calendar days as ISO yyyy-mm-dd strings and whole-day numbers (days since 1970-01-01, UTC): the arithmetic
// the timeline and the event-date suggestions share, free of time zones.

const DAY_MS = 86_400_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** yyyy-mm-dd from a year, a month 1–12 and a day 1–31. */
export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** True for a real calendar day written yyyy-mm-dd. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** The day's number: days since 1970-01-01. */
export function dayNumber(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The ISO date of a day number. */
export function dayIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The ISO date `days` after (before, when negative) the given one. */
export function addDays(iso: string, days: number): string {
  return dayIso(dayNumber(iso) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 for Monday … 6 for Sunday (weeks start on Monday, as ISO 8601 has them). */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (3 counting from Monday).
  return (((day + 3) % 7) + 7) % 7;
}

/** The Monday of the week the day is in. */
export function mondayOf(day: number): number {
  return day - weekdayOf(day);
}
