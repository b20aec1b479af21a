// Path containment: article ids can only name files inside the library folder, links included.
import { mkdir, realpath, symlink, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isInside,
  OutsideLibraryError,
  resolveArticlePath,
  resolveExistingArticlePath,
  toArticleId,
} from '../../../../src-main/library/paths';
import { put, SEED_TEXT, TempDirs } from '../../../support/temp-library';

const temp = new TempDirs();
let root: string;

temp.eachTest('paths', (made) => (root = made));

describe('resolveArticlePath', () => {
  const outside = [
    '../x',
    '/etc/passwd',
    'a/../../b',
    'C:\\x',
    'C:x',
    'a\\..\\b',
    '..\\x',
    '',
    'a/./b',
    './a.txt',
    'a//b.txt',
    'a/',
    '..',
    '.',
    'a.txt\0.png',
    '\0',
  ];

  it.each(outside)('rejects %j', (id) => {
    expect(() => resolveArticlePath(root, id)).toThrow(OutsideLibraryError);
  });

  it('names the id in the error', () => {
    expect(() => resolveArticlePath(root, '../secret.txt')).toThrow('"../secret.txt" is not a path inside the library');
  });

  it.each([
    ['a.txt', ['a.txt']],
    ['sub/a.txt', ['sub', 'a.txt']],
    ['deep/er/still/a b (2).txt', ['deep', 'er', 'still', 'a b (2).txt']],
    ['..a.txt', ['..a.txt']],
    ['sub/...txt', ['sub', '...txt']],
  ])('resolves %j inside the root', (id, parts) => {
    const full = resolveArticlePath(root, id);
    expect(full).toBe(join(root, ...parts));
    expect(full.startsWith(resolve(root) + sep)).toBe(true);
  });

  it('resolves inside a library at the file system root', () => {
    const top = resolve('/');
    expect(resolveArticlePath(top, 'a.txt')).toBe(join(top, 'a.txt'));
    expect(() => resolveArticlePath(top, '../a.txt')).toThrow(OutsideLibraryError);
  });

  it('resolves against a root given with a trailing separator', () => {
    expect(resolveArticlePath(`${root}${sep}`, 'a.txt')).toBe(join(root, 'a.txt'));
  });
});

describe('toArticleId', () => {
  it('keeps names that merely start with two dots', () => {
    expect(toArticleId(root, join(root, '..notes', 'a.txt'))).toBe('..notes/a.txt');
  });

  it('gives root-relative ids with forward slashes', () => {
    expect(toArticleId(root, join(root, 'a.txt'))).toBe('a.txt');
    expect(toArticleId(root, join(root, 'sub', 'deeper', 'b.txt'))).toBe('sub/deeper/b.txt');
  });

  it('gives null for the root itself and for paths outside it', () => {
    expect(toArticleId(root, root)).toBeNull();
    expect(toArticleId(root, join(root, '..'))).toBeNull();
    expect(toArticleId(root, join(root, '..', 'x.txt'))).toBeNull();
    expect(toArticleId(root, '/etc/passwd')).toBeNull();
    expect(toArticleId(join(root, 'lib'), join(root, 'library-sibling', 'a.txt'))).toBeNull();
  });

  it('round-trips with resolveArticlePath', () => {
    const full = resolveArticlePath(root, 'sub/a.txt');
    expect(toArticleId(root, full)).toBe('sub/a.txt');
  });
});

describe('isInside', () => {
  it('is strict: the root is not inside itself, a sibling with a shared prefix is not inside', () => {
    expect(isInside('/lib', '/lib/a.txt')).toBe(true);
    expect(isInside('/lib', '/lib')).toBe(false);
    expect(isInside('/lib', '/library/a.txt')).toBe(false);
    expect(isInside('/lib', '/a.txt')).toBe(false);
    expect(isInside('/lib', '/lib/..a.txt')).toBe(true);
    expect(isInside('/lib/sub', '/lib')).toBe(false);
  });
});

describe('resolveExistingArticlePath', () => {
  it('resolves an existing file inside the library', async () => {
    await put(root, 'sub/a.txt', SEED_TEXT);
    await expect(resolveExistingArticlePath(root, 'sub/a.txt')).resolves.toBe(join(root, 'sub', 'a.txt'));
  });

  it('accepts a link that stays inside the library', async () => {
    await put(root, 'real.txt', SEED_TEXT);
    await symlink(join(root, 'real.txt'), join(root, 'alias.txt'));
    await expect(resolveExistingArticlePath(root, 'alias.txt')).resolves.toBe(join(root, 'alias.txt'));
  });

  it('rejects a link inside the library that points to a file outside it', async () => {
    const outside = await temp.make('outside');
    await writeFile(join(outside, 'secret.txt'), SEED_TEXT);
    await symlink(join(outside, 'secret.txt'), join(root, 'secret.txt'));
    await expect(resolveExistingArticlePath(root, 'secret.txt')).rejects.toThrow(OutsideLibraryError);
  });

  it('rejects a path through a linked folder that leads outside the library', async () => {
    const outside = await temp.make('outside');
    await writeFile(join(outside, 'secret.txt'), SEED_TEXT);
    await symlink(outside, join(root, 'elsewhere'), 'dir');
    await expect(resolveExistingArticlePath(root, 'elsewhere/secret.txt')).rejects.toThrow(OutsideLibraryError);
  });

  it('works when the library folder itself is reached through a link', async () => {
    const holder = await temp.make('holder');
    await put(root, 'a.txt', SEED_TEXT);
    await symlink(root, join(holder, 'library'), 'dir');
    const linkedRoot = join(holder, 'library');
    await expect(resolveExistingArticlePath(linkedRoot, 'a.txt')).resolves.toBe(join(linkedRoot, 'a.txt'));
    expect(await realpath(join(linkedRoot, 'a.txt'))).toBe(await realpath(join(root, 'a.txt')));
  });

  it('rejects ids outside the root before touching the disk', async () => {
    await expect(resolveExistingArticlePath(root, '../x')).rejects.toThrow(OutsideLibraryError);
  });

  it('fails for a file that does not exist', async () => {
    await mkdir(join(root, 'sub'));
    await expect(resolveExistingArticlePath(root, 'sub/missing.txt')).rejects.toThrow(/ENOENT/);
  });
});
