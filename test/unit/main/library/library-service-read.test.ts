// LibraryService.readArticle: an article by id with every paragraph, and refusals for ids that lead out
// of the library, links that do, files that are not articles, and files that cannot be read.
import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { OutsideLibraryError } from '../../../../src-main/library/paths';
import {
  articleText,
  BINARY_BYTES,
  put,
  SEED_DATE_RAW,
  SEED_PARAGRAPHS,
  SEED_TEXT,
  SEED_TITLE,
} from '../../../support/temp-library';
import { opened, withLibraryService, type ServiceHarness } from './library-service-harness';

let h: ServiceHarness;
withLibraryService((made) => (h = made));

describe('readArticle', () => {
  beforeEach(async () => {
    await put(h.root, 'a.txt', SEED_TEXT);
    await put(h.root, 'sub/b.txt', articleText('b', 2));
  });

  it('fails before a library is open', async () => {
    await expect(h.createService().readArticle('a.txt')).rejects.toThrow('no library folder is open');
  });

  it('reads an article by id, with every paragraph', async () => {
    const service = h.createService();
    await opened(service, h.root);
    const article = await service.readArticle('a.txt');
    expect(article).toMatchObject({ id: 'a.txt', title: SEED_TITLE, date: '2022-02-11', dateRaw: SEED_DATE_RAW });
    expect(article.paragraphs).toEqual(SEED_PARAGRAPHS);
    expect(article).not.toHaveProperty('words');
    expect((await service.readArticle('sub/b.txt')).paragraphs).toHaveLength(2);
  });

  it.each([
    '../secret.txt',
    '/etc/passwd',
    'a/../../secret.txt',
    'C:\\secret.txt',
    'sub\\..\\..\\secret.txt',
    '',
    'sub/./b.txt',
    'a.txt\0',
  ])('rejects %j', async (id) => {
    const service = h.createService();
    await opened(service, h.root);
    await expect(service.readArticle(id)).rejects.toThrow(OutsideLibraryError);
  });

  it('rejects a link inside the library to a file outside it', async () => {
    const outside = await h.temp.make('outside');
    await writeFile(join(outside, 'secret.txt'), SEED_TEXT);
    await symlink(join(outside, 'secret.txt'), join(h.root, 'secret.txt'));
    const service = h.createService();
    await opened(service, h.root);
    await expect(service.readArticle('secret.txt')).rejects.toThrow(OutsideLibraryError);
  });

  it('reads only article files: not hidden ones, not other kinds', async () => {
    await put(h.root, '.hidden.txt', SEED_TEXT);
    await put(h.root, '.git/config.txt', SEED_TEXT);
    await put(h.root, 'settings.json', SEED_TEXT);
    const service = h.createService();
    await opened(service, h.root);
    for (const id of ['.hidden.txt', '.git/config.txt', 'settings.json']) {
      await expect(service.readArticle(id)).rejects.toThrow(`"${id}" is not an article file in the library`);
    }
  });

  it('says why an unreadable file cannot be read', async () => {
    await put(h.root, 'bin.txt', BINARY_BYTES);
    const service = h.createService();
    await opened(service, h.root);
    await expect(service.readArticle('bin.txt')).rejects.toThrow('bin.txt cannot be read: binary file: not text');
  });
});
