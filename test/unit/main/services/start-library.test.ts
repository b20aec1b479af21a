// The library the app starts with (the app and the end-to-end host run the same code): the remembered
// folder, kept and shown as missing when it is not there; a sample library only on a true first run.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalCatalogStore } from '../../../../src-main/catalog/local-catalog-store';
import { LibraryService } from '../../../../src-main/library/library-service';
import { startLibrary } from '../../../../src-main/services/start-library';
import { DEFAULT_LIBRARY_NAME } from '../../../../src-main/settings/default-library';
import { SettingsStore } from '../../../../src-main/settings/settings';
import { FakeWatch } from '../../../support/fake-watcher';
import { articleText, put, TempDirs } from '../../../support/temp-library';

const temp = new TempDirs();
let documentsDir: string;
let samplesDir: string;
let settings: SettingsStore;
let library: LibraryService;

beforeEach(async () => {
  documentsDir = await temp.make('documents');
  samplesDir = await temp.make('samples');
  await put(samplesDir, 'sample.txt', articleText('sample'));
  const userData = await temp.make('user-data');
  settings = new SettingsStore(join(userData, 'settings.json'));
  library = new LibraryService({
    store: new LocalCatalogStore(join(userData, 'catalog.sqlite')),
    watch: new FakeWatch().watch,
  });
});

afterEach(async () => {
  await library.close();
  await temp.cleanup();
});

const start = (override?: string): ReturnType<typeof startLibrary> =>
  startLibrary({ library, settings, documentsDir, samplesDir, ...(override ? { override } : {}) });

describe('startLibrary', () => {
  it('on a first run makes the sample library, opens it and remembers it', async () => {
    const summary = await start();
    await library.whenIdle();
    const root = join(documentsDir, DEFAULT_LIBRARY_NAME);
    expect(summary.root).toBe(root);
    expect(summary.problem).toBeUndefined();
    expect(library.listed().map((entry) => entry.id)).toEqual(['sample.txt']);
    expect(await settings.load()).toEqual({ libraryRoot: root });
  });

  it('opens the remembered folder', async () => {
    const remembered = await temp.make('remembered');
    await put(remembered, 'mine.txt', articleText('mine'));
    await settings.update({ libraryRoot: remembered });
    expect((await start()).root).toBe(remembered);
    await library.whenIdle();
    expect(library.listed().map((entry) => entry.id)).toEqual(['mine.txt']);
  });

  it('keeps a remembered folder that is not there, shows it as missing, and replaces nothing', async () => {
    const unmounted = join(documentsDir, 'drive', 'Library');
    await settings.update({ libraryRoot: unmounted });

    const summary = await start();

    expect(summary).toMatchObject({ root: unmounted, articles: 0, problem: { root: unmounted } });
    expect(summary.problem?.message).toContain('is not there');
    expect(await settings.load()).toEqual({ libraryRoot: unmounted });
    expect(await readdir(documentsDir)).toEqual([]);
    await expect(stat(join(documentsDir, DEFAULT_LIBRARY_NAME))).rejects.toThrow(/ENOENT/);

    await put(unmounted, 'back.txt', articleText('back'));
    await library.retry();
    await library.whenIdle();
    expect(library.listed().map((entry) => entry.id)).toEqual(['back.txt']);
  });

  it('opens a development override without remembering it', async () => {
    const remembered = await temp.make('remembered');
    await settings.update({ libraryRoot: remembered });
    const override = await temp.make('override');
    expect((await start(override)).root).toBe(override);
    expect(await settings.load()).toEqual({ libraryRoot: remembered });
  });
});
