// A feed file in the library: each item an article ("<file>#<key>"), listed, opened, searched; the file
// reconciled as a whole when it changes (items kept keep their ids, gone ones leave, new ones come), is
// removed, renamed or moved (items follow, as renames), is broken or fixed, and when the folder is opened
// again (an unchanged feed is not read again). Over a real temp folder and a fake watcher the test drives.
import { mkdir, rename, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CatalogEntry } from '../../../../src-preload/contract';
import { readCatalogEntry } from '../../../../src-main/catalog/reading/read-entry';
import type { LibraryService } from '../../../../src-main/library/library-service';
import { FEED_ITEMS, rss2, type FeedItem } from '../../../support/feeds';
import type { FakeWatcher } from '../../../support/fake-watcher';
import { LibraryLog } from '../../../support/library-log';
import { searchQuery } from '../../../support/search-query';
import { put, SEED_TEXT } from '../../../support/temp-library';
import { ids, opened, withLibraryService, type ServiceHarness } from './library-service-harness';

// The real readCatalogEntry, counted: a reopen that re-reads an unchanged feed shows up here.
vi.mock('../../../../src-main/catalog/reading/read-entry', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../src-main/catalog/reading/read-entry')>();
  return { ...actual, readCatalogEntry: vi.fn<typeof actual.readCatalogEntry>(actual.readCatalogEntry) };
});

let h: ServiceHarness;
withLibraryService((made) => (h = made));

const [bbc, blinken, cnn, nytimes] = FEED_ITEMS as [FeedItem, FeedItem, FeedItem, FeedItem];
const FEED = 'desk/world.rss';

const itemIds = (service: LibraryService, fileId = FEED): string[] =>
  ids(service).filter((id) => id.startsWith(`${fileId}#`));

const byTitle = (service: LibraryService, title: string): CatalogEntry | undefined =>
  service.listed().find((entry) => entry.ok && entry.title === title);

describe('a feed file in the library', () => {
  let service: LibraryService;
  let log: LibraryLog;
  let watcher: FakeWatcher;

  /** Waits until removals held for the rename window have been told (or turned into renames). */
  async function settled(what: string, check: () => boolean): Promise<void> {
    await service.whenIdle();
    await log.waitFor(what, check);
  }

  beforeEach(async () => {
    await put(h.root, 'a.txt', SEED_TEXT);
    await put(h.root, FEED, rss2([bbc, blinken, cnn]));
    service = h.createService();
    await opened(service, h.root);
    log = new LibraryLog(service);
    watcher = h.fakes.of(h.root);
  });

  it('lists each item as an article of its own, read, opened and searched by its id', async () => {
    const items = itemIds(service);
    expect(items).toHaveLength(3);
    for (const id of items) expect(id).toMatch(/^desk\/world\.rss#[0-9a-f]{16}$/);
    expect((await service.summary()).articles).toBe(4);
    const entry = byTitle(service, cnn.title);
    expect(entry).toMatchObject({ ok: true, format: 'feed', outlet: 'World Desk', author: 'Ahiza Garcia' });
    expect(entry?.size).toBe((await service.entriesOf([items[0] as string]))[0]?.size);

    const article = await service.readArticle(entry?.id as string);
    expect(article).toMatchObject({ id: entry?.id, title: cnn.title, url: cnn.link, format: 'feed' });
    expect(article.paragraphs).toContain(
      "Among its key findings: the class you're born into matters much more in the U.S. than many of the other " +
        'countries.',
    );

    const found = await service.search(searchQuery('"birth lottery"'));
    expect(found.hits.map((hit) => hit.id)).toEqual([entry?.id]);
  });

  it('replaces its items when the file changes: kept items keep their ids, gone go, new come', async () => {
    const keptBefore = [blinken, cnn].map((item) => byTitle(service, item.title)?.id);
    const gone = byTitle(service, bbc.title)?.id as string;
    await writeFile(join(h.root, FEED), rss2([nytimes, blinken, cnn]));
    watcher.change(FEED);
    await settled(
      'bbc removed and nytimes added',
      () => log.removed().includes(gone) && byTitle(service, nytimes.title) !== undefined,
    );
    expect([blinken, cnn].map((item) => byTitle(service, item.title)?.id)).toEqual(keptBefore);
    expect(byTitle(service, bbc.title)).toBeUndefined();
    expect(itemIds(service)).toHaveLength(3);
    expect(log.renamed()).toEqual([]);
    // Nothing else of the library moved.
    expect(ids(service)).toContain('a.txt');
  });

  it('removes all its items when the file is deleted', async () => {
    const items = itemIds(service);
    await unlink(join(h.root, FEED));
    watcher.unlink(FEED);
    await settled('every item removed', () => items.every((id) => log.removed().includes(id)));
    expect(ids(service)).toEqual(['a.txt']);
  });

  it.each([
    ['renamed', 'desk/world-2022.rss'],
    ['moved', 'archive/world.rss'],
  ])('keeps its items, each under the new file with its key, when %s', async (_how, to) => {
    const before = itemIds(service);
    await mkdir(join(h.root, 'archive'), { recursive: true });
    await rename(join(h.root, FEED), join(h.root, ...to.split('/')));
    watcher.unlink(FEED);
    watcher.add(to);
    await settled('every item renamed', () => log.renamed().length === before.length);
    const expected = before.map((from) => ({ from, to: from.replace(FEED, to) }));
    expect(log.renamed().toSorted((a, b) => a.from.localeCompare(b.from))).toEqual(expected);
    expect(itemIds(service, to)).toEqual(expected.map((pair) => pair.to).toSorted());
    expect(itemIds(service)).toEqual([]);
  });

  it('is one broken entry under its own id while its XML is broken, and its items once it is mended', async () => {
    const items = itemIds(service);
    await writeFile(join(h.root, FEED), rss2([bbc, blinken, cnn]).replace('</channel>', ''));
    watcher.change(FEED);
    await settled('the feed broken', () => log.upserts(FEED).some((entry) => !entry.ok));
    expect(log.upserts(FEED).at(-1)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^not a feed: not well-formed XML/),
    });
    await log.waitFor('its items removed', () => items.every((id) => log.removed().includes(id)));
    expect(ids(service)).toEqual(['a.txt', FEED]);

    await writeFile(join(h.root, FEED), rss2([bbc, blinken, cnn]));
    await utimes(join(h.root, FEED), new Date(), new Date(Date.now() + 5000));
    watcher.change(FEED);
    await settled('the broken entry gone', () => log.removed().includes(FEED));
    expect(itemIds(service)).toEqual(items);
  });

  it('lists an .xml file that is not a feed as broken, with the reason', async () => {
    await put(h.root, 'notes/settings.xml', '<?xml version="1.0"?><settings><theme>dark</theme></settings>');
    watcher.add('notes/settings.xml');
    await settled('settings.xml listed', () => log.upserts('notes/settings.xml').length > 0);
    expect(log.upserts('notes/settings.xml')[0]).toMatchObject({
      ok: false,
      error: 'not a feed (RSS or Atom): its root element is <settings>',
    });
  });

  it('is not read again at a reopen while unchanged, and is brought up to date when it changed meanwhile', async () => {
    await service.close();
    const catalogFile = join(h.dataDir, 'catalog.sqlite');
    vi.mocked(readCatalogEntry).mockClear();
    const again = h.createService(catalogFile);
    await opened(again, h.root);
    expect(vi.mocked(readCatalogEntry).mock.calls.map(([id]) => id)).toEqual([]);
    const kept = byTitle(again, blinken.title)?.id;
    await again.close();

    await writeFile(join(h.root, FEED), rss2([blinken, nytimes]));
    const third = h.createService(catalogFile);
    const thirdLog = new LibraryLog(third);
    await opened(third, h.root);
    await thirdLog.waitFor(
      'bbc and cnn gone',
      () => byTitle(third, cnn.title) === undefined && byTitle(third, bbc.title) === undefined,
    );
    expect(byTitle(third, blinken.title)?.id).toBe(kept);
    expect(byTitle(third, nytimes.title)).toMatchObject({ ok: true, format: 'feed' });
    expect(itemIds(third)).toHaveLength(2);
    expect(vi.mocked(readCatalogEntry).mock.calls.map(([id]) => id)).toContain(FEED);
  });
});
