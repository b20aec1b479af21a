// Display helpers shared by the list and the reader.

const DAY = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "11 Feb 2022" for an ISO date; the raw text, marked, for a date that did not parse. */
export function formatArticleDate(date: string | null, dateRaw: string | null): string {
  if (date) return DAY.format(new Date(`${date}T00:00:00Z`));
  if (dateRaw) return `${dateRaw} (unrecognised date)`;
  return 'No date';
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
