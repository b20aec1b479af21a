// Small parsers for the header fields of an article: date, URL and title.

const DATE_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYYMMDD (or yyyy-mm-dd) naming a real calendar day becomes ISO yyyy-mm-dd; anything else null. */
export function parseArticleDate(raw: string): string | null {
  const m = DATE_COMPACT.exec(raw) ?? DATE_ISO.exec(raw);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** A line that is plausibly meant as a date: short, has digits, no letters beyond month names. */
export function looksLikeDateLine(line: string): boolean {
  if (line.length > 40 || !/\d/.test(line) || looksLikeUrl(line)) return false;
  const letters = line.replace(/[^a-z]/gi, '');
  return letters.length <= 12 && line.split(/\s+/).length <= 5;
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

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Strips HTML tags and decodes common entities from a title line; reports whether it changed. */
export function cleanTitle(line: string): { title: string; hadMarkup: boolean } {
  const stripped = line.replace(/<\/?[a-z][^<>]*>/gi, '');
  const decoded = stripped.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), whole);
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
  const title = collapseSpaces(decoded);
  return { title, hadMarkup: title !== collapseSpaces(line) };
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
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
