// Small parsers for the header fields of an article: date and URL, and the line and word splitting they share.

const DATE_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
// Front matter often carries a full timestamp (Jekyll, Hugo); the calendar day is what an article keeps.
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)? ?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Line ends of every platform, plus the Unicode line and paragraph separators some exporters write. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|[\r\n\u2028\u2029]/);
}

/**
 * YYYYMMDD (or yyyy-mm-dd, optionally with a time) naming a real calendar day becomes ISO yyyy-mm-dd;
 * anything else null.
 */
export function parseArticleDate(raw: string): string | null {
  const m = DATE_COMPACT.exec(raw) ?? DATE_ISO.exec(raw);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

// Only these words may appear in a line taken for a date, so a short first paragraph ("In 2014, he left.")
// is not mistaken for one when the date line is missing.
const DATE_WORDS: ReadonlySet<string> = new Set(
  [
    'january february march april may june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
    'st nd rd th a p m am pm t z utc gmt est edt cst cdt mst mdt pst pdt bst cet cest eet eest ist jst',
    'published updated posted date on at of',
  ]
    .join(' ')
    .split(' '),
);

/** A line plausibly meant as a date: short, has digits, and no words beyond month, weekday and clock words. */
export function looksLikeDateLine(line: string): boolean {
  if (line.length > 60 || !/\d/.test(line) || looksLikeUrl(line)) return false;
  const words = line.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.length <= 8 && words.every((word) => DATE_WORDS.has(word));
}

export function looksLikeUrl(line: string): boolean {
  return /^(https?:\/\/|www\.)\S+$/i.test(line) || /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(line);
}

/** Normalises a URL line: "www." gains https://; returns null when it cannot be parsed. */
export function normaliseUrl(line: string): string | null {
  const candidate = /^www\./i.test(line) ? `https://${line}` : line;
  try {
    return new URL(candidate).href;
  } catch {
    return null;
  }
}

/** Host of an http(s) URL without "www.", for showing the source outlet. */
export function domainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.replace(/^www\./i, '') || null;
  } catch {
    return null;
  }
}

export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

export function countWords(paragraphs: readonly string[]): number {
  let words = 0;
  for (const p of paragraphs) {
    const matches = p.match(/\S+/g);
    if (matches) words += matches.length;
  }
  return words;
}
