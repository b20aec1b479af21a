// One file never holds up the folder: a file that is not plain text is read alone in the read worker within
// a time limit and a heap cap; one over either is listed as broken with the reason (the thread is started
// afresh), and the rest of the folder, the files after it included, is listed as usual. A real read worker
// over a real folder, with a real feed of hundreds of thousands of items as the slow (and, for a small heap,
// the huge) file.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../../../../src-preload/contract';
import { LocalCatalogStore, type LocalStoreOptions } from '../../../../../src-main/catalog/local-catalog-store';
import { scanLibrary } from '../../../../../src-main/library/scanner';
import { FEED_ITEMS, rss2 } from '../../../../support/feeds';
import { articleText, put, TempDirs } from '../../../../support/temp-library';
import { READ_WORKER, TSX } from '../../../../support/worker-scripts';

const temp = new TempDirs();

/**
 * The time limit the tests give a file: far under what the huge feed takes, and well over what a small feed
 * takes on a thread just started on a loaded machine (3 s was not, with tsx compiling the feed reader).
 */
const LIMIT_MS = 6000;
/**
 * The heap the time-limit tests give the read worker: the huge feed fills the usual 512 MB within the time
 * limit on a quiet machine, and these tests are about the clock, so the heap must not run out first.
 */
const ROOMY_HEAP_MB = 3072;
const stores: LocalCatalogStore[] = [];

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
  await temp.cleanup();
});

/**
 * A feed just under the library's size limit for feeds (4 × 8 MB) with ~240,000 short items: every one an
 * article to finish, so reading it takes well over ten seconds (and more memory than a small heap holds).
 */
const hugeFeedItem = (n: number): string =>
  `<item><title>Port of Riga bulletin ${n}</title><guid>urn:riga:${n}</guid>` +
  `<description>Ships ${n} queued.</description></item>\n`;

function hugeFeed(): string {
  const parts: string[] = ['<?xml version="1.0"?><rss version="2.0"><channel><title>Riga port</title>\n'];
  let size = parts[0]?.length ?? 0;
  for (let n = 0; size < 30 * 1024 * 1024; n++) {
    const next = hugeFeedItem(n);
    parts.push(next);
    size += next.length;
  }
  parts.push('</channel></rss>\n');
  return parts.join('');
}

async function folderWithHugeFeed(): Promise<string> {
  const root = await temp.make('time-limit');
  for (const name of ['a1.txt', 'a2.txt', 'a3.txt']) await put(root, name, articleText(name));
  await put(root, 'huge.rss', hugeFeed());
  // After the huge feed, in path order: read by the thread started after it was given up on.
  await put(root, 'small.rss', rss2(FEED_ITEMS.slice(0, 2)));
  await put(root, 'z.txt', articleText('z'));
  return root;
}

async function storeWith(options: LocalStoreOptions): Promise<LocalCatalogStore> {
  const store = new LocalCatalogStore(join(await temp.make('time-limit-data'), 'catalog.sqlite'), {
    readerScript: READ_WORKER,
    execArgv: TSX,
    ...options,
  });
  stores.push(store);
  return store;
}

function summarise(entries: readonly CatalogEntry[]): Record<string, string> {
  const seen: Record<string, string> = {};
  for (const entry of entries) {
    const file = entry.id.split('#')[0] as string;
    seen[file] = entry.ok ? `${(seen[file] === undefined ? 0 : Number(seen[file].split(' ')[0])) + 1} ok` : entry.error;
  }
  return seen;
}

describe('a file over the time limit', () => {
  it('is listed as skipped with the reason, and the rest of the folder is listed', async () => {
    const root = await folderWithHugeFeed();
    const store = await storeWith({ timeLimitMs: LIMIT_MS, readerHeapMb: ROOMY_HEAP_MB });
    const step = await store.catalogue(root, await scanLibrary(root));
    expect(summarise(step.written.map((file) => file.entry).filter((entry) => entry !== null))).toEqual({
      'a1.txt': '1 ok',
      'a2.txt': '1 ok',
      'a3.txt': '1 ok',
      'huge.rss': 'took longer than 6 s to read; skipped',
      'small.rss': '2 ok',
      'z.txt': '1 ok',
    });
    // Listed with the file's size and time: an unchanged file is not tried again at every open.
    const huge = (await store.list(root)).find((entry) => entry.id === 'huge.rss');
    expect(huge?.size).toBeGreaterThan(30 * 1024 * 1024);
  }, 60_000);

  it('is skipped the same way when a watch event reads it, and the article open says why', async () => {
    const root = await folderWithHugeFeed();
    const store = await storeWith({ timeLimitMs: LIMIT_MS, readerHeapMb: ROOMY_HEAP_MB });
    const files = await scanLibrary(root);
    const written = await store.ingest(
      root,
      files.filter((file) => file.id.endsWith('.rss')),
    );
    expect(summarise(written.written.map((file) => file.entry).filter((entry) => entry !== null))).toEqual({
      'huge.rss': 'took longer than 6 s to read; skipped',
      'small.rss': '2 ok',
    });
    await expect(store.readArticle(root, 'huge.rss#0123456789abcdef')).rejects.toThrow(
      'huge.rss#0123456789abcdef cannot be read: took longer than 6 s to read; skipped',
    );
    const small = written.written.find((file) => file.id.startsWith('small.rss#'));
    await expect(store.readArticle(root, small?.id as string)).resolves.toMatchObject({ title: FEED_ITEMS[0]?.title });
  }, 60_000);
});

describe('a file the read worker runs out of memory on', () => {
  it('is listed as too large to read in memory, and the rest of the folder is listed', async () => {
    const root = await folderWithHugeFeed();
    const told: string[] = [];
    const store = await storeWith({
      readerHeapMb: 64,
      timeLimitMs: 120_000,
      readerWatch: {
        onRestart: (reason) => told.push(reason.message),
        onGiveUp: (reason) => told.push(reason.message),
      },
    });
    const step = await store.catalogue(root, await scanLibrary(root));
    expect(summarise(step.written.map((file) => file.entry).filter((entry) => entry !== null))).toEqual({
      'a1.txt': '1 ok',
      'a2.txt': '1 ok',
      'a3.txt': '1 ok',
      'huge.rss': 'too large to read in memory',
      'small.rss': '2 ok',
      'z.txt': '1 ok',
    });
    // The file is to blame, not the worker: no restart to tell of, and the worker is not given up on.
    expect(told).toEqual([]);
  }, 120_000);
});
