// The library folder the app starts with: the remembered one, there or not; only a first run makes the
// default one, filled with the sample articles.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIBRARY_NAME, resolveLibraryRoot } from '../../../../src-main/settings/default-library';
import { SettingsStore } from '../../../../src-main/settings/settings';
import { articleText, put, SEED_TEXT, TempDirs } from '../../../support/temp-library';

const temp = new TempDirs();
let documentsDir: string;
let samplesDir: string;
let settings: SettingsStore;

beforeEach(async () => {
  documentsDir = await temp.make('documents');
  samplesDir = await temp.make('samples');
  settings = new SettingsStore(join(await temp.make('user-data'), 'settings.json'));
});

afterEach(() => temp.cleanup());

describe('resolveLibraryRoot', () => {
  it('uses the remembered folder when it still exists', async () => {
    const remembered = await temp.make('remembered');
    await settings.update({ libraryRoot: remembered });
    expect(await resolveLibraryRoot({ documentsDir, samplesDir, settings })).toBe(remembered);
    expect(await readdir(documentsDir)).toEqual([]);
  });

  it('makes the default folder, fills it with the sample articles only, and remembers it', async () => {
    await put(samplesDir, '000_seed.txt', SEED_TEXT);
    await put(samplesDir, '001_other.md', articleText('md'));
    await put(samplesDir, '002_long.markdown', articleText('markdown'));
    await put(samplesDir, '003_caps.TXT', articleText('caps'));
    await put(samplesDir, 'README.odt', 'not an article');
    await put(samplesDir, '.DS_Store.txt', 'hidden');
    await put(samplesDir, 'nested.txt/inner.txt', articleText('nested')); // a folder with an article-like name

    const root = await resolveLibraryRoot({ documentsDir, samplesDir, settings });

    expect(root).toBe(join(documentsDir, DEFAULT_LIBRARY_NAME));
    expect((await readdir(root)).toSorted()).toEqual([
      '000_seed.txt',
      '001_other.md',
      '002_long.markdown',
      '003_caps.TXT',
    ]);
    expect(await settings.load()).toEqual({ libraryRoot: root });
  });

  it('keeps the remembered folder when it is gone, and makes no sample library in its place', async () => {
    const unmounted = join(documentsDir, 'unmounted-drive', 'Library');
    await settings.update({ libraryRoot: unmounted });
    await put(samplesDir, 'sample.txt', articleText('sample'));
    expect(await resolveLibraryRoot({ documentsDir, samplesDir, settings })).toBe(unmounted);
    expect(await settings.load()).toEqual({ libraryRoot: unmounted });
    expect(await readdir(documentsDir)).toEqual([]);
  });

  it('does not refill a default folder that already exists', async () => {
    const root = join(documentsDir, DEFAULT_LIBRARY_NAME);
    await mkdir(root);
    await writeFile(join(root, 'mine.txt'), SEED_TEXT);
    await put(samplesDir, 'sample.txt', articleText('sample'));
    await resolveLibraryRoot({ documentsDir, samplesDir, settings });
    expect(await readdir(root)).toEqual(['mine.txt']);
  });

  it('makes an empty library when no samples ship', async () => {
    const root = await resolveLibraryRoot({ documentsDir, samplesDir: join(samplesDir, 'missing'), settings });
    expect(await readdir(root)).toEqual([]);
  });
});
