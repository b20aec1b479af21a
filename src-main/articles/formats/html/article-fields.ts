// The article's title, date, author, address, outlet and language, chosen from what the page offers in the
// order that is most often right: JSON-LD and Open Graph first, plain <meta> next, Readability's guesses last.
import { firstMeta, type PageMetadata } from './page-metadata';

/** What Readability found on its own, used when the page's metadata is silent. */
export interface ReadabilityFields {
  readonly title: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly publishedTime: string | null;
  readonly lang: string | null;
}

export interface ArticleFields {
  readonly title: string | null;
  readonly dateRaw: string | null;
  readonly author: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly language: string | null;
}

const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
];
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author'];
const OUTLET_META = ['og:site_name', 'application-name', 'twitter:app:name:iphone'];
const SEPARATORS = /\s+[|\-–—:·»/]{1,2}\s+/;

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}

/** "By Jane Doe" -> "Jane Doe"; a link or a sentence is not a name. */
export function cleanAuthor(raw: string | null): string | null {
  const text = nonEmpty(raw)
    ?.replace(/^(?:written\s+)?(?:by|from|von|par|por|di|door|автор)\s*:?\s+/i, '')
    .replace(/^[\s,;:|-]+|[\s,;:|-]+$/g, '');
  if (!text || text.length > 120 || /^(?:https?:)?\/\//i.test(text)) return null;
  return text;
}

function nameKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function sameName(a: string, b: string): boolean {
  const key = nameKey;
  return key(a) === key(b) || key(a) === key(b).replace(/(?:com|org|net|couk)$/, '');
}

/** A title without the outlet's name around it ("Headline | The Outlet", "Outlet - Headline"). */
export function titleWithoutSite(title: string, outlet: string | null): string {
  const parts = title.split(SEPARATORS);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1] as string;
  const first = parts[0] as string;
  if (outlet !== null && sameName(last, outlet)) return title.slice(0, title.lastIndexOf(last)).replace(SEPARATORS, '');
  if (outlet !== null && sameName(first, outlet))
    return title.slice(first.length).replace(/^\s*[|\-–—:·»/]{1,2}\s*/, '');
  // "Headline | Outlet": what follows a pipe is the site's name when it is short.
  const pipe = title.lastIndexOf(' | ');
  if (pipe > 0 && title.slice(pipe + 3).split(/\s+/).length <= 4) return title.slice(0, pipe).trim();
  return title;
}

function httpUrl(raw: string | null, base: string | null): string | null {
  if (raw === null) return null;
  try {
    const url = base === null ? new URL(raw) : new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function chooseFields(page: PageMetadata, found: ReadabilityFields, articleTime: string | null): ArticleFields {
  const ld = page.jsonLd;
  const outlet = nonEmpty(firstMeta(page, ['og:site_name'])) ?? nonEmpty(ld?.publisher) ?? nonEmpty(found.siteName);
  const outletOrApp = outlet ?? nonEmpty(firstMeta(page, OUTLET_META));
  const titled =
    nonEmpty(firstMeta(page, ['og:title'])) ??
    nonEmpty(ld?.headline) ??
    nonEmpty(page.documentTitle) ??
    nonEmpty(found.title);
  const absolute = httpUrl(firstMeta(page, ['og:url']), null) ?? httpUrl(ld?.url ?? null, null);
  return {
    title: titled === null ? null : titleWithoutSite(titled, outletOrApp),
    dateRaw: nonEmpty(ld?.datePublished) ?? nonEmpty(firstMeta(page, DATE_META)) ?? nonEmpty(articleTime),
    author:
      cleanAuthor(ld && ld.authors.length > 0 ? ld.authors.join(', ') : null) ??
      cleanAuthor(firstMeta(page, AUTHOR_META)) ??
      cleanAuthor(found.byline),
    url: httpUrl(page.canonical, absolute) ?? absolute,
    outlet: outletOrApp,
    language: nonEmpty(page.language) ?? nonEmpty(ld?.language) ?? nonEmpty(found.lang),
  };
}
