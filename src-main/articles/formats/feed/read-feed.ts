// Reads a feed file (RSS 2.0 and 0.9x, RSS 1.0/RDF, Atom) into one article per item: title, link, date,
// author, the item's text as paragraphs (content:encoded, else the description or Atom content/summary),
// the feed's title as the outlet and its declared language. Each item carries a key stable across saves of
// the feed (item-key.ts). An XML file that is not a feed, or not well-formed, is an error with its reason.
import type { ExtractedArticle, FormatReader } from '../extracted';
import {
  childrenNamed,
  firstChild,
  firstText,
  innerXml,
  localName,
  readXml,
  textOf,
  type XmlElement,
} from './feed-xml';
import { htmlParagraphs, htmlText } from './html-paragraphs';
import { decodeReferences } from './references';
import { itemKeyOf, uniqueKeys } from './item-key';

/** An item as read, before its key is made unique within the file. */
type RawItem = Omit<ExtractedArticle, 'itemKey'> & { readonly key: string };

interface FeedContext {
  readonly outlet: string | null;
  readonly language: string | null;
  readonly author: string | null;
  readonly warnings: readonly string[];
}

const NOT_A_FEED = 'not a feed (RSS or Atom)';

export const readFeed: FormatReader = async ({ bytes }) => {
  const xml = readXml(bytes);
  if (!xml.ok) return { ok: false, error: xml.error };
  const { root } = xml;
  const kind = localName(root.name);
  let items: RawItem[];
  if (kind === 'rss' || kind === 'RDF') items = readRss(root, xml.warnings);
  else if (kind === 'feed' || kind === 'entry') items = readAtom(root, xml.warnings);
  else return { ok: false, error: `${NOT_A_FEED}: its root element is <${root.name}>` };
  if (items.length === 0) return { ok: false, error: 'the feed holds no items' };
  const keys = uniqueKeys(items.map((item) => item.key));
  return { ok: true, articles: items.map(({ key: _key, ...item }, i) => ({ ...item, itemKey: keys[i] as string })) };
};

/** "xml:lang" on this element, or null. */
function langOf(element: XmlElement | null): string | null {
  const lang = element?.attrs['xml:lang']?.trim();
  return lang ? lang : null;
}

/** RSS's author is often "someone@example.com (Jane Doe)": the name is what a citation wants. */
function authorName(raw: string | null): string | null {
  if (raw === null) return null;
  const named = /^\S+@\S+\s+\((.+)\)$/.exec(raw);
  return named ? (named[1] as string).trim() : raw;
}

function readRss(root: XmlElement, warnings: readonly string[]): RawItem[] {
  const channel = firstChild(root, 'channel');
  // RSS 1.0 puts its items beside the channel, RSS 2.0 inside it.
  const items = [...(channel ? childrenNamed(channel, 'item') : []), ...childrenNamed(root, 'item')];
  const context: FeedContext = {
    outlet: channel ? plain(firstText(channel, 'title')) : null,
    language: (channel ? firstText(channel, 'language') : null) ?? langOf(channel) ?? langOf(root),
    author: null,
    warnings,
  };
  return items.map((item) => rssItem(item, context));
}

function rssItem(item: XmlElement, context: FeedContext): RawItem {
  const guidElement = firstChild(item, 'guid');
  const guid = firstText(item, 'guid') ?? item.attrs['rdf:about'] ?? null;
  // A guid that is a permanent link is the item's link when it has no other.
  const guidLink = guid && guidElement?.attrs.isPermaLink !== 'false' && /^https?:\/\//i.test(guid) ? guid : null;
  const link = plain(firstText(item, 'link')) ?? linkHref(item) ?? guidLink;
  const title = firstText(item, 'title');
  const dateRaw = firstText(item, 'pubDate', 'date', 'published', 'updated', 'issued', 'modified');
  const body = firstText(item, 'encoded', 'description', 'content', 'summary');
  return {
    key: itemKeyOf({ id: guid, link, title, date: dateRaw }),
    title: title === null ? null : titleText(title),
    dateRaw,
    url: link,
    outlet: context.outlet,
    author: plain(authorName(firstText(item, 'creator', 'author'))) ?? context.author,
    language: langOf(item) ?? context.language,
    paragraphs: body === null ? [] : htmlParagraphs(body),
    warnings: [...context.warnings],
  };
}

/** An RSS title sometimes carries escaped markup ("<b>Breaking</b>") or references: its text is the title. */
function titleText(title: string): string {
  return /<\/?[a-zA-Z][^>]*>/.test(title) ? htmlText(title) : decodeReferences(title);
}

/** The href of an Atom-style <link>: rel="alternate" (or none) first, else the first with an href. */
function linkHref(element: XmlElement): string | null {
  const links = childrenNamed(element, 'link').filter((link) => (link.attrs.href ?? '').trim() !== '');
  const alternate = links.find((link) => (link.attrs.rel ?? 'alternate') === 'alternate');
  return plain((alternate ?? links[0])?.attrs.href?.trim() ?? null);
}

function readAtom(root: XmlElement, warnings: readonly string[]): RawItem[] {
  const single = localName(root.name) === 'entry';
  const titleElement = single ? null : firstChild(root, 'title');
  const context: FeedContext = {
    outlet: titleElement ? atomText(titleElement).join(' ') || null : null,
    language: langOf(root),
    author: single ? null : atomAuthor(root),
    warnings,
  };
  return (single ? [root] : childrenNamed(root, 'entry')).map((entry) => atomEntry(entry, context));
}

function atomAuthor(element: XmlElement): string | null {
  const author = firstChild(element, 'author', 'contributor');
  if (author === null) return plain(firstText(element, 'creator'));
  return plain(firstText(author, 'name') ?? (textOf(author).trim() || null));
}

/** A field that is text, not markup, with its remaining references decoded. */
function plain(text: string | null): string | null {
  return text === null ? null : decodeReferences(text);
}

/** An Atom text construct as paragraphs: type "text" as is, "html" as markup, "xhtml" as inline markup. */
function atomText(element: XmlElement): string[] {
  const type = (element.attrs.type ?? 'text').toLowerCase();
  if (type === 'xhtml') return htmlParagraphs(innerXml(element));
  const text = textOf(element);
  if (type === 'html' || type === 'text/html') return htmlParagraphs(text);
  return text
    .split(/\n\s*\n/)
    .map((part) => decodeReferences(part).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function atomEntry(entry: XmlElement, context: FeedContext): RawItem {
  const titleElement = firstChild(entry, 'title');
  const title = titleElement ? atomText(titleElement).join(' ') || null : null;
  const link = linkHref(entry);
  const id = firstText(entry, 'id');
  const dateRaw = firstText(entry, 'published', 'updated', 'issued', 'modified', 'date');
  // Content given by reference (src=) is not in the file: the summary stands for it.
  const content = childrenNamed(entry, 'content').find((element) => element.attrs.src === undefined) ?? null;
  const bodyElement = content ?? firstChild(entry, 'summary');
  return {
    key: itemKeyOf({ id, link, title, date: dateRaw }),
    title,
    dateRaw,
    url: link,
    outlet: context.outlet,
    author: atomAuthor(entry) ?? context.author,
    language: langOf(entry) ?? langOf(bodyElement) ?? context.language,
    paragraphs: bodyElement ? atomText(bodyElement) : [],
    warnings: [...context.warnings],
  };
}
