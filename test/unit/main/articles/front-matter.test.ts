// Splitting YAML-style front matter from a Markdown body, and reading Markdown paragraphs.
import { describe, expect, it } from 'vitest';
import { markdownParagraphs, splitFrontMatter } from '../../../../src-main/articles/front-matter';
import { P, SEED_TITLE, SEED_URL } from './article-fixtures';

describe('splitFrontMatter', () => {
  it('reads keys case-insensitively and returns the body after the fence', () => {
    const doc = splitFrontMatter(`---\nTitle: ${SEED_TITLE}\nURL:   ${SEED_URL}  \n---\n${P[0]}\n`);
    expect(doc?.closed).toBe(true);
    expect(Object.fromEntries(doc?.fields ?? [])).toEqual({ title: SEED_TITLE, url: SEED_URL });
    expect(doc?.body).toBe(`${P[0]}\n`);
  });

  it('accepts "..." as the closing fence and CRLF line ends', () => {
    const doc = splitFrontMatter(`---\r\ndate: 20220211\r\n...\r\nbody`);
    expect(doc?.fields.get('date')).toBe('20220211');
    expect(doc?.body).toBe('body');
  });

  it.each([
    [`"Blinken: \\"never serious\\""`, 'Blinken: "never serious"'],
    [`'Russia''s reply'`, "Russia's reply"],
    ['Lavrov replies # an editor note', 'Lavrov replies'],
    ['"Lavrov # not a comment"', 'Lavrov # not a comment'],
    ['Dates: late next week', 'Dates: late next week'],
    ['', ''],
  ])('unquotes %s', (value, expected) => {
    expect(splitFrontMatter(`---\ntitle: ${value}\n---\n`)?.fields.get('title')).toBe(expected);
  });

  it('ends an unclosed block at its last "key: value" line', () => {
    const doc = splitFrontMatter(`---\ntitle: ${SEED_TITLE}\ndate: 20220211\n\n${P[0]}\n`);
    expect(doc?.closed).toBe(false);
    expect(doc?.fields.get('date')).toBe('20220211');
    expect(doc?.body).toBe(`\n${P[0]}\n`);
  });

  it.each([
    ['text that does not open with a fence', `${SEED_TITLE}\n---\ntitle: x\n---\n`],
    ['a leading blank line', `\n---\ntitle: x\n---\n`],
    ['a horizontal rule over plain text', `---\n\n${P[0]}\n`],
    ['an opening fence with text after it', `--- title: x\n---\n`],
  ])('finds no front matter in %s', (_name, text) => {
    expect(splitFrontMatter(text)).toBeNull();
  });
});

describe('markdownParagraphs', () => {
  it('joins soft-wrapped lines and splits on blank lines', () => {
    const words = (P[4] ?? '').split(' ');
    const wrapped = `${words.slice(0, 20).join(' ')}\n   ${words.slice(20).join(' ')}`;
    expect(markdownParagraphs(`\n\n${wrapped}\n \n\t\n${P[5]}\n`)).toEqual({
      paragraphs: [P[4], P[5]],
      firstHeading: null,
    });
  });

  it('takes the first heading before any text aside, and keeps later headings as paragraphs', () => {
    const body = `# ${SEED_TITLE} #\n\n${P[0]}\n## Reaction\n${P[7]}\n###### Note`;
    expect(markdownParagraphs(body)).toEqual({
      paragraphs: [P[0], 'Reaction', P[7], 'Note'],
      firstHeading: SEED_TITLE,
    });
  });

  it('does not take a heading after text as the first heading', () => {
    expect(markdownParagraphs(`${P[0]}\n\n# Late heading`)).toEqual({
      paragraphs: [P[0], 'Late heading'],
      firstHeading: null,
    });
  });

  it('keeps a trailing # that belongs to a word, and lines that only look like headings', () => {
    expect(markdownParagraphs('## Learn C#\n\n#hashtag\n\n####### seven')).toEqual({
      paragraphs: ['#hashtag', '####### seven'],
      firstHeading: 'Learn C#',
    });
  });

  it('handles CR and CRLF line ends', () => {
    expect(markdownParagraphs(`${P[2]}\r\n\r\n${P[3]}\r\r${P[6]}`).paragraphs).toEqual([P[2], P[3], P[6]]);
  });
});
