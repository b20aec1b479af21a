// Feeds read as articles, one per item, through parseFile as the library reads them: RSS 2.0, Atom and RSS
// 1.0 (RDF) made from real articles, real feeds saved from the web (test/fixtures/formats/feed/README.md),
// item keys that survive items coming and going, and XML that is not a feed, or not XML, said so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, type FileParseResult } from '../../../../../src-main/articles/formats/parse-file';
import type { FinishedArticle } from '../../../../../src-main/articles/formats/finish-extracted';
import { contentHash } from '../../../../../src-main/articles/hash';
import { atom, FEED_FIXTURES, FEED_ITEMS, rdf, rss2, type FeedItem } from '../../../../support/feeds';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function articlesOf(fileName: string, bytes: Uint8Array): Promise<readonly FinishedArticle[]> {
  const result: FileParseResult = await parseFile(bytes, { fileName });
  if (!result.ok) throw new Error(`${fileName}: ${result.error}`);
  return result.articles;
}

async function errorOf(fileName: string, text: string): Promise<string> {
  const result = await parseFile(encode(text), { fileName });
  if (result.ok) throw new Error(`${fileName} was read`);
  return result.error;
}

const fixture = (name: string): Uint8Array => readFileSync(join(FEED_FIXTURES, name));
const keyOf = (articles: readonly FinishedArticle[], title: string): FinishedArticle | undefined =>
  articles.find((article) => article.title === title);
const items = (inner: string): string => `<rss version="2.0"><channel><title>Desk</title>${inner}</channel></rss>`;
const [bbc, blinken, cnn, nytimes] = FEED_ITEMS as [FeedItem, FeedItem, FeedItem, FeedItem];

describe.each([
  ['RSS 2.0', 'world.rss', rss2],
  ['Atom', 'world.atom', atom],
  ['RSS 1.0 (RDF)', 'world.xml', rdf],
])('a %s feed', (_kind, fileName, make) => {
  it('gives one article per item with its title, link, date, author, outlet, language and text', async () => {
    const articles = await articlesOf(fileName, encode(make(FEED_ITEMS)));
    expect(articles.map((article) => article.title)).toEqual(FEED_ITEMS.map((item) => item.title));
    expect(articles.map((article) => article.url)).toEqual(FEED_ITEMS.map((item) => item.link));
    expect(articles.map((article) => article.date)).toEqual(['2015-07-24', '2022-02-11', '2016-02-01', '2017-01-13']);
    expect(articles.map((article) => article.author)).toEqual(FEED_ITEMS.map((item) => item.author));
    for (const article of articles) {
      expect(article).toMatchObject({ format: 'feed', outlet: 'World Desk', language: 'en', warnings: [] });
      expect(article.itemKey).toMatch(/^[0-9a-f]{16}$/);
    }
    // The body's HTML as plain paragraphs, split at its blocks, links and markup gone.
    expect(articles[0]?.paragraphs[0]).toBe(
      'President Barack Obama has admitted that his failure to pass "common sense gun safety laws" in the US is ' +
        'the greatest frustration of his presidency.',
    );
    expect(articles[2]?.paragraphs[1]).toBe(
      "But a new report released on Monday by Stanford University's Center on Poverty and Inequality calls that " +
        'into question.',
    );
    const seedParagraphs = readFileSync(
      join(__dirname, '../../../../fixtures/articles/000_08978045df2b272e.txt'),
      'utf8',
    )
      .trim()
      .split('\n')
      .slice(3);
    expect(articles[1]?.paragraphs).toEqual(seedParagraphs);
  });

  it('keeps each item its key and its hash when the feed is saved again with items gone and new', async () => {
    const monday = await articlesOf(fileName, encode(make([bbc, blinken, cnn])));
    const tuesday = await articlesOf(fileName, encode(make([nytimes, blinken, cnn])));
    for (const kept of [blinken, cnn]) {
      expect(keyOf(tuesday, kept.title)?.itemKey).toBe(keyOf(monday, kept.title)?.itemKey);
      expect(keyOf(tuesday, kept.title)?.hash).toBe(keyOf(monday, kept.title)?.hash);
    }
    const keys = new Set([...monday, ...tuesday].map((article) => article.itemKey));
    expect(keys.size).toBe(4);
  });

  it("hashes each item's own content, not the file's", async () => {
    const bytes = encode(make(FEED_ITEMS));
    const articles = await articlesOf(fileName, bytes);
    const hashes = new Set(articles.map((article) => article.hash));
    expect(hashes.size).toBe(FEED_ITEMS.length);
    expect(hashes.has(contentHash(bytes))).toBe(false);
  });
});

describe('feed item keys', () => {
  it('are the same for an item in RSS, Atom and RDF, since they come from its guid or id', async () => {
    const keys = await Promise.all(
      [
        ['a.rss', rss2],
        ['a.atom', atom],
        ['a.xml', rdf],
      ].map(async ([name, make]) =>
        (await articlesOf(name as string, encode((make as typeof rss2)(FEED_ITEMS)))).map((a) => a.itemKey),
      ),
    );
    expect(keys[1]).toEqual(keys[0]);
    expect(keys[2]).toEqual(keys[0]);
  });

  it('come from the link when an item has no guid, else from its title and date, and are made unique', async () => {
    const noGuid = `<item><title>${cnn.title}</title><link>${cnn.link}</link></item>`;
    const bare = `<item><title>Only a title</title><pubDate>${cnn.date}</pubDate></item>`;
    const first = await articlesOf('a.rss', encode(items(noGuid + bare)));
    const moved = await articlesOf('a.rss', encode(items(bare + noGuid)));
    expect(moved.map((a) => a.itemKey)).toEqual([first[1]?.itemKey, first[0]?.itemKey]);
    // The same item twice in one file (a feed reader's export) gets two keys: each is an article of its own.
    const twice = await articlesOf('a.rss', encode(items(noGuid + noGuid)));
    expect(twice.map((a) => a.itemKey)).toEqual([first[0]?.itemKey, `${first[0]?.itemKey}-2`]);
  });
});

describe('real feeds saved from the web', () => {
  it('reads an Atom feed with html content (heise developer)', async () => {
    const articles = await articlesOf('heise.atom', fixture('heise.atom'));
    expect(articles).toHaveLength(15);
    expect(articles[0]).toMatchObject({
      title: 'Java-Anwendungsserver: Red Hat gibt WildFly 10 frei',
      date: '2016-02-01',
      outlet: 'heise developer neueste Meldungen',
      author: 'heise online',
    });
    expect(articles[0]?.url).toMatch(/^http:\/\/www\.heise\.de\/developer\/meldung\/Java-Anwendungsserver/);
    expect(articles[0]?.paragraphs.join(' ')).toContain('Enterprise-Java-Servers');
  });

  it('reads an RSS 1.0 (RDF) feed with Dublin Core dates and creators (Science)', async () => {
    const articles = await articlesOf('science.xml', fixture('rss-1.rss'));
    expect(articles).toHaveLength(69);
    expect(articles[0]).toMatchObject({ title: 'Food for fungi', date: '2017-06-15', author: 'Hines, P. J.' });
    expect(articles[0]?.outlet).toBe('Science twis');
  });

  it('reads an RSS 2.0 feed whose bodies are content:encoded (Medium)', async () => {
    const articles = await articlesOf('medium.rss', fixture('content-encoded.rss'));
    expect(articles).toHaveLength(7);
    expect(articles[0]).toMatchObject({ title: 'THE CREATIVE FORAGER', author: 'Jeremy Puma', date: '2018-04-09' });
    expect(articles[0]?.paragraphs).toContain('Using Wild Ingredients in the Kitchen');
  });

  it('reads an RSS 0.92 feed in ISO-8859-1 and says which encoding it used', async () => {
    const articles = await articlesOf('herald.rss', fixture('heraldsun.rss'));
    expect(articles.map((article) => article.title)).toEqual(['The First Item', 'The Second Item']);
    expect(articles[0]?.warnings).toContain('read as ISO-8859-1 (the feed declares it)');
  });

  it('decodes a feed in a legacy encoding its declaration names (Czech in windows-1250)', async () => {
    const title = 'West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout';
    const body = 'Zázrak jedné sezony? West Ham dává pochybovačům stále pádnější odpovědi.';
    const text = `<?xml version="1.0" encoding="windows-1250"?><rss version="2.0"><channel><title>Aktuálně.cz</title>
      <language>cs</language><item><title>${title}</title><description>${body}</description></item></channel></rss>`;
    const bytes = Uint8Array.from(encodeWindows1250(text));
    const [article] = await articlesOf('aktualne.rss', bytes);
    expect(article).toMatchObject({ title, outlet: 'Aktuálně.cz', language: 'cs', paragraphs: [body] });
  });
});

describe('files that are not feeds', () => {
  it('says an XML file that is not a feed is not one, naming its root element', async () => {
    expect(await errorOf('notes.xml', '<?xml version="1.0"?><note><to>Desk</to></note>')).toBe(
      'not a feed (RSS or Atom): its root element is <note>',
    );
  });

  it('says malformed XML is not well-formed, with the parser’s reason and line', async () => {
    const broken = rss2([bbc]).replace('</channel>', '');
    expect(await errorOf('broken.rss', broken)).toMatch(/^not a feed: not well-formed XML \(.+, line \d+\)$/);
    expect(await errorOf('text.rss', 'Just some words, no markup at all.')).toMatch(/^not a feed: /);
  });

  it('says a feed without items holds none', async () => {
    expect(await errorOf('empty.rss', '<rss version="2.0"><channel><title>Desk</title></channel></rss>')).toBe(
      'the feed holds no items',
    );
  });

  it('does not expand entities declared by the file (a billion laughs stays small)', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">
      <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">
      <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;">]>
      <rss version="2.0"><channel><title>&e;</title><item><title>Item</title><description>&e;&e;&e;</description></item>
      </channel></rss>`;
    const result = await parseFile(encode(laughs), { fileName: 'laughs.rss' });
    const size = result.ok ? result.articles.reduce((sum, a) => sum + a.paragraphs.join('').length, 0) : 0;
    expect(size).toBeLessThan(100_000);
  });
});

/** Text in windows-1250 (Czech letters; the rest is ASCII). */
function encodeWindows1250(text: string): number[] {
  const table: Record<string, number> = {
    á: 0xe1,
    í: 0xed,
    é: 0xe9,
    ě: 0xec,
    č: 0xe8,
    ř: 0xf8,
    ů: 0xf9,
    ž: 0x9e,
    ý: 0xfd,
    š: 0x9a,
  };
  return [...text].map((char) => {
    const code = char.charCodeAt(0);
    if (code < 0x80) return code;
    const mapped = table[char];
    if (mapped === undefined) throw new Error(`no windows-1250 byte for ${char}`);
    return mapped;
  });
}
