// The importer against a real library folder: free names, duplicates, refusals, and names that try to escape.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncomingFile } from '../../../../src-preload/contract';
import { contentHash } from '../../../../src-main/articles/hash';
import { importFiles, safeFileName, type ImportTarget } from '../../../../src-main/library/importer';
import { FORMAT_EXTENSIONS } from '../../../../src-shared/file-formats';
import { articleBytes, BINARY_BYTES, put, SEED_TEXT, TempDirs } from '../../../support/temp-library';

const temp = new TempDirs();
let root: string;
/** Stands in for the catalog: content hash -> id of files already in the library. */
let known: Map<string, string>;

const target = (maxBytes = 8 * 1024 * 1024): ImportTarget => ({
  root,
  maxBytes,
  findByHash: (hash) => known.get(hash) ?? null,
});

const file = (name: string, bytes: Uint8Array): IncomingFile => ({ name, bytes });

/** Every file under root, as forward-slash paths. */
async function filesOnDisk(): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(root.length + 1)
        .split('\\')
        .join('/'),
    )
    .toSorted();
}

beforeEach(async () => {
  root = await temp.make('import');
  known = new Map();
});

afterEach(() => temp.cleanup());

describe('importFiles', () => {
  it('writes a new article under its own name, byte for byte', async () => {
    const bytes = articleBytes('new');
    const report = await importFiles(target(), [file('report.txt', bytes)]);
    expect(report).toEqual({ added: [{ name: 'report.txt', id: 'report.txt' }], duplicates: [], refused: [] });
    expect(new Uint8Array(await readFile(join(root, 'report.txt')))).toEqual(bytes);
  });

  it('never overwrites: a taken name gets " (2)", then " (3)"', async () => {
    await put(root, 'report.txt', articleText('already here'));
    const report = await importFiles(target(), [
      file('report.txt', articleBytes('second')),
      file('report.txt', articleBytes('third')),
    ]);
    expect(report.added).toEqual([
      { name: 'report.txt', id: 'report (2).txt' },
      { name: 'report.txt', id: 'report (3).txt' },
    ]);
    expect(await readFile(join(root, 'report.txt'), 'utf8')).toBe(articleText('already here'));
    expect(await readFile(join(root, 'report (2).txt'), 'utf8')).toBe(articleText('second'));
    expect(await filesOnDisk()).toEqual(['report (2).txt', 'report (3).txt', 'report.txt']);
  });

  it('skips content that is already in the library, without copying it', async () => {
    const bytes = articleBytes('');
    known.set(contentHash(bytes), 'old/original.txt');
    const report = await importFiles(target(), [file('copy.txt', bytes)]);
    expect(report).toEqual({
      added: [],
      duplicates: [{ name: 'copy.txt', existingId: 'old/original.txt' }],
      refused: [],
    });
    expect(await filesOnDisk()).toEqual([]);
  });

  it('adds the same content only once within one batch', async () => {
    const report = await importFiles(target(), [
      file('first.txt', articleBytes('twin')),
      file('second.txt', articleBytes('twin')),
      file('other.txt', articleBytes('other')),
    ]);
    expect(report.added).toEqual([
      { name: 'first.txt', id: 'first.txt' },
      { name: 'other.txt', id: 'other.txt' },
    ]);
    expect(report.duplicates).toEqual([{ name: 'second.txt', existingId: 'first.txt' }]);
    expect(await filesOnDisk()).toEqual(['first.txt', 'other.txt']);
  });

  it('refuses files that are not articles by name, and says which ones it reads', async () => {
    const report = await importFiles(target(), [
      file('photo.png', articleBytes('png')),
      file('data.json', articleBytes('json')),
    ]);
    expect(report.added).toEqual([]);
    expect(report.refused.map((r) => r.name)).toEqual(['photo.png', 'data.json']);
    for (const { reason } of report.refused) {
      expect(reason).toBe(`not an article file: Dossier reads ${FORMAT_EXTENSIONS.join(', ')} files`);
      expect(reason).toContain('.pdf, .docx, .eml, .rss, .atom, .xml');
    }
    expect(await filesOnDisk()).toEqual([]);
  });

  it('refuses a binary file with a .txt name, with the reason', async () => {
    const report = await importFiles(target(), [file('image.txt', BINARY_BYTES)]);
    expect(report.refused).toEqual([
      { name: 'image.txt', reason: 'not readable as an article: binary file: not text' },
    ]);
    expect(await filesOnDisk()).toEqual([]);
  });

  it('refuses empty files, temp files and files over the size limit', async () => {
    const report = await importFiles(target(1000), [
      file('empty.txt', new Uint8Array()),
      file('~$lock.txt', articleBytes('lock')),
      file('backup.txt~', articleBytes('backup')),
      file('big.txt', articleBytes('big')),
    ]);
    expect(report.refused).toEqual([
      { name: 'empty.txt', reason: 'not readable as an article: empty file' },
      { name: '~$lock.txt', reason: 'hidden and temporary files are not added' },
      { name: 'backup.txt~', reason: 'hidden and temporary files are not added' },
      { name: 'big.txt', reason: expect.stringMatching(/^file too large/) as unknown as string },
    ]);
    expect(await filesOnDisk()).toEqual([]);
  });

  it.each([
    ['../../evil.txt', 'evil.txt'],
    ['a/b.txt', 'b.txt'],
    ['..\\..\\evil.txt', 'evil.txt'],
    ['C:\\Users\\me\\evil.txt', 'evil.txt'],
    ['/etc/cron.d/evil.txt', 'evil.txt'],
    ['sub/../../../evil.txt', 'evil.txt'],
    ['..evil.txt', 'evil.txt'],
    ['  spaced.txt  ', 'spaced.txt'],
    ['what?<>|*".txt', 'what.txt'],
  ])('lands %j only as a plain file name inside the root (%s)', async (name, expected) => {
    const report = await importFiles(target(), [file(name, articleBytes(name))]);
    expect(report.added).toEqual([{ name, id: expected }]);
    expect(await filesOnDisk()).toEqual([expected]);
    expect(await readdir(join(root, '..'))).not.toContain('evil.txt');
  });

  it.each(['..', '/', '../..', 'a/', '...'])('refuses %j, which has no usable name', async (name) => {
    const report = await importFiles(target(), [file(name, articleBytes('x'))]);
    expect(report.added).toEqual([]);
    expect(report.refused).toHaveLength(1);
    expect(await filesOnDisk()).toEqual([]);
  });

  it('keeps the extension of a very long name, and the name within what file systems allow', async () => {
    const longName = `${'Статья о переговорах '.repeat(20)}.txt`;
    const report = await importFiles(target(), [file(longName, articleBytes('long'))]);
    expect(report.refused).toEqual([]);
    const [added] = report.added;
    expect(added?.id.endsWith('.txt')).toBe(true);
    expect(Buffer.byteLength(added?.id ?? '')).toBeLessThanOrEqual(255);
    expect(await filesOnDisk()).toEqual([added?.id]);
  });

  it('takes the next free name when a folder holds the name', async () => {
    await put(root, 'report.txt/inner.txt', SEED_TEXT);
    const report = await importFiles(target(), [file('report.txt', articleBytes('r'))]);
    expect(report.added).toEqual([{ name: 'report.txt', id: 'report (2).txt' }]);
  });

  it('reports each file that cannot be written instead of failing the whole batch', async () => {
    const gone = join(root, 'missing-folder');
    const report = await importFiles({ ...target(), root: gone }, [
      file('a.txt', articleBytes('a')),
      file('b.txt', articleBytes('b')),
    ]);
    expect(report.added).toEqual([]);
    expect(report.refused.map((r) => r.name)).toEqual(['a.txt', 'b.txt']);
    for (const { reason } of report.refused) expect(reason).toMatch(/^could not be written: the folder is gone/);
  });
});

describe('safeFileName', () => {
  it('keeps only the last segment, without control or reserved characters', () => {
    expect(safeFileName('dir/sub/name.txt')).toBe('name.txt');
    expect(safeFileName('dir\\name.txt')).toBe('name.txt');
    expect(safeFileName('na\u0000me\u0007.txt')).toBe('name.txt');
    expect(safeFileName('.hidden.txt')).toBe('hidden.txt');
    expect(safeFileName('trailing.txt. . ')).toBe('trailing.txt');
  });
});

function articleText(tag: string): string {
  return new TextDecoder().decode(articleBytes(tag));
}
