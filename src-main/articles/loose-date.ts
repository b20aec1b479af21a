// Dates as originals write them (ISO 8601, RFC 2822 mail and feed dates, PDF dates, YYYYMMDD), read as the
// calendar day the publisher printed: the day in the date's own time zone, never shifted to this machine's.
import { parseArticleDate } from './fields';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// "Fri, 11 Feb 2022 10:00:00 +0000", "11 February 2022", "11-Feb-2022", "Thu, 11 Feb 99 10:00:00 EST"
const DAY_MONTH_YEAR = /^(?:[a-z]+,?\s+)?(\d{1,2})[\s-]+([a-z]{3,})\.?[\s-]+(\d{4}|\d{2}(?=\s+\d{1,2}:\d{2}))\b/i;
// "February 11, 2022", "Feb 11 2022"
const MONTH_DAY_YEAR = /^(?:[a-z]+,?\s+)?([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
// "D:20220211103000+01'00'" (PDF), "2022-02-11T10:00:00Z", "2022/02/11"
const PDF_DATE = /^D:(\d{4})(\d{2})(\d{2})/;
const NUMERIC = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/;

function isoDay(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  return parseArticleDate(text);
}

/** Old mail writes two-digit years before the time ("11 Feb 99 10:00"): 00-49 are 20xx, 50-99 19xx (RFC 2822 4.3). */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The ISO yyyy-mm-dd day a date string names, or null when it names none this reader knows. */
export function parseLooseDate(raw: string): string | null {
  const text = raw.trim();
  if (!text) return null;
  const strict = parseArticleDate(text);
  if (strict !== null) return strict;
  let m = PDF_DATE.exec(text) ?? NUMERIC.exec(text);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(text);
  if (m && monthNumber(m[2] ?? '') > 0) return isoDay(fullYear(m[3] ?? ''), monthNumber(m[2] ?? ''), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(text);
  if (m && monthNumber(m[1] ?? '') > 0) return isoDay(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]));
  return null;
}
