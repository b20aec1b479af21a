// What a page says about its article in its markup: <meta> (Open Graph, Dublin Core, the usual news
// names), <link rel=canonical>, <html lang>, <title>, and the JSON-LD article (json-ld.ts).
import type { DomDocument } from './dom-types';
import { readJsonLd, type JsonLdArticle } from './json-ld';

export interface PageMetadata {
  readonly jsonLd: JsonLdArticle | null;
  /** <meta> content by lower-cased name, property or itemprop, the first of each. */
  readonly meta: ReadonlyMap<string, string>;
  readonly documentTitle: string | null;
  readonly canonical: string | null;
  readonly language: string | null;
  /** The first <time datetime> inside the page's <article> (or <main>), read before Readability trims it. */
  readonly articleTime: string | null;
}

function metaMap(dom: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of dom.getElementsByTagName('meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      // A property may list several names ("og:title twitter:title").
      for (const key of (meta.getAttribute(attribute) ?? '').toLowerCase().split(/\s+/)) {
        if (key !== '' && !map.has(key)) map.set(key, content);
      }
    }
  }
  return map;
}

function articleTime(dom: DomDocument): string | null {
  const container = dom.getElementsByTagName('article')[0] ?? dom.getElementsByTagName('main')[0];
  for (const time of container?.getElementsByTagName('time') ?? []) {
    const datetime = time.getAttribute('datetime')?.trim();
    if (datetime) return datetime;
  }
  return null;
}

function canonicalLink(dom: DomDocument): string | undefined {
  for (const link of dom.getElementsByTagName('link')) {
    if (/(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? '')) return link.getAttribute('href')?.trim();
  }
  return undefined;
}

export function readPageMetadata(dom: DomDocument): PageMetadata {
  // The head's <title>: an <svg> in the body has titles of its own.
  const title = dom.head?.getElementsByTagName('title')[0]?.textContent?.trim();
  const meta = metaMap(dom);
  const canonical = canonicalLink(dom);
  const lang = dom.documentElement?.getAttribute('lang')?.trim();
  return {
    jsonLd: readJsonLd(dom),
    meta,
    documentTitle: title ? title : null,
    canonical: canonical ? canonical : null,
    language: lang ? lang : (meta.get('content-language') ?? meta.get('language') ?? null),
    articleTime: articleTime(dom),
  };
}

/** The first of these <meta> names the page gives. */
export function firstMeta(metadata: PageMetadata, names: readonly string[]): string | null {
  for (const name of names) {
    const value = metadata.meta.get(name);
    if (value !== undefined) return value;
  }
  return null;
}
