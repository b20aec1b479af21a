// The settings file: remembered choices survive a restart; a missing or damaged file reads as defaults.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../../src-main/settings/settings';
import { DEFAULT_EXPORT_OPTIONS } from '../../../../src-shared/briefs/export-options';
import { fullDisk } from '../../../support/full-disk';
import { TempDirs } from '../../../support/temp-library';

const temp = new TempDirs();
let dir: string;

temp.eachTest('settings', (made) => (dir = made));

describe('SettingsStore', () => {
  it('reads defaults when there is no file yet', async () => {
    expect(await new SettingsStore(join(dir, 'settings.json')).load()).toEqual({});
  });

  it('keeps an update for the next store on the same file, creating folders on the way', async () => {
    const file = join(dir, 'nested', 'settings.json');
    await expect(new SettingsStore(file).update({ libraryRoot: '/home/analyst/Library' })).resolves.toEqual({
      libraryRoot: '/home/analyst/Library',
    });
    expect(await new SettingsStore(file).load()).toEqual({ libraryRoot: '/home/analyst/Library' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ libraryRoot: '/home/analyst/Library' });
    expect(await readdir(join(dir, 'nested'))).toEqual(['settings.json']);
  });

  it.each([
    ['not JSON', '{ libraryRoot: '],
    ['the wrong shape', '{"libraryRoot": 42}'],
    ['an empty folder name', '{"libraryRoot": ""}'],
    ['a list', '[]'],
  ])('reads a file holding %s as defaults', async (_label, content) => {
    const file = join(dir, 'settings.json');
    await writeFile(file, content);
    expect(await new SettingsStore(file).load()).toEqual({});
  });

  it('replaces a damaged file on the next update', async () => {
    const file = join(dir, 'settings.json');
    await writeFile(file, 'garbage');
    const store = new SettingsStore(file);
    await store.update({ libraryRoot: '/lib' });
    expect(await store.load()).toEqual({ libraryRoot: '/lib' });
  });

  it('keeps the settings it had when the disk is full, leaves nothing partial, and says so', async () => {
    const file = join(dir, 'settings.json');
    await new SettingsStore(file).update({ libraryRoot: '/home/analyst/Library' });
    const disk = fullDisk();
    const store = new SettingsStore(file, disk);
    await expect(store.update({ libraryRoot: '/media/usb/Library' })).rejects.toThrow(
      'Could not save settings.json: the disk is full. The previous version, if any, is unchanged.',
    );
    expect(disk.failures).toBe(1);
    expect(await store.load()).toEqual({ libraryRoot: '/home/analyst/Library' });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('sweeps what a write cut off by a killed process left beside the file', async () => {
    const file = join(dir, 'settings.json');
    await writeFile(join(dir, '.settings.json.99999999.0badc0de.dossier-tmp'), '{"libraryRoot": "/ha');
    await new SettingsStore(file).update({ libraryRoot: '/lib' });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('remembers the export folder and choices, and reads a damaged choice as none, keeping the rest', async () => {
    const file = join(dir, 'settings.json');
    const choices = { format: 'pdf', options: DEFAULT_EXPORT_OPTIONS } as const;
    await new SettingsStore(file).update({
      libraryRoot: '/lib',
      exportFolder: '/out',
      exportChoices: { brief: choices },
    });
    expect(await new SettingsStore(file).load()).toEqual({
      libraryRoot: '/lib',
      exportFolder: '/out',
      exportChoices: { brief: choices },
    });
    const damaged = {
      libraryRoot: '/lib',
      exportFolder: 7,
      exportChoices: { brief: { format: 'exe' }, article: choices },
    };
    await writeFile(file, JSON.stringify(damaged));
    expect(await new SettingsStore(file).load()).toEqual({ libraryRoot: '/lib', exportChoices: { article: choices } });
  });
});
