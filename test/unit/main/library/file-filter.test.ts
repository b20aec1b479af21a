// Which names and ids the library looks at: article files only, never hidden or editors' temp files.
import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { tempPathFor } from '../../../../src-main/files/atomic-write';
import { isCandidateArticle, isCandidateArticleId, isHiddenOrTemp } from '../../../../src-main/library/file-filter';

describe('isHiddenOrTemp', () => {
  it.each([
    '.hidden.txt',
    '.git',
    '~$x.txt',
    'x.txt~',
    '.#x.txt',
    '#x.txt#',
    'x.swp',
    'x.SWO',
    'x.tmp',
    'x.part',
    'x.crdownload',
  ])('skips %j', (name) => {
    expect(isHiddenOrTemp(name)).toBe(true);
  });

  it.each(['article.txt', 'Article 2022.md', 'sub', 'x~y.txt', '#tag.txt'])('keeps %j', (name) => {
    expect(isHiddenOrTemp(name)).toBe(false);
  });
});

describe('isCandidateArticle', () => {
  it('accepts article extensions in any case and refuses the rest', () => {
    expect(['a.txt', 'a.TXT', 'a.text', 'a.md', 'a.markdown'].every(isCandidateArticle)).toBe(true);
    const formats = [
      'a.html',
      'a.HTM',
      'a.xhtml',
      'a.mhtml',
      'a.mht',
      'a.pdf',
      'a.docx',
      'a.eml',
      'a.rss',
      'a.atom',
      'a.xml',
    ];
    expect(formats.every(isCandidateArticle)).toBe(true);
    expect(['a.png', 'a.json', 'a', 'txt', '.a.txt', 'a.txt.swp', 'a.txt~'].some(isCandidateArticle)).toBe(false);
    expect(['a.doc', 'a.xlsx', '~$report.docx', 'a.pdf.part', 'a.rss#k1'].some(isCandidateArticle)).toBe(false);
  });
});

describe('an import being written', () => {
  it('is never an article: its temporary name is hidden, even when the name ends like an article', () => {
    for (const name of ['x.txt', 'report.md', 'x.txt.dossier-tmp.txt']) {
      const temp = basename(tempPathFor(`/library/${name}`));
      expect(temp).toMatch(/^\..*\.dossier-tmp$/);
      expect(isCandidateArticle(temp)).toBe(false);
      expect(isCandidateArticleId(`sub/${temp}`)).toBe(false);
    }
  });
});

describe('isCandidateArticleId', () => {
  it.each(['a.txt', 'sub/a.txt', 'deep/er/a.md'])('accepts %j', (id) => {
    expect(isCandidateArticleId(id)).toBe(true);
  });

  it.each(['.hidden.txt', '.git/a.txt', 'sub/.cache/a.txt', 'backup~/a.txt', 'a.json', 'sub/', '', 'a//b.txt'])(
    'refuses %j',
    (id) => {
      expect(isCandidateArticleId(id)).toBe(false);
    },
  );
});
