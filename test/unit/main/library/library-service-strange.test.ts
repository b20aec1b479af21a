// Strange files in the library: a FIFO named x.txt (opening one for reading waits for a writer forever) must
// not hang the reader, the background read or the read worker; and an import a killed process left
// half-written is never listed and is swept at the next open.
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EntryReader } from '../../../../src-main/catalog/reading/entry-reader';
import { readCatalogEntry } from '../../../../src-main/catalog/reading/read-entry';
import { killMidWrite } from '../../../support/kill-mid-write';
import { put, SEED_TEXT } from '../../../support/temp-library';
import { READ_WORKER, TSX } from '../../../support/worker-scripts';
import { ids, opened, withLibraryService, type ServiceHarness } from './library-service-harness';

let h: ServiceHarness;
withLibraryService((made) => (h = made));

const fifos: string[] = [];
function mkfifo(id: string): string {
  const path = join(h.root, id);
  execFileSync('mkfifo', [path]);
  fifos.push(path);
  return path;
}

// Should a read wait on a FIFO after all, a writer that opens and closes it lets the read end (with no
// bytes), so the test fails on its assertions instead of leaving a thread stuck.
afterEach(() => {
  for (const fifo of fifos.splice(0)) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // ENXIO: no reader waits on it, as it should be.
    }
  }
});

describe('a FIFO named like an article', () => {
  it('is refused by the reader at once, with the reason', async () => {
    await put(h.root, 'a.txt', SEED_TEXT);
    const service = h.createService();
    await opened(service, h.root);
    mkfifo('x.txt');
    await expect(service.readArticle('x.txt')).rejects.toThrow('x.txt cannot be read: not a regular file');
    expect((await service.readArticle('a.txt')).id).toBe('a.txt');
  });

  it('is passed over by the background read, which finishes and lists the rest', async () => {
    await put(h.root, 'a.txt', SEED_TEXT);
    mkfifo('x.txt');
    mkfifo('y.md');
    const service = h.createService();
    await opened(service, h.root);
    expect(ids(service)).toEqual(['a.txt']);
  });

  it('read by path is a broken entry, here and in the read worker', async () => {
    const fifo = mkfifo('x.txt');
    const { rows } = await readCatalogEntry('x.txt', fifo, 1024 * 1024);
    expect(rows).toEqual([
      expect.objectContaining({
        entry: expect.objectContaining({ id: 'x.txt', ok: false, error: 'not a regular file' }),
      }),
    ]);
    // Blocking reads run in the read worker, its own thread: a read stuck there cannot stop this one's timeout.
    const worker = new EntryReader(READ_WORKER, { maxBytes: 1024 * 1024, execArgv: TSX });
    try {
      expect(await worker.read([{ id: 'x.txt', path: fifo }], false)).toEqual([
        {
          rows: [
            { entry: expect.objectContaining({ id: 'x.txt', ok: false, error: 'not a regular file' }), text: null },
          ],
        },
      ]);
    } finally {
      await worker.close();
    }
  });
});

describe('an import cut off by a killed process', () => {
  it('is never listed, and its temporary file is swept at the next open', async () => {
    await put(h.root, 'a.txt', SEED_TEXT);
    await killMidWrite(join(h.root, 'x.txt'));
    expect(await readdir(h.root)).toHaveLength(2); // a.txt and the half-written temporary file

    const service = h.createService();
    await opened(service, h.root);
    expect(ids(service)).toEqual(['a.txt']);
    expect(await readdir(h.root)).toEqual(['a.txt']);
  });
});
