// The source line's rules: which lines name a source, and what each says: a web link, or text (an outlet,
// an identifier, a domain, a link of another scheme or with credentials) that never becomes a link.
import { describe, expect, it } from 'vitest';
import {
  looksLikeBareDomain,
  looksLikeLinkOrId,
  looksLikeOutletName,
  readSource,
} from '../../../../src-main/articles/source-line';
import { P, SEED_URL } from './article-fixtures';

describe('readSource', () => {
  it.each([
    [SEED_URL, SEED_URL, 'russiaherald.com'],
    ['www.reuters.com/article/x', 'https://www.reuters.com/article/x', 'reuters.com'],
    ['HTTP://ANI.IN', 'http://ani.in/', 'ani.in'],
  ])('%j is a web link', (line, url, domain) => {
    expect(readSource(line)).toEqual({ url, source: null, domain, warning: null });
  });

  it.each([
    ['urn:reuters-21578:newid:2', null],
    ['doi:10.1000/182', null],
    ['doi: 10.1000/182', null],
    ['isbn:9780306406157', null],
    ['Reuters', 'Reuters'],
    ['Associated Press', 'Associated Press'],
    ['The Times of India', 'The Times of India'],
    ['الجزيرة', 'الجزيرة'],
    ['reuters.com', 'reuters.com'],
    ['www2.bbc.co.uk/news/x', 'www2.bbc.co.uk'],
    ['Reuters (London bureau), staff', null],
  ])('%j is a source named as text, outlet %j, without a warning', (line, domain) => {
    expect(readSource(line)).toEqual({ url: null, source: line, domain, warning: null });
  });

  it.each([
    ['javascript:alert(document.cookie)', /not a web link/],
    ['javascript://%0Aalert(1)', /not a web link/],
    ['file:///etc/passwd', /not a web link/],
    ['data:text/html;base64,PHNjcmlwdD4=', /not a web link/],
    ['ftp://files.example/a.txt', /not a web link/],
    ['https://www.reuters.com@evil.example/login', /names a user before its host/],
    ['https://user:pw@evil.example', /names a user before its host/],
    ['http://[::1', /could not be read/],
  ])('%j is kept as text, never a link, with a warning', (line, warning) => {
    const read = readSource(line);
    expect(read).toMatchObject({ url: null, source: line, domain: null });
    expect(read.warning).toMatch(warning);
    expect(read.warning).toContain(line);
  });
});

describe('which lines name a source', () => {
  it.each([SEED_URL, 'www.ani.in', 'urn:reuters-21578:newid:2', 'doi: 10.1000/182', 'javascript:alert(1)'])(
    '%j names a source wherever it stands',
    (line) => {
      expect(looksLikeLinkOrId(line)).toBe(true);
    },
  );

  it.each(['20220211', 'Published:2022-02-11', 'C:\\articles\\a.txt', 'Note: prices fell', 'Re:', P[0] ?? ''])(
    '%j is not a link or an identifier',
    (line) => {
      expect(looksLikeLinkOrId(line)).toBe(false);
    },
  );

  it('takes domains with a dot before a top-level name of letters', () => {
    expect(looksLikeBareDomain('reuters.com')).toBe(true);
    expect(looksLikeBareDomain('news.bbc.co.uk/world-60347718')).toBe(true);
    expect(looksLikeBareDomain('U.S.')).toBe(false);
    expect(looksLikeBareDomain('2.5 pct')).toBe(false);
    expect(looksLikeBareDomain('Reuters')).toBe(false);
  });

  it.each([
    'Reuters',
    'REUTERS',
    'BBC News',
    'Agence France-Presse',
    "Barron's",
    'Der Spiegel',
    'RIA Novosti',
    'ישראל היום',
  ])('%j may be an outlet', (line) => {
    expect(looksLikeOutletName(line)).toBe(true);
  });

  it.each([
    ['In 2014, the conflict began.', 'sentence punctuation'],
    ['He said so', 'lower-case words'],
    ['Key points', 'a lower-case word'],
    ['By John Smith', 'a byline'],
    ['Analysis', 'a section label'],
    ['UPDATE 2', 'a section label'],
    ['Feb 11 2022', 'a date'],
    ['Oil Prices Rise As Gulf Tensions Mount Again', 'more than five words'],
    [P[2] ?? '', 'a paragraph'],
  ])('%j is not an outlet (%s)', (line) => {
    expect(looksLikeOutletName(line)).toBe(false);
  });
});
