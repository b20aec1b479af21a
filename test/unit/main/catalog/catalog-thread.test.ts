// The catalog worker thread from main: the folder scanner runs beside the store there, and nothing is
// answered once the store is closed. Where an installed app finds the worker's script.
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCatalogThread, unpackedPath } from '../../../../src-main/catalog/catalog-thread';
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
