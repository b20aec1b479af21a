// The scan command's output formats: JSON rows, the aligned table and the summary line.
import { describe, expect, it } from 'vitest';
import type { ArticleEntry, BrokenEntry } from '../../../../src-preload/contract';
import {
  addToTally,
  describeReadError,
  EMPTY_TALLY,
  failedRow,
  formatJsonRow,
  formatSummary,
  formatTableHeader,
  formatTableRow,
  tableLayout,
  toScanRow,
} from '../../../../scripts/scan/scan-report';

const KEYS = [
  'path',
  'ok',
  'title',
  'date',
  'dateRaw',
  'url',
  'source',
  'paragraphs',
  'words',
  'hash',
  'warnings',
  'error',
  'format',
  'language',
  'author',
  'outlet',
  'cluster',
  'origin',
];

const article: ArticleEntry = {
  id: 'world/blinken.txt',
  ok: true,
  title: 'Blinken accepts invitation to meet Lavrov',
  date: '2022-02-11',
  dateRaw: '20220211',
  url: 'https://www.russiaherald.com/news/1',
  source: null,
  domain: 'russiaherald.com',
  outlet: null,
  author: null,
  language: null,
  format: 'text',
  paragraphs: 8,
  words: 284,
  hash: 'f504e259',
  warnings: [],
  size: 1900,
  mtimeMs: 1,
};

const broken: BrokenEntry = {
  id: 'blob.txt',
  ok: false,
  error: 'binary file: not text',
  hash: 'abc',
  size: 9,
  mtimeMs: 1,
};

describe('toScanRow', () => {
  it('keeps the documented keys in order for an article, with error null', () => {
    const row = toScanRow(article);
    expect(Object.keys(row)).toEqual(KEYS);
    expect(row).toEqual({
      path: 'world/blinken.txt',
      ok: true,
      title: 'Blinken accepts invitation to meet Lavrov',
      date: '2022-02-11',
      dateRaw: '20220211',
      url: 'https://www.russiaherald.com/news/1',
      source: null,
      paragraphs: 8,
      words: 284,
      hash: 'f504e259',
      warnings: [],
      error: null,
      format: 'text',
      language: null,
      author: null,
      outlet: null,
      cluster: null,
      origin: false,
    });
  });

  it('names a feed item by its file (path), its key (item) and its id, and adds the text when asked', () => {
    const item: ArticleEntry = {
      ...article,
      id: 'feeds/world.rss#3fa2c10b9d8e7f61',
      format: 'feed',
      language: 'en',
      author: 'Jane Doe',
      outlet: 'Russia Herald',
    };
    const row = toScanRow(item, ['First paragraph.', 'Second paragraph.']);
    expect(Object.keys(row)).toEqual(['path', 'item', 'id', ...KEYS.slice(1), 'text']);
    expect(row).toMatchObject({
      path: 'feeds/world.rss',
      item: '3fa2c10b9d8e7f61',
      id: 'feeds/world.rss#3fa2c10b9d8e7f61',
      format: 'feed',
      language: 'en',
      author: 'Jane Doe',
      outlet: 'Russia Herald',
      text: 'First paragraph.\nSecond paragraph.',
    });
  });

  it('blanks the article fields of a broken file and keeps its reason and hash', () => {
    const row = toScanRow(broken);
    expect(Object.keys(row)).toEqual(KEYS);
    expect(row).toEqual({
      path: 'blob.txt',
      ok: false,
      title: null,
      date: null,
      dateRaw: null,
      url: null,
      source: null,
      paragraphs: 0,
      words: 0,
      hash: 'abc',
      warnings: [],
      error: 'binary file: not text',
      format: 'text',
      language: null,
      author: null,
      outlet: null,
      cluster: null,
      origin: false,
    });
  });

  it('builds the same shape for a file that could not be read at all', () => {
    const row = failedRow('gone.txt', 'file vanished during the scan');
    expect(Object.keys(row)).toEqual(KEYS);
    expect(row.hash).toBeNull();
    // The format of a file that could not be read is still the one its name says.
    expect(failedRow('report.pdf', 'took longer than 20 s to read; skipped').format).toBe('pdf');
  });
});

describe('formatJsonRow', () => {
  it('is one line of JSON even when the title holds line breaks and control characters', () => {
    const line = formatJsonRow(toScanRow({ ...article, title: 'a\nb\u001b[31m' }));
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toMatchObject({ title: 'a\nb\u001b[31m' });
  });
});

const withCode = (code: string): Error => Object.assign(new Error(`${code}: failed`), { code });

describe('describeReadError', () => {
  it('names the usual file system failures plainly', () => {
    expect(describeReadError(withCode('ENOENT'))).toBe('file vanished during the scan');
    expect(describeReadError(withCode('EACCES'))).toBe('cannot read: permission denied');
    expect(describeReadError(withCode('EISDIR'))).toBe('not a regular file');
  });

  it('falls back to the message', () => {
    expect(describeReadError(withCode('EIO'))).toBe('cannot read: EIO: failed');
    expect(describeReadError('odd')).toBe('cannot read: odd');
  });
});

describe('summary', () => {
  it('counts articles, unreadable files and articles with warnings', () => {
    const rows = [
      toScanRow(article),
      toScanRow({ ...article, id: 'b.txt', date: null, warnings: ['no date line'] }),
      toScanRow(broken),
    ];
    const tally = rows.reduce((sum, row) => addToTally(sum, row), EMPTY_TALLY);
    expect(tally).toEqual({ files: 3, articles: 2, unreadable: 1, withWarnings: 1 });
    expect(formatSummary(tally)).toBe('3 files: 2 articles, 1 unreadable, 1 with warnings');
  });

  it('uses the singular for one and reads naturally for none', () => {
    expect(formatSummary(addToTally(EMPTY_TALLY, toScanRow(article)))).toBe(
      '1 file: 1 article, 0 unreadable, 0 with warnings',
    );
    expect(formatSummary(EMPTY_TALLY)).toBe('0 files: 0 articles, 0 unreadable, 0 with warnings');
  });
});

describe('table', () => {
  it('aligns status, date, words, path and title under the header', () => {
    const layout = tableLayout(['world/blinken.txt', 'blob.txt', 'b.txt'], 120);
    const lines = [
      formatTableHeader(layout),
      formatTableRow(toScanRow(article), layout),
      formatTableRow(toScanRow({ ...article, id: 'b.txt', date: null, words: 7, warnings: ['no date line'] }), layout),
      formatTableRow(toScanRow(broken), layout),
    ];
    expect(lines).toEqual([
      'STATUS  DATE          WORDS  PATH               TITLE / ERROR',
      'ok      2022-02-11      284  world/blinken.txt  Blinken accepts invitation to meet Lavrov',
      'warn    -                 7  b.txt              Blinken accepts invitation to meet Lavrov  [no date line]',
      'error   -                 -  blob.txt           binary file: not text',
    ]);
  });

  it('never runs past the width, keeping the end of a long path and the start of a long title', () => {
    const longPath = `${'deep/'.repeat(30)}the-file-name.txt`;
    const layout = tableLayout([longPath], 80);
    const line = formatTableRow(toScanRow({ ...article, id: longPath, title: 'T'.repeat(300) }), layout);
    expect(line.length).toBe(80);
    expect(line).toMatch(/ …[a-z/-]*deep\/the-file-name\.txt {2}T/);
    expect(line.endsWith('T…')).toBe(true);
  });

  it('shows control characters in names and titles as replacement characters', () => {
    const id = 'evil\u001b[2J.txt';
    const layout = tableLayout([id], 120);
    const line = formatTableRow(toScanRow({ ...article, id, title: 'bell\u0007 \u009b31m' }), layout);
    // oxlint-disable-next-line no-control-regex -- asserting that none are left
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(line).toContain('evil\uFFFD[2J.txt');
    expect(line).toContain('bell\uFFFD \uFFFD31m');
  });

  it('does not split a character outside the Basic Multilingual Plane when truncating', () => {
    const layout = tableLayout(['a.txt'], 60);
    const line = formatTableRow(toScanRow({ ...article, id: 'a.txt', title: '📰'.repeat(100) }), layout);
    expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(line.endsWith('📰…')).toBe(true);
  });
});
