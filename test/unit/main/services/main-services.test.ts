// The services every host builds through createMainServices: settings and the catalog in userData, and a
// library service whose scans and catalog writes run on the catalog worker thread.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMainServices } from '../../../../src-main/services/main-services';
import { FakeWatch } from '../../../support/fake-watcher';
import { articleText, put, TempDirs } from '../../../support/temp-library';
import { CATALOG_WORKER, TSX } from '../../../support/worker-scripts';

const temp = new TempDirs();

afterEach(() => temp.cleanup());

describe('createMainServices', () => {
  it('keeps settings and the catalog in userData, and opens a library through the worker', async () => {
    const userData = await temp.make('services-data');
    const root = await temp.make('services-lib');
    await put(root, 'sub/a.txt', articleText('a'));
    const fakes = new FakeWatch();
    const { settings, library } = createMainServices({
      userData,
      catalogWorker: CATALOG_WORKER,
      execArgv: TSX,
      library: { watch: fakes.watch },
    });
    try {
      await settings.update({ libraryRoot: root });
      expect(await settings.load()).toEqual({ libraryRoot: root });
      await library.open(root);
      await library.whenIdle();
      expect(library.listed().map((entry) => entry.id)).toEqual(['sub/a.txt']);
      expect(fakes.open().map((watcher) => watcher.root)).toEqual([root]);
      expect((await stat(join(userData, 'settings.json'))).isFile()).toBe(true);
      expect((await stat(join(userData, 'catalog.sqlite'))).isFile()).toBe(true);
    } finally {
      await library.close();
    }
    expect(fakes.open()).toEqual([]);
  });
});
