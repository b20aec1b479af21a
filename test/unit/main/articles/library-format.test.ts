// Where the line-format reader finds the date and URL lines when they are missing, swapped or oddly written.
import { describe, expect, it } from 'vitest';
import { readLibraryFormat } from '../../../../src-main/articles/library-format';
import { P, SEED_TITLE, SEED_URL } from './article-fixtures';

const body = [P[2] ?? '', P[3] ?? ''];

describe('readLibraryFormat header lines', () => {
  it.each([
    ['the usual order', ['20220211', SEED_URL], '20220211', SEED_URL],
    ['an ISO date', ['2022-02-11', SEED_URL], '2022-02-11', SEED_URL],
    ['a long-form English date', ['Friday, February 11, 2022', SEED_URL], 'Friday, February 11, 2022', SEED_URL],
    [
      'a labelled date and time',
      ['Published: 11th Feb 2022, 10:45 a.m. GMT', SEED_URL],
      'Published: 11th Feb 2022, 10:45 a.m. GMT',
      SEED_URL,
    ],
    // Unknown words, but in the date slot: the URL on the next line places it.
    ['a French date', ['11 février 2022', SEED_URL], '11 février 2022', SEED_URL],
    ['URL and date swapped', [SEED_URL, '20220211'], '20220211', SEED_URL],
    ['no date line', [SEED_URL], null, SEED_URL],
    ['no URL line', ['20220211'], '20220211', null],
    ['a malformed date and no URL', ['20221345'], '20221345', null],
    [
      'a www. URL',
      ['20220211', 'www.russiaherald.com/news/272310129'],
      '20220211',
      'www.russiaherald.com/news/272310129',
    ],
    ['neither line', [], null, null],
  ])('%s', (_name, header, dateRaw, sourceRaw) => {
    const fields = readLibraryFormat([SEED_TITLE, ...header, ...body].join('\n'));
    expect(fields).toEqual({ title: SEED_TITLE, dateRaw, sourceRaw, paragraphs: body });
  });

  it('does not take a short first paragraph with a number for a date', () => {
    const fields = readLibraryFormat([SEED_TITLE, 'In 2014, the conflict began.', ...body].join('\n'));
    expect(fields.dateRaw).toBeNull();
    expect(fields.paragraphs).toEqual(['In 2014, the conflict began.', ...body]);
  });

  it('does not take a long paragraph before a URL for a date', () => {
    const fields = readLibraryFormat([SEED_TITLE, P[0], SEED_URL].join('\n'));
    expect(fields.dateRaw).toBeNull();
    expect(fields.sourceRaw).toBeNull();
    expect(fields.paragraphs).toEqual([P[0], SEED_URL]);
  });

  it('keeps a URL that appears later in the body as text', () => {
    const fields = readLibraryFormat(
      [SEED_TITLE, '20220211', SEED_URL, P[0], 'https://twitter.com/StateDeptSpox'].join('\n'),
    );
    expect(fields.paragraphs).toEqual([P[0], 'https://twitter.com/StateDeptSpox']);
  });

  it('splits on Unicode line and paragraph separators too', () => {
    const fields = readLibraryFormat(`${SEED_TITLE}\u202820220211\u2028${SEED_URL}\u2029${P[2]}\u2029${P[3]}`);
    expect(fields.paragraphs).toEqual(body);
    expect(fields.sourceRaw).toBe(SEED_URL);
  });
});

describe('readLibraryFormat heading marks', () => {
  it('removes a heading mark from the title in any file', () => {
    expect(readLibraryFormat(`## ${SEED_TITLE} ##\n20220211`).title).toBe(SEED_TITLE);
  });

  it('leaves "#1" and "C#" alone', () => {
    expect(readLibraryFormat('#1 seed falls\n20220211').title).toBe('#1 seed falls');
    const fields = readLibraryFormat(`Learn C#\n20220211\n${SEED_URL}\n### Learn C#\n`, true);
    expect(fields.title).toBe('Learn C#');
    expect(fields.paragraphs).toEqual(['Learn C#']);
  });

  it('removes them from body lines only in Markdown files', () => {
    const text = `${SEED_TITLE}\n20220211\n${SEED_URL}\n## Reaction\n${P[7]}`;
    expect(readLibraryFormat(text, true).paragraphs).toEqual(['Reaction', P[7]]);
    expect(readLibraryFormat(text, false).paragraphs).toEqual(['## Reaction', P[7]]);
  });
});

function read(...header: string[]): ReturnType<typeof readLibraryFormat> {
  return readLibraryFormat([SEED_TITLE, ...header, ...body].join('\n'));
}

describe('readLibraryFormat source lines that are not web links', () => {
  it.each([
    ['an identifier', ['19870226', 'urn:reuters-21578:newid:2'], '19870226', 'urn:reuters-21578:newid:2'],
    ['a DOI', ['20220211', 'doi:10.1000/182'], '20220211', 'doi:10.1000/182'],
    [
      'an identifier before the date',
      ['urn:reuters-21578:newid:2', '19870226'],
      '19870226',
      'urn:reuters-21578:newid:2',
    ],
    ['an outlet name', ['19870226', 'Reuters'], '19870226', 'Reuters'],
    ['a bare domain', ['20220211', 'reuters.com'], '20220211', 'reuters.com'],
    ['a script link', ['20220211', 'javascript:alert(1)'], '20220211', 'javascript:alert(1)'],
    ['a file link', ['20220211', 'file:///etc/passwd'], '20220211', 'file:///etc/passwd'],
    ['an identifier and no date', ['urn:reuters-21578:newid:2'], null, 'urn:reuters-21578:newid:2'],
  ])('%s is the source, not paragraph one', (_name, header, dateRaw, sourceRaw) => {
    expect(read(...header)).toEqual({ title: SEED_TITLE, dateRaw, sourceRaw, paragraphs: body });
  });

  it.each([
    ['a short sentence', 'He left.'],
    ['a lower-case phrase', 'Key points'],
    ['a byline', 'By Ned Price'],
    ['a section label', 'Analysis'],
    ['a long title-case line', 'Oil Prices Rise As Gulf Tensions Mount Again'],
  ])('keeps %s after the date as paragraph one', (_name, line) => {
    expect(read('20220211', line)).toEqual({
      title: SEED_TITLE,
      dateRaw: '20220211',
      sourceRaw: null,
      paragraphs: [line, ...body],
    });
  });

  it('reads an outlet name only after a date, and only with a body after it', () => {
    expect(read('Reuters').paragraphs).toEqual(['Reuters', ...body]);
    expect(readLibraryFormat(`${SEED_TITLE}\n20220211\nReuters\n`)).toEqual({
      title: SEED_TITLE,
      dateRaw: '20220211',
      sourceRaw: null,
      paragraphs: ['Reuters'],
    });
  });
});
