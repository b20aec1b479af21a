// Importing files of every format: any file the library reads is taken (each format up to its own size
// limit), written byte for byte (a feed in UTF-16 keeps its NUL bytes), checked by parsing it as the library
// will; a feed is a duplicate only when the library already holds every one of its items.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncomingFile } from '../../../../src-preload/contract';
import { parseFile } from '../../../../src-main/articles/formats/parse-file';
import { importFiles, importPickedPaths, type ImportTarget } from '../../../../src-main/library/importer';
import { FEED_ITEMS, rss2 } from '../../../support/feeds';
import { articleBytes, TempDirs } from '../../../support/temp-library';

const temp = new TempDirs();
let root: string;
let known: Map<string, string>;

const target = (maxBytes = 8 * 1024 * 1024): ImportTarget => ({
  root,
  maxBytes,
  findByHash: (hash) => known.get(hash) ?? null,
});
const file = (name: string, bytes: Uint8Array): IncomingFile => ({ name, bytes });
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The text as UTF-16 (little-endian) with its byte-order mark: half its bytes are NUL. */
function utf16(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

beforeEach(async () => {
  root = await temp.make('import-formats');
  known = new Map();
});
afterEach(() => temp.cleanup());

describe('importing files of every format', () => {
  it('writes a feed byte for byte, a UTF-16 one with its NUL bytes too', async () => {
    const bytes = utf16(rss2(FEED_ITEMS.slice(0, 2)).replace('encoding="UTF-8"', 'encoding="UTF-16"'));
    expect(bytes.includes(0)).toBe(true);
    const report = await importFiles(target(), [file('world.rss', bytes)]);
    expect(report).toEqual({ added: [{ name: 'world.rss', id: 'world.rss' }], duplicates: [], refused: [] });
    expect(new Uint8Array(await readFile(join(root, 'world.rss')))).toEqual(bytes);
  });

  it('refuses an .xml file that is not a feed, saying so', async () => {
    const report = await importFiles(target(), [file('settings.xml', encode('<settings><a>1</a></settings>'))]);
    expect(report.refused).toEqual([
      {
        name: 'settings.xml',
        reason: 'not readable as an article: not a feed (RSS or Atom): its root element is <settings>',
      },
    ]);
  });

  it('takes each format up to its own limit: a feed four times a text article', async () => {
    const maxBytes = 16 * 1024;
    const feed = encode(rss2(FEED_ITEMS));
    expect(feed.length).toBeGreaterThan(maxBytes);
    expect(feed.length).toBeLessThan(4 * maxBytes);
    const text = new Uint8Array(feed.length).fill(0x61);
    const report = await importFiles(target(maxBytes), [file('world.rss', feed), file('long.txt', text)]);
    expect(report.added).toEqual([{ name: 'world.rss', id: 'world.rss' }]);
    expect(report.refused).toEqual([
      { name: 'long.txt', reason: `file too large: ${(feed.length / 1024).toFixed(1)} KB (the limit is 16.0 KB)` },
    ]);
  });

  it('reads picked files up to their format’s limit too', async () => {
    const maxBytes = 16 * 1024;
    const outside = await temp.make('picked');
    const feed = rss2(FEED_ITEMS);
    await writeFile(join(outside, 'world.rss'), feed);
    await writeFile(join(outside, 'long.txt'), 'a'.repeat(feed.length));
    const report = await importPickedPaths([join(outside, 'world.rss'), join(outside, 'long.txt')], maxBytes, (files) =>
      importFiles(target(maxBytes), files),
    );
    expect(report.added).toEqual([{ name: 'world.rss', id: 'world.rss' }]);
    expect(report.refused.map((r) => r.name)).toEqual(['long.txt']);
  });

  it('skips a feed whose every item the library holds, and adds one with an item it lacks', async () => {
    const held = encode(rss2(FEED_ITEMS.slice(0, 2)));
    const parsed = await parseFile(held, { fileName: 'held.rss' });
    if (!parsed.ok) throw new Error(parsed.error);
    for (const article of parsed.articles) known.set(article.hash, `desk/held.rss#${article.itemKey}`);
    const report = await importFiles(target(), [
      file('same-items.rss', encode(rss2(FEED_ITEMS.slice(0, 2).toReversed()))),
      file('one-more.rss', encode(rss2(FEED_ITEMS.slice(0, 3)))),
      file('one-more-again.rss', encode(rss2(FEED_ITEMS.slice(0, 3)))),
    ]);
    expect(report.duplicates).toEqual([
      { name: 'same-items.rss', existingId: `desk/held.rss#${parsed.articles[1]?.itemKey}` },
      // The second copy of a feed added in the same import is a duplicate of the first.
      { name: 'one-more-again.rss', existingId: expect.stringMatching(/^desk\/held\.rss#|^one-more\.rss$/) },
    ]);
    expect(report.added).toEqual([{ name: 'one-more.rss', id: 'one-more.rss' }]);
  });

  it('writes a plain text article as before, and still refuses other files by name', async () => {
    const report = await importFiles(target(), [
      file('a.txt', articleBytes('a')),
      file('photo.png', articleBytes('p')),
    ]);
    expect(report.added).toEqual([{ name: 'a.txt', id: 'a.txt' }]);
    expect(report.refused.map((r) => r.name)).toEqual(['photo.png']);
  });
});
