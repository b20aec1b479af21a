// Article ids and their files: a feed item's id is its file's and its key, which nothing else's id can be.
import { describe, expect, it } from 'vitest';
import { articleIdOf, fileIdOf, splitArticleId, withFileId } from '../../../../src-main/library/article-ids';
import { isCandidateArticleId, isCandidateFileId } from '../../../../src-main/library/file-filter';

describe('splitArticleId', () => {
  it('splits a feed item into its file and key', () => {
    expect(splitArticleId('feeds/bbc.rss#3fa2c10b9d8e7f61')).toEqual({
      fileId: 'feeds/bbc.rss',
      itemKey: '3fa2c10b9d8e7f61',
    });
    expect(splitArticleId('a.atom#k-2')).toEqual({ fileId: 'a.atom', itemKey: 'k-2' });
    expect(splitArticleId('x/y.XML#abc')).toEqual({ fileId: 'x/y.XML', itemKey: 'abc' });
  });

  it('leaves any other id whole: a "#" in a name, a folder, or a file that is not a feed', () => {
    for (const id of [
      'notes#1.txt',
      'a.txt#abc',
      'report.pdf#page2',
      'x.rss#a/b.txt',
      'x.rss#',
      'x.rss#a.b',
      'feeds/bbc.rss',
    ]) {
      expect(splitArticleId(id)).toEqual({ fileId: id, itemKey: null });
    }
  });

  it('puts ids back together, and moves an item to a renamed file', () => {
    expect(articleIdOf('a.rss', 'k1')).toBe('a.rss#k1');
    expect(articleIdOf('a.txt', undefined)).toBe('a.txt');
    expect(fileIdOf('a.rss#k1')).toBe('a.rss');
    expect(withFileId('a.rss#k1', 'archive/b.rss')).toBe('archive/b.rss#k1');
    expect(withFileId('a.txt', 'b.txt')).toBe('b.txt');
  });
});

describe('candidate ids', () => {
  it('takes an item of a feed as an article of the library, but never as a file name', () => {
    expect(isCandidateArticleId('feeds/bbc.rss#3fa2c1')).toBe(true);
    expect(isCandidateFileId('feeds/bbc.rss#3fa2c1')).toBe(false);
    expect(isCandidateArticleId('.hidden/bbc.rss#3fa2c1')).toBe(false);
    expect(isCandidateArticleId('notes.json#3fa2c1')).toBe(false);
  });
});
