// The file behind an article id: a feed item's feed file, any other id's own file, and never a path that
// leaves the library folder, through ".." or through a link.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotAnOriginalError, originalFileId, originalFilePath } from '../../../../src-main/files/original-file';

describe('originalFileId', () => {
  it("takes a feed item's file part, and leaves every other id whole", () => {
    expect(originalFileId('feeds/news.rss#item-7')).toBe('feeds/news.rss');
    expect(originalFileId('world.atom#urn:uuid:1#2')).toBe('world.atom');
    expect(originalFileId('Feed.XML#guid')).toBe('Feed.XML');
    // A '#' in a name that is not a feed's is part of the name.
    expect(originalFileId('notes/C# tips.txt')).toBe('notes/C# tips.txt');
    expect(originalFileId('a#b.rss#c')).toBe('a#b.rss');
    expect(originalFileId('#x.rss')).toBe('#x.rss');
  });
});

describe('originalFilePath', () => {
  let base = '';
  let root = '';
  beforeEach(async () => {
    base = await mkdtemp(join(tmpdir(), 'dossier-original-'));
    root = join(base, 'library');
    await mkdir(join(root, 'feeds'), { recursive: true });
    await writeFile(join(root, 'feeds', 'news.rss'), '<rss/>');
    await writeFile(join(base, 'secret.txt'), 'secret');
  });
  afterEach(() => rm(base, { recursive: true, force: true }));

  it('resolves a listed feed item to its feed file inside the library', async () => {
    expect(await originalFilePath(root, 'feeds/news.rss#item-7', true)).toBe(join(root, 'feeds', 'news.rss'));
  });

  it('refuses an id not listed, one that climbs out, a link out of the folder, and a folder', async () => {
    await symlink(join(base, 'secret.txt'), join(root, 'linked.txt'));
    await expect(originalFilePath(root, 'feeds/news.rss', false)).rejects.toThrow('not an article of the open library');
    for (const id of ['../secret.txt', 'feeds/../../secret.txt', 'linked.txt', join(base, 'secret.txt')]) {
      await expect(originalFilePath(root, id, true)).rejects.toThrow('not a file inside the library folder');
    }
    await expect(originalFilePath(root, 'feeds', true)).rejects.toBeInstanceOf(NotAnOriginalError);
  });
});
