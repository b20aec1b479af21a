// The library scan over real folders: what it lists, what it skips, and which links it follows.
import { mkdir, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanLibrary } from '../../../../src-main/library/scanner';
import { articleText, put, SEED_TEXT, TempDirs } from '../../../support/temp-library';

const temp = new TempDirs();
let root: string;

temp.eachTest('scan', (made) => (root = made));

// Both ways of calling the file system walk the same folders to the same result.
describe.each(['async', 'blocking'] as const)('scanLibrary (%s)', (mode) => {
  const ids = async (): Promise<string[]> => (await scanLibrary(root, mode)).map((file) => file.id);

  it('walks folders recursively and gives sorted, root-relative ids with forward slashes', async () => {
    await put(root, 'top.txt', SEED_TEXT);
    await put(root, 'b/second.md', articleText('md'));
    await put(root, 'a/deep/er/third.text', articleText('text'));
    await put(root, 'a/fourth.markdown', articleText('markdown'));
    await put(root, 'UPPER.TXT', articleText('upper'));
    expect(await ids()).toEqual(['UPPER.TXT', 'a/deep/er/third.text', 'a/fourth.markdown', 'b/second.md', 'top.txt']);
  });

  it('reports each file with its absolute path, size and mtime', async () => {
    const full = await put(root, 'sub/a.txt', SEED_TEXT);
    const [file] = await scanLibrary(root, mode);
    expect(file?.path).toBe(full);
    expect(file?.size).toBe(Buffer.byteLength(SEED_TEXT));
    expect(file?.mtimeMs).toBe((await stat(full)).mtimeMs);
  });

  it('skips hidden files and folders and editors temp files', async () => {
    await put(root, 'keep.txt', SEED_TEXT);
    for (const name of [
      '.hidden.txt',
      '~$x.txt',
      'x.txt~',
      '.#x.txt',
      '#x.txt#',
      'x.swp',
      'x.txt.swp',
      'x.txt.tmp',
      'x.txt.part',
    ]) {
      await put(root, name, SEED_TEXT);
    }
    await put(root, '.git/inside.txt', SEED_TEXT);
    await put(root, '.cache/deep/inside.txt', SEED_TEXT);
    await put(root, 'sub/.hidden/inside.txt', SEED_TEXT);
    expect(await ids()).toEqual(['keep.txt']);
  });

  it('skips files that are not articles', async () => {
    await put(root, 'keep.txt', SEED_TEXT);
    for (const name of ['photo.png', 'data.json', 'sheet.xlsx', 'no-extension', 'txt', 'a.txt.bak2', 'x.rss#abc']) {
      await put(root, name, SEED_TEXT);
    }
    expect(await ids()).toEqual(['keep.txt']);
  });

  it('lists a file of every format the library reads, whatever the case of its ending', async () => {
    const names = [
      'a.txt',
      'b.md',
      'c.HTML',
      'd.htm',
      'e.mhtml',
      'f.mht',
      'g.pdf',
      'h.docx',
      'i.eml',
      'j.rss',
      'k.atom',
    ];
    for (const name of [...names, 'l.xml']) await put(root, name, SEED_TEXT);
    expect(await ids()).toEqual([...names, 'l.xml']);
  });

  it('does not list a folder whose name ends like an article', async () => {
    await mkdir(join(root, 'folder.txt'));
    await put(root, 'folder.txt/inner.txt', SEED_TEXT);
    expect(await ids()).toEqual(['folder.txt/inner.txt']);
  });

  it('does not follow a link to a folder outside the library', async () => {
    const outside = await temp.make('outside');
    await put(outside, 'secret.txt', SEED_TEXT);
    await put(root, 'inside.txt', SEED_TEXT);
    await symlink(outside, join(root, 'linked'), 'dir');
    expect(await ids()).toEqual(['inside.txt']);
  });

  it('does not follow a link to a file outside the library', async () => {
    const outside = await temp.make('outside');
    await writeFile(join(outside, 'secret.txt'), SEED_TEXT);
    await symlink(join(outside, 'secret.txt'), join(root, 'secret.txt'));
    expect(await ids()).toEqual([]);
  });

  it('lists a link to a file inside the library under the link name', async () => {
    await put(root, 'real.txt', SEED_TEXT);
    await symlink(join(root, 'real.txt'), join(root, 'alias.txt'));
    expect(await ids()).toEqual(['alias.txt', 'real.txt']);
  });

  it('skips dangling links', async () => {
    await symlink(join(root, 'missing.txt'), join(root, 'dangling.txt'));
    expect(await ids()).toEqual([]);
  });

  it('terminates on a folder that links to its parent, and on one that links to itself', async () => {
    await put(root, 'sub/a.txt', SEED_TEXT);
    await symlink(root, join(root, 'sub', 'up'), 'dir');
    await symlink(join(root, 'sub'), join(root, 'sub', 'self'), 'dir');
    expect(await ids()).toEqual(['sub/a.txt']);
  });

  it('terminates on two folders that link to each other', async () => {
    await put(root, 'x/a.txt', SEED_TEXT);
    await put(root, 'y/b.txt', articleText('b'));
    await symlink(join(root, 'y'), join(root, 'x', 'to-y'), 'dir');
    await symlink(join(root, 'x'), join(root, 'y', 'to-x'), 'dir');
    const found = await ids();
    expect(found).toContain('x/a.txt');
    expect(found).toContain('y/b.txt');
    expect(found).toHaveLength(2);
  });

  it('lists a folder under its real path, not under a link to it, whatever order the entries come in', async () => {
    // "a-link" sorts (and often reads) before "z-real": the real folder must still win.
    await put(root, 'z-real/a.txt', SEED_TEXT);
    await symlink(join(root, 'z-real'), join(root, 'a-link'), 'dir');
    await symlink(join(root, 'z-real'), join(root, 'zz-link'), 'dir');
    expect(await ids()).toEqual(['z-real/a.txt']);
  });

  it('gives an empty list for an empty library and fails for a missing one', async () => {
    expect(await ids()).toEqual([]);
    await expect(scanLibrary(join(root, 'missing'), mode)).rejects.toThrow(/ENOENT/);
  });
});
