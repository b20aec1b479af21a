// The catalog worker thread from main: the folder scanner runs beside the store there, nothing is
// answered once the store is closed, and a worker that crashes is started again with the writes it had not
// answered. Where an installed app finds the worker's script.
import { resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { startCatalogThread, unpackedPath, type CatalogEvent } from '../../../../src-main/catalog/catalog-thread';
import { scanLibrary } from '../../../../src-main/library/scanner';
import { articleText, put, TempDirs } from '../../../support/temp-library';
import { CATALOG_WORKER, TSX } from '../../../support/worker-scripts';

const temp = new TempDirs();

afterEach(() => temp.cleanup());

describe('startCatalogThread', () => {
  it('scans a folder on the worker, as scanner.ts does, until the store is closed', async () => {
    const root = await temp.make('thread');
    await put(root, 'b/two.txt', articleText('two'));
    await put(root, 'one.md', articleText('one'));
    await put(root, '.hidden.txt', articleText('hidden'));
    const file = resolve(await temp.make('thread-data'), 'catalog.sqlite');
    const thread = startCatalogThread({ script: CATALOG_WORKER, file, execArgv: TSX });
    const scanned = await thread.scan(root);
    expect(scanned.map((f) => f.id)).toEqual(['b/two.txt', 'one.md']);
    expect(scanned[1]).toMatchObject({ path: resolve(root, 'one.md'), size: articleText('one').length });
    await expect(thread.scan(resolve(root, 'missing'))).rejects.toThrow(/ENOENT/);
    expect(await thread.store.list(root)).toEqual([]);
    await thread.store.close();
    await expect(thread.scan(root)).rejects.toThrow('the catalog store is closed');
  });
});

describe('a catalog worker that crashes', () => {
  it('is started again, and a write in flight is written by the new worker, numbered after the last', async () => {
    const root = await temp.make('crash');
    await put(root, 'a.txt', articleText('a'));
    await put(root, 'b.txt', articleText('b'));
    const file = resolve(await temp.make('crash-data'), 'catalog.sqlite');
    const workers: Worker[] = [];
    const events: CatalogEvent[] = [];
    const thread = startCatalogThread({
      script: CATALOG_WORKER,
      file,
      execArgv: TSX,
      onWorker: (worker) => workers.push(worker),
      onEvent: (event) => events.push(event),
    });
    try {
      const [a, b] = await scanLibrary(root);
      if (!a || !b) throw new Error('the scan found no files');
      const first = await thread.store.ingest(root, [a]);

      // The write is posted, then its worker dies before it can answer: the way a crash takes a write in flight.
      const inFlight = thread.store.ingest(root, [b]);
      await workers[0]?.terminate();
      const second = await inFlight;

      expect(workers).toHaveLength(2);
      expect(events).toEqual([
        { kind: 'worker-restarted', reason: 'the catalog worker stopped (exit code 1)', resent: 1 },
      ]);
      expect(second.written.map((written) => written.id)).toEqual(['b.txt']);
      expect(second.seq).toBeGreaterThan(first.seq);
      expect((await thread.store.list(root)).map((entry) => entry.id)).toEqual(['a.txt', 'b.txt']);
    } finally {
      await thread.store.close();
    }
  });
});

describe('unpackedPath', () => {
  it('points a script inside app.asar at its unpacked copy, and leaves other paths alone', () => {
    expect(unpackedPath('/opt/Dossier/resources/app.asar/out/main/catalog-worker.js')).toBe(
      '/opt/Dossier/resources/app.asar.unpacked/out/main/catalog-worker.js',
    );
    expect(unpackedPath('C:\\Dossier\\resources\\app.asar\\out\\main\\catalog-worker.js')).toBe(
      'C:\\Dossier\\resources\\app.asar.unpacked\\out\\main\\catalog-worker.js',
    );
    expect(unpackedPath('/home/dev/dossier/out/main/catalog-worker.js')).toBe(
      '/home/dev/dossier/out/main/catalog-worker.js',
    );
  });
});
