// The importer when the disk fails under it: each file it could not write is refused with the reason, the
// library keeps every file it had, and no partial article (or its temporary file) is left for the watcher.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles, type ImportTarget } from '../../../../src-main/library/importer';
import { fullDisk, type FullDisk } from '../../../support/full-disk';
import { articleBytes, articleText, put, TempDirs } from '../../../support/temp-library';

const temp = new TempDirs();
let root: string;

beforeEach(async () => {
  root = await temp.make('import-faults');
});
afterEach(() => temp.cleanup());

const target = (ops: FullDisk): ImportTarget => ({ root, maxBytes: 1024 * 1024, findByHash: () => null, ops });

describe('importFiles on a full disk', () => {
  it('refuses each file with the reason, keeps the library as it was, and leaves nothing partial', async () => {
    await put(root, 'report.txt', articleText('already here'));
    const disk = fullDisk();
    const report = await importFiles(target(disk), [
      { name: 'report.txt', bytes: articleBytes('second') },
      { name: 'new.txt', bytes: articleBytes('new') },
    ]);
    expect(report.added).toEqual([]);
    expect(report.refused).toEqual(
      ['report.txt', 'new.txt'].map((name) => ({
        name,
        reason: 'could not be written: the disk is full; nothing of it was left in the library',
      })),
    );
    expect(disk.failures).toBe(2);
    expect(await readdir(root)).toEqual(['report.txt']);
    expect(await readFile(join(root, 'report.txt'), 'utf8')).toBe(articleText('already here'));
  });

  it('adds the files once the disk has room again, still never over an existing one', async () => {
    await put(root, 'report.txt', articleText('already here'));
    const disk = fullDisk();
    const files = [{ name: 'report.txt', bytes: articleBytes('second') }];
    expect((await importFiles(target(disk), files)).refused).toHaveLength(1);
    disk.free();
    const report = await importFiles(target(disk), files);
    expect(report.added).toEqual([{ name: 'report.txt', id: 'report (2).txt' }]);
    expect((await readdir(root)).toSorted()).toEqual(['report (2).txt', 'report.txt']);
    expect(await readFile(join(root, 'report.txt'), 'utf8')).toBe(articleText('already here'));
  });
});
