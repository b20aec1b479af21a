// The header field parsers: dates, date-like lines, URLs, outlets, line and word splitting.
import { describe, expect, it } from 'vitest';
import {
  collapseSpaces,
  countWords,
  domainOf,
  looksLikeDateLine,
  looksLikeUrl,
  normaliseUrl,
  parseArticleDate,
  splitLines,
} from '../../../../src-main/articles/fields';
import { P, SEED_URL } from './article-fixtures';

describe('parseArticleDate', () => {
  it.each([
    ['20220211', '2022-02-11'],
    ['2022-02-11', '2022-02-11'],
    ['2022-02-11T10:45:00Z', '2022-02-11'],
    ['2022-02-11T10:45', '2022-02-11'],
    ['2022-02-11 10:45:00 +0000', '2022-02-11'],
    ['2022-02-11T10:45:00.123+03:00', '2022-02-11'],
    ['20240229', '2024-02-29'],
    ['20000229', '2000-02-29'],
    ['19991231', '1999-12-31'],
  ])('%s is the day %s', (raw, iso) => {
    expect(parseArticleDate(raw)).toBe(iso);
  });

  it.each([
    ['20221345', 'month 13'],
    ['20220001', 'month 0'],
    ['20220100', 'day 0'],
    ['20220431', 'April 31'],
    ['20230229', 'February 29 in a common year'],
    ['21000229', 'February 29 in a century that is not a leap year'],
    ['09990101', 'a year before 1000'],
    ['2022211', 'seven digits'],
    ['202202110', 'nine digits'],
    ['2022/02/11', 'slashes'],
    ['11.02.2022', 'day first'],
    ['Feb 11 2022', 'words'],
    ['2022-02-11 noon', 'text after the day'],
    ['２０２２０２１１', 'full-width digits'],
    [' 20220211', 'leading space (callers trim)'],
    ['', 'nothing'],
  ])('%s is not a date (%s)', (raw) => {
    expect(parseArticleDate(raw)).toBeNull();
  });
});

describe('looksLikeDateLine', () => {
  it.each([
    '20220211',
    '20221345',
    'Feb 11 2022',
    'Friday, February 11, 2022',
    '11th Sept 2022',
    'Published: 11th Feb 2022, 10:45 a.m. GMT',
    '2022-02-11T10:45:00Z',
    '11/02/2022',
  ])('%s may be a date line', (line) => {
    expect(looksLikeDateLine(line)).toBe(true);
  });

  it.each([
    ['In 2014, he left.', 'words that are not date words'],
    ['February', 'no digit'],
    [SEED_URL, 'a URL'],
    ['www.russiaherald.com/2022/02/11', 'a bare www. URL'],
    [`Tensions over Ukraine have increased since 2014 ${'x'.repeat(30)}`, 'over 60 characters'],
    ['NATO-Russia Council 2022', 'an organisation name'],
  ])('%s is not a date line (%s)', (line) => {
    expect(looksLikeDateLine(line)).toBe(false);
  });
});

describe('URLs', () => {
  it.each([
    SEED_URL,
    'http://ani.in',
    'www.russiaherald.com/news/272310129',
    'HTTPS://ANI.IN/x',
    'ftp://files.example/a.txt',
  ])('%s looks like a URL', (line) => {
    expect(looksLikeUrl(line)).toBe(true);
  });

  it.each(['russiaherald.com/news', 'https://russia herald.com', 'Source: https://ani.in', 'mailto:desk@ani.in', ''])(
    '%j does not look like a URL',
    (line) => {
      expect(looksLikeUrl(line)).toBe(false);
    },
  );

  it.each([
    [SEED_URL, SEED_URL],
    ['www.russiaherald.com/news/272310129', 'https://www.russiaherald.com/news/272310129'],
    ['HTTPS://WWW.ANI.IN', 'https://www.ani.in/'],
    ['https://ani.in/a b', 'https://ani.in/a%20b'],
    ['http://[::1', null],
    ['https://', null],
  ])('normaliseUrl(%j) is %j', (line, url) => {
    expect(normaliseUrl(line)).toBe(url);
  });

  it.each([
    [SEED_URL, 'russiaherald.com'],
    ['https://WWW.ANI.IN/x', 'ani.in'],
    ['http://news.bbc.co.uk/2/hi', 'news.bbc.co.uk'],
    ['https://www2.example.org/', 'www2.example.org'],
    ['ftp://www.ani.in/a', null],
    ['javascript://alert(1)', null],
    ['not a url', null],
    [null, null],
  ])('domainOf(%j) is %j', (url, domain) => {
    expect(domainOf(url)).toBe(domain);
  });
});

describe('text helpers', () => {
  it('splitLines splits on CRLF, CR, LF, U+2028 and U+2029, one break at a time', () => {
    expect(splitLines('a\r\nb\rc\nd\u2028e\u2029f')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(splitLines('a\r\r\nb\n\nc')).toEqual(['a', '', 'b', '', 'c']);
    expect(splitLines('no break')).toEqual(['no break']);
  });

  it('collapseSpaces folds tabs, NBSP and BOM-like spaces and trims', () => {
    expect(collapseSpaces('\t Lavrov\u00a0\u00a0and  Blinken\uFEFF ')).toBe('Lavrov and Blinken');
  });

  it('countWords counts whitespace-separated tokens across paragraphs', () => {
    expect(countWords([])).toBe(0);
    expect(countWords(['', '   '])).toBe(0);
    expect(countWords(['Ukraine -- the Normandy group -- in', 'February 2015.'])).toBe(9);
    expect(countWords(P)).toBe(284);
  });
});
