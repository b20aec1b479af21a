// The article a page describes in its JSON-LD (schema.org NewsArticle, Article, BlogPosting …): blocks may be
// one object, an array, or an @graph whose author and publisher are references by @id.
import type { DomDocument } from './dom-types';

export interface JsonLdArticle {
  readonly headline: string | null;
  readonly name: string | null;
  readonly datePublished: string | null;
  readonly authors: readonly string[];
  readonly url: string | null;
  readonly publisher: string | null;
  readonly articleBody: string | null;
  readonly language: string | null;
}

type JsonObject = Readonly<Record<string, unknown>>;

const ARTICLE_TYPE = /(?:Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON as pages write it inside a script: wrapped in comment or CDATA markers, raw line breaks in strings. */
function parseBlock(source: string): unknown {
  const cleaned = source
    .replace(/^\s*(?:<!--|(?:\/\*\s*|\/\/\s*)?<!\[CDATA\[(?:\s*\*\/)?)/, '')
    .replace(/(?:-->|(?:\/\*\s*|\/\/\s*)?\]\]>(?:\s*\*\/)?)\s*$/, '')
    .trim();
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      // eslint-disable-next-line no-control-regex
      return JSON.parse(cleaned.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

function collect(value: unknown, into: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
  } else if (isObject(value)) {
    into.push(value);
    if ('@graph' in value) collect(value['@graph'], into);
  }
}

function types(node: JsonObject): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

/** An object written inline, or the one its {"@id": …} reference names elsewhere on the page. */
function resolve(value: unknown, byId: ReadonlyMap<string, JsonObject>): JsonObject | null {
  if (!isObject(value)) return null;
  const id = value['@id'];
  if (typeof id === 'string' && Object.keys(value).length === 1) return byId.get(id) ?? value;
  return value;
}

function names(value: unknown, byId: ReadonlyMap<string, JsonObject>): string[] {
  const list = Array.isArray(value) ? value : [value];
  const found: string[] = [];
  for (const item of list) {
    const name = typeof item === 'string' ? item.trim() : text(resolve(item, byId)?.['name']);
    if (name && !/^https?:\/\//i.test(name) && !found.includes(name)) found.push(name);
  }
  return found;
}

function urlOf(node: JsonObject): string | null {
  const direct = text(node['url']);
  if (direct !== null) return direct;
  const main = node['mainEntityOfPage'];
  return text(main) ?? (isObject(main) ? (text(main['@id']) ?? text(main['url'])) : null);
}

function languageOf(value: unknown): string | null {
  return text(value) ?? (isObject(value) ? text(value['alternateName']) : null);
}

export function readJsonLd(dom: DomDocument): JsonLdArticle | null {
  const nodes: JsonObject[] = [];
  for (const script of dom.getElementsByTagName('script')) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    collect(parseBlock(script.textContent ?? ''), nodes);
  }
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  const article = nodes.find((node) => types(node).some((type) => ARTICLE_TYPE.test(type)));
  if (article === undefined) return null;
  const publisher = resolve(article['publisher'], byId);
  return {
    headline: text(article['headline']),
    name: text(article['name']),
    datePublished: text(article['datePublished']) ?? text(article['dateCreated']),
    authors: names(article['author'] ?? article['creator'], byId),
    url: urlOf(article),
    publisher: publisher === null ? text(article['publisher']) : text(publisher['name']),
    articleBody: text(article['articleBody']),
    language: languageOf(article['inLanguage']),
  };
}
