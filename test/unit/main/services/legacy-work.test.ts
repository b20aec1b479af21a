// The work the page kept under its old file:// origin, held in the data folder between main reading it and
// the page making it again at app://dossier: read once, checked, handed out until the move is done.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LegacyDatabase } from '../../../../src-preload/contract';
import { LEGACY_MOVED_FILE, LEGACY_WORK_FILE, LegacyWork } from '../../../../src-main/services/legacy-work';
import { TempDirs } from '../../../support/temp-library';

const temp = new TempDirs();
let dir: string;
let work: LegacyWork;

beforeEach(async () => {
  dir = await temp.make('legacy');
  work = new LegacyWork(dir);
});
afterEach(() => temp.cleanup());

const HIGHLIGHTS: LegacyDatabase = {
  name: 'dossier',
  version: 20,
  stores: [
    {
      name: 'highlights',
      keyPath: 'id',
      autoIncrement: false,
      indexes: [{ name: 'articleId', keyPath: 'articleId', unique: false, multiEntry: false }],
      records: [{ id: 'h1', articleId: 'a.txt', note: 'Check the date.' }],
      keys: null,
    },
    { name: 'briefs', keyPath: 'id', autoIncrement: false, indexes: [], records: [], keys: null },
  ],
};
const EMPTY: LegacyDatabase = { name: 'other', version: 1, stores: [] };

describe('LegacyWork', () => {
  it('keeps the databases that hold work, and hands them out until the move is done', async () => {
    await work.collect(async () => [HIGHLIGHTS, EMPTY]);
    expect(await work.take()).toEqual([HIGHLIGHTS]);
    expect(await work.take()).toEqual([HIGHLIGHTS]);
    await work.moved();
    expect(await work.take()).toEqual([]);
    // The copy stays, for the analyst's peace of mind.
    expect(JSON.parse(await readFile(join(dir, LEGACY_WORK_FILE), 'utf8'))).toEqual([HIGHLIGHTS]);
  });

  it('reads the old origin once: not again while its work is kept, nor after the move', async () => {
    let reads = 0;
    const read = async (): Promise<LegacyDatabase[]> => {
      reads++;
      return [HIGHLIGHTS];
    };
    await work.collect(read);
    await work.collect(read);
    await work.moved();
    await new LegacyWork(dir).collect(read);
    expect(reads).toBe(1);
  });

  it('marks the move done at once when the old origin held no work', async () => {
    await work.collect(async () => [EMPTY]);
    expect((await readdir(dir)).toSorted()).toEqual([LEGACY_MOVED_FILE]);
    expect(await work.take()).toEqual([]);
  });

  it('tries again at the next start when reading failed, and keeps nothing of it', async () => {
    await expect(work.collect(() => Promise.reject(new Error('timed out')))).rejects.toThrow('timed out');
    expect(await readdir(dir)).toEqual([]);
    await work.collect(async () => [HIGHLIGHTS]);
    expect(await work.take()).toEqual([HIGHLIGHTS]);
  });

  it('refuses what is not a database dump, and keeps nothing of it', async () => {
    const bad = [{ name: 'dossier', version: 'twenty', stores: [] }] as unknown as LegacyDatabase[];
    await expect(work.collect(async () => bad)).rejects.toThrow(/expected number/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('hands out nothing from a kept file that was damaged, rather than half of it', async () => {
    await writeFile(join(dir, LEGACY_WORK_FILE), '[{"name": "dossier", "version": 20, "stores": [');
    await expect(work.take()).rejects.toThrow(/JSON/);
  });
});
