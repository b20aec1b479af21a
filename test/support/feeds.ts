// Feed files made from real articles (test/fixtures/formats/feed/world-desk-items.json: Mozilla Readability's
// test pages and the seed article), as RSS 2.0, Atom and RSS 1.0 (RDF), with any items in any order: what a
// feed reader saves one day, and the next day with items come and gone.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface FeedItem {
  readonly guid: string;
  readonly permaLink: boolean;
  readonly title: string;
  readonly link: string;
  /** RFC 822, as RSS 2.0 writes it. */
  readonly date: string;
  /** ISO 8601, as Atom and Dublin Core write it. */
  readonly iso: string;
  readonly author: string;
  /** The article's body as HTML. */
  readonly html: string;
}

export const FEED_FIXTURES = resolve(__dirname, '../fixtures/formats/feed');

/** BBC, the seed article (Blinken and Lavrov), CNN Money and the New York Times, in that order. */
export const FEED_ITEMS: readonly FeedItem[] = JSON.parse(
  readFileSync(resolve(FEED_FIXTURES, 'world-desk-items.json'), 'utf8'),
) as FeedItem[];

export const FEED_TITLE = 'World Desk';

const escape = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** RSS 2.0: the body as content:encoded in CDATA, the lead as an escaped description, dc:creator. */
export function rss2(items: readonly FeedItem[], title = FEED_TITLE): string {
  const entries = items.map(
    (item) => `  <item>
    <title>${escape(item.title)}</title>
    <link>${escape(item.link)}</link>
    <guid isPermaLink="${item.permaLink}">${escape(item.guid)}</guid>
    <pubDate>${item.date}</pubDate>
    <dc:creator>${escape(item.author)}</dc:creator>
    <description>${escape(item.title)}</description>
    <content:encoded><![CDATA[${item.html}]]></content:encoded>
  </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>${escape(title)}</title>
  <link>https://example.org/world</link>
  <description>Saved for the analysts' desk</description>
  <language>en-gb</language>
${entries.join('\n')}
</channel>
</rss>
`;
}

/** Atom 1.0: the body as type="html" content (escaped), an author per entry, xml:lang on the feed. */
export function atom(items: readonly FeedItem[], title = FEED_TITLE): string {
  const entries = items.map(
    (item) => `  <entry>
    <title type="text">${escape(item.title)}</title>
    <id>${escape(item.guid)}</id>
    <link rel="alternate" type="text/html" href="${escape(item.link)}"/>
    <published>${item.iso}</published>
    <updated>${item.iso}</updated>
    <author><name>${escape(item.author)}</name></author>
    <content type="html">${escape(item.html)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>${escape(title)}</title>
  <id>https://example.org/world</id>
  <updated>2022-02-11T09:00:00Z</updated>
${entries.join('\n')}
</feed>
`;
}

/** RSS 1.0 (RDF): items beside the channel, rdf:about as their identity, dc:date and dc:creator. */
export function rdf(items: readonly FeedItem[], title = FEED_TITLE): string {
  const entries = items.map(
    (item) => `<item rdf:about="${escape(item.guid)}">
  <title>${escape(item.title)}</title>
  <link>${escape(item.link)}</link>
  <description>${escape(item.html)}</description>
  <dc:creator>${escape(item.author)}</dc:creator>
  <dc:date>${item.iso}</dc:date>
</item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://example.org/world">
  <title>${escape(title)}</title>
  <link>https://example.org/world</link>
  <description>Saved for the analysts' desk</description>
  <dc:language>en</dc:language>
  <items><rdf:Seq>${items.map((item) => `<rdf:li rdf:resource="${escape(item.guid)}"/>`).join('')}</rdf:Seq></items>
</channel>
${entries.join('\n')}
</rdf:RDF>
`;
}
