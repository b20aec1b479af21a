// The read worker behind a large first read: it parses the largest article a library accepts within its
// capped heap, one that crashes is started again and reads its batch again, and a read worker that cannot
// run leaves the catalog reading on its own thread.
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../../../../../src-main/articles/types';
import { LocalCatalogStore } from '../../../../../src-main/catalog/local-catalog-store';
import { EntryReader, readerScriptFor } from '../../../../../src-main/catalog/reading/entry-reader';
import { scanLibrary } from '../../../../../src-main/library/scanner';
import { articleText, put, SEED_DATE_RAW, SEED_URL, TempDirs } from '../../../../support/temp-library';
import { READ_WORKER, TSX } from '../../../../support/worker-scripts';

const temp = new TempDirs();
const stores: LocalCatalogStore[] = [];

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
  await temp.cleanup();
});

async function storeWith(readerScript: string): Promise<{ store: LocalCatalogStore; root: string }> {
  const root = await temp.make('reader');
  const store = new LocalCatalogStore(join(await temp.make('reader-data'), 'catalog.sqlite'), {
    readerScript,
    execArgv: TSX,
  });
  stores.push(store);
  return { store, root };
}

describe('the read worker', () => {
  it('parses an article just under the size limit within its capped heap', async () => {
    const root = await temp.make('reader-long');
    const reader = new EntryReader(READ_WORKER, { maxBytes: DEFAULT_MAX_ARTICLE_BYTES, execArgv: TSX });
    // One character outside Latin-1 makes every string two bytes a character: the most a parse can hold.
    const paragraph = 'Analysts read every word of this long paragraph about trade and tariffs — “quoted”. '.repeat(
      100,
    );
    const head = `A very long article\n${SEED_DATE_RAW}\n${SEED_URL}\n`;
    const count = Math.floor((DEFAULT_MAX_ARTICLE_BYTES - head.length - 1024) / (Buffer.byteLength(paragraph) + 1));
    await put(root, 'long.txt', head + `${paragraph}\n`.repeat(count));
    try {
      const [read] = await reader.read([{ id: 'long.txt', path: join(root, 'long.txt') }], false);
      expect(read?.rows[0]?.entry).toMatchObject({
        id: 'long.txt',
        ok: true,
        title: 'A very long article',
        paragraphs: count,
      });
    } finally {
      await reader.close();
    }
  }, 60_000);

  it('is started again when it crashes mid-batch, and the batch is read again by the new one', async () => {
    // A read worker that dies on its first batch while a marker file is there, and works once it is gone.
    const scripts = await temp.make('reader-crash');
    const marker = join(scripts, 'crash-next-batch');
    await writeFile(marker, '');
    const script = join(scripts, 'crashing-read-worker.mjs');
    await writeFile(
      script,
      [
        "import { existsSync, rmSync } from 'node:fs';",
        "import { parentPort } from 'node:worker_threads';",
        `const marker = ${JSON.stringify(marker)};`,
        'if (existsSync(marker)) parentPort.once("message", () => { rmSync(marker); process.exit(9); });',
        `else await import(${JSON.stringify(pathToFileURL(READ_WORKER).href)});`,
      ].join('\n'),
    );
    const restarts: string[] = [];
    const root = await temp.make('reader-crash-lib');
    const store = new LocalCatalogStore(join(await temp.make('reader-data'), 'catalog.sqlite'), {
      readerScript: script,
      execArgv: TSX,
      readerWatch: { onRestart: (reason, resent) => restarts.push(`${reason.message}; ${resent} sent again`) },
    });
    stores.push(store);
    await put(root, 'a.txt', articleText('a'));
    await put(root, 'b.txt', articleText('b'));

    const step = await store.catalogue(root, await scanLibrary(root));

    expect(restarts).toEqual(['the read worker stopped (exit code 9); 1 sent again']);
    expect(step.written.map((file) => file.entry)).toEqual([
      expect.objectContaining({ id: 'a.txt', ok: true }),
      expect.objectContaining({ id: 'b.txt', ok: true }),
    ]);
    expect((await store.list(root)).map((entry) => entry.id)).toEqual(['a.txt', 'b.txt']);
  });

  it('reads on its own thread when the read worker cannot run', async () => {
    const { store, root } = await storeWith(resolve(__dirname, 'no-such-read-worker.ts'));
    await put(root, 'a.txt', articleText('a'));
    await put(root, 'b.txt', articleText('b'));
    const step = await store.catalogue(root, await scanLibrary(root));
    expect(step.written.map((file) => file.entry?.id)).toEqual(['a.txt', 'b.txt']);
    expect(await store.list(root)).toHaveLength(2);
  });
});

describe('readerScriptFor', () => {
  it('finds the read worker beside the catalog worker, built or source', () => {
    expect(readerScriptFor('/app/out/main/catalog-worker.js')).toBe('/app/out/main/read-worker.js');
    expect(readerScriptFor('/repo/src-main/catalog/workers/catalog-worker.ts')).toBe(
      '/repo/src-main/catalog/workers/read-worker.ts',
    );
  });
});
