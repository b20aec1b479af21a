// The article's title among what the page offers: Open Graph and JSON-LD titles are written for the article,
// but some are a social-media variant or a description; the <title> element, without the site's name around
// it, arbitrates.

const SEPARATORS = /\s+[|\-–—:·»/]{1,2}\s+/;
const TRAILING_SEPARATOR = /\s*[|\-–—:·»/]{1,2}\s*$/;
const LEADING_SEPARATOR = /^\s*[|\-–—:·»/]{1,2}\s*/;

function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The segment names the site: its outlet name, or a label of its host name ("eHow", ehow.com). */
function namesSite(segment: string, sites: readonly string[]): boolean {
  const key = nameKey(segment);
  if (key === '') return false;
  const domain = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(segment) ? nameKey(segment) : null;
  return sites.some((site) => {
    if (nameKey(site) === key) return true;
    // "Aktuálně.cz" names sport.aktualne.cz.
    if (domain !== null && site.includes('.') && nameKey(site).endsWith(domain)) return true;
    return site.includes('.') && site.split('.').some((label) => label.length >= 2 && nameKey(label) === key);
  });
}

/** A title without the site's name around it ("Headline | The Outlet", "Outlet - Headline"). */
export function titleWithoutSite(title: string, sites: readonly string[]): string {
  const parts = title.split(SEPARATORS);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1] as string;
  const first = parts[0] as string;
  const withoutLast = title.slice(0, title.lastIndexOf(last)).replace(TRAILING_SEPARATOR, '');
  if (namesSite(last, sites)) return withoutLast;
  if (namesSite(first, sites)) return title.slice(first.length).replace(LEADING_SEPARATOR, '');
  // What follows the last pipe is the site's name when it is short: pipes seldom stand inside headlines.
  const pipe = title.lastIndexOf(' | ');
  if (pipe > 0 && title.slice(pipe + 3).split(/\s+/).length <= 4) return title.slice(0, pipe).trim();
  return title;
}

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** How far the candidate and the document's <title> share their words (Dice's coefficient). */
function agreement(candidate: string, documentTitle: string): number {
  const inTitle = new Set(words(documentTitle));
  const own = new Set(words(candidate));
  const shared = [...own].filter((word) => inTitle.has(word)).length;
  return own.size + inTitle.size === 0 ? 0 : (2 * shared) / (own.size + inTitle.size);
}

/**
 * The first candidate that the <title> agrees with (og:title, then JSON-LD headline and name), else the
 * <title> itself; each without the site's name.
 */
export function choosePageTitle(
  candidates: readonly (string | null)[],
  documentTitle: string | null,
  sites: readonly string[],
): string | null {
  const offered = candidates.filter((candidate): candidate is string => candidate !== null);
  // A <title> that is only the site's name arbitrates nothing.
  if (documentTitle === null || (offered.length > 0 && namesSite(documentTitle, sites))) {
    return offered[0] === undefined ? null : titleWithoutSite(offered[0], sites);
  }
  let best: string | null = null;
  let bestScore = 0.5;
  for (const candidate of offered) {
    const score = agreement(candidate, documentTitle);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return titleWithoutSite(best ?? documentTitle, sites);
}
