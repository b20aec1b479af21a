// The services as the app wires them, through faults: a catalog file that is not a database at startup is
// set aside and the library read from its folder, and a catalog worker that crashes under an open library
// is started again; each time the analyst gets a notice and no file goes missing.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppNotice } from '../../../../src-preload/contract';
import { createMainServices, type MainServices } from '../../../../src-main/services/main-services';
import { FakeWatch } from '../../../support/fake-watcher';
import { articleText, put, TempDirs } from '../../../support/temp-library';
import { CATALOG_WORKER, TSX } from '../../../support/worker-scripts';

const temp = new TempDirs();
let services: MainServices | null = null;

afterEach(async () => {
  await services?.library.close();
  services = null;
  await temp.cleanup();
});

const QUERY = { text: '', filters: {}, sort: 'title', offset: 0, limit: 50 } as const;

/** Resolves with the first notice posted from now on. */
function nextNotice(from: MainServices): Promise<AppNotice> {
  return new Promise((resolve) => {
    const off = from.notices.onPosted((notice) => {
      off();
      resolve(notice);
    });
  });
}

describe('the main services through faults', () => {
  it('set a corrupt catalog aside at startup, say so, and read the library from its folder', async () => {
    const userData = await temp.make('faults-data');
    const root = await temp.make('faults-lib');
    await put(root, 'a.txt', articleText('a'));
    await put(root, 'sub/b.txt', articleText('b'));
    await writeFile(join(userData, 'catalog.sqlite'), 'SQLite format 3\0 but torn in half by a power cut'.repeat(90));
    services = createMainServices({
      userData,
      catalogWorker: CATALOG_WORKER,
      execArgv: TSX,
      library: { watch: new FakeWatch().watch },
    });
    const noticed = nextNotice(services);

    await services.library.open(root);
    await services.library.whenIdle();

    expect(services.library.listed().map((entry) => entry.id)).toEqual(['a.txt', 'sub/b.txt']);
    const notice = await noticed;
    expect(notice).toMatchObject({
      kind: 'warning',
      title: 'The library catalog could not be read, so Dossier is rebuilding it from the folder.',
    });
    const aside = (await readdir(userData)).find((name) => name.startsWith('catalog.sqlite.corrupt-'));
    expect(notice.lines).toContain(`The damaged catalog was kept as ${join(userData, aside ?? '?')}.`);
    expect(services.notices.take()).toEqual([notice]);
  });

  it('start a catalog worker that crashed again, say so, and keep every file and write', async () => {
    const userData = await temp.make('faults-data');
    const root = await temp.make('faults-lib');
    await put(root, 'a.txt', articleText('a'));
    const workers: Worker[] = [];
    const fakes = new FakeWatch();
    services = createMainServices({
      userData,
      catalogWorker: CATALOG_WORKER,
      execArgv: TSX,
      library: { watch: fakes.watch },
      onCatalogWorker: (worker) => workers.push(worker),
    });
    const { library } = services;
    await library.open(root);
    await library.whenIdle();
    const noticed = nextNotice(services);

    await workers[0]?.terminate();
    await put(root, 'c.txt', articleText('c'));
    fakes.open()[0]?.add('c.txt');
    await library.whenIdle();

    expect(await noticed).toMatchObject({
      kind: 'warning',
      title: 'The library catalog stopped unexpectedly and was restarted.',
    });
    expect(workers).toHaveLength(2);
    expect(library.listed().map((entry) => entry.id)).toEqual(['a.txt', 'c.txt']);
    expect((await library.search(QUERY)).hits.map((hit) => hit.id)).toEqual(['a.txt', 'c.txt']);
    expect(await library.summary()).toMatchObject({ articles: 2 });
  });
});
