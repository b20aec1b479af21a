// The article's title, date, author, address, outlet and language, chosen from what the page offers in the
// order that is most often right: JSON-LD and Open Graph first, plain <meta> next, Readability's guesses last.
import { isDateLine } from './boilerplate';
import { firstMeta, type PageMetadata } from './page-metadata';
import { choosePageTitle } from './page-title';

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
  'dc:date',
  'dc.date',
  'dc.date.issued',
  'dcterms:created',
  'dcterms.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
];
const AUTHOR_META = [
  'dc:creator',
  'dcterm:creator',
  'dcterms:creator',
  'dc.creator',
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
];
const OUTLET_META = ['og:site_name', 'application-name', 'twitter:app:name:iphone'];

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}

/** "By Jane Doe" -> "Jane Doe"; a link or a sentence is not a name. */
export function cleanAuthor(raw: string | null): string | null {
  const text = nonEmpty(raw)
    ?.replace(/^(?:written\s+)?(?:by|from|von|par|por|di|door|автор)\s*:?\s+/i, '')
    .replace(/^[\s,;:|-]+|[\s,;:|-]+$/g, '');
  if (!text || text.length > 120 || /^(?:https?:)?\/\//i.test(text) || isDateLine(text)) return null;
  return text;
}

/** og:site_name, unless it is the publisher's name with a tagline ("Outlet - Know what is happening"). */
function outletName(siteName: string | null, publisher: string | null): string | null {
  if (siteName === null) return publisher;
  if (publisher !== null && siteName.startsWith(publisher) && /^\s*[|\-–—:·]/.test(siteName.slice(publisher.length))) {
    return publisher;
  }
  return siteName;
}

function hostName(url: string | null): string | null {
  return url === null ? null : new URL(url).hostname.replace(/^www\./, '');
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
  const outlet =
    outletName(nonEmpty(firstMeta(page, ['og:site_name'])), nonEmpty(ld?.publisher)) ?? nonEmpty(found.siteName);
  const outletOrApp = outlet ?? nonEmpty(firstMeta(page, OUTLET_META));
  const absolute = httpUrl(firstMeta(page, ['og:url']), null) ?? httpUrl(ld?.url ?? null, null);
  const url = httpUrl(page.canonical, absolute) ?? absolute;
  const candidates = [firstMeta(page, ['og:title']), ld?.headline, ld?.name].map(nonEmpty);
  const sites = [outletOrApp, hostName(url)].filter((name): name is string => name !== null);
  return {
    title: choosePageTitle(candidates, nonEmpty(page.documentTitle) ?? nonEmpty(found.title), sites),
    dateRaw:
      nonEmpty(ld?.datePublished) ??
      nonEmpty(firstMeta(page, DATE_META)) ??
      nonEmpty(found.publishedTime) ??
      nonEmpty(articleTime) ??
      page.articleTime,
    author:
      cleanAuthor(ld && ld.authors.length > 0 ? ld.authors.join(', ') : null) ??
      cleanAuthor(firstMeta(page, AUTHOR_META)) ??
      cleanAuthor(found.byline),
    url,
    outlet: outletOrApp,
    language: nonEmpty(page.language) ?? nonEmpty(ld?.language) ?? nonEmpty(found.lang),
  };
}
