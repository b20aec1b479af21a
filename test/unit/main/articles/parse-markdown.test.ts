// The parser on Markdown files: front matter fields, blank-line paragraphs, and .md files without front matter.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../src-main/articles/parse';
import type { ParsedArticle } from '../../../../src-main/articles/types';
import { fixtureBytes, P, SEED_TITLE, SEED_URL, utf8 } from './article-fixtures';

function markdown(bytes: Uint8Array, fileName = 'article.md'): ParsedArticle {
  const result = parseArticle(bytes, { fileName });
  if (!result.ok) throw new Error(`expected an article, got the error "${result.error}"`);
  return result.article;
}

describe('front-matter.md', () => {
  const parsed = markdown(fixtureBytes('front-matter.md'));

  it('takes title, date and URL from the front matter', () => {
    expect(parsed.title).toBe(SEED_TITLE);
    expect(parsed.date).toBe('2022-02-11');
    expect(parsed.dateRaw).toBe('2022-02-11');
    expect(parsed.url).toBe(SEED_URL);
    expect(parsed.domain).toBe('russiaherald.com');
  });

  it('drops the heading that repeats the title, joins soft-wrapped lines and unmarks headings', () => {
    expect(parsed.paragraphs).toEqual([P[4], 'Background', P[1]]);
    expect(parsed.words).toBe(39 + 1 + 67);
    expect(parsed.warnings).toEqual([]);
  });

  it.each(['ARTICLE.MD', 'article.markdown'])('is read the same way when named %s', (name) => {
    expect(markdown(fixtureBytes('front-matter.md'), name).paragraphs).toEqual(parsed.paragraphs);
  });
});

describe('no-front-matter.md', () => {
  const parsed = markdown(fixtureBytes('no-front-matter.md'));

  it('falls back to the line format, without the heading marks', () => {
    expect(parsed.title).toBe(SEED_TITLE);
    expect(parsed.date).toBe('2022-02-11');
    expect(parsed.url).toBe(SEED_URL);
    expect(parsed.paragraphs).toEqual([P[0], 'Reaction', P[7]]);
    expect(parsed.warnings).toEqual([]);
  });

  it('keeps the heading marks when the same text is a .txt file', () => {
    const plain = parseArticle(fixtureBytes('no-front-matter.md'), { fileName: 'article.txt' });
    expect(plain.ok && plain.article.paragraphs).toEqual([P[0], '## Reaction', P[7]]);
  });
});

describe('front matter variants', () => {
  const body = `\n${P[2]}\n\n${P[3]}\n`;

  it('an empty title gives way to the first heading; a timestamp keeps its day', () => {
    const parsed = markdown(utf8(`---\ntitle: ""\ndate: 2022-02-11T10:45:00+03:00\n---\n# ${SEED_TITLE}\n${body}`));
    expect(parsed.title).toBe(SEED_TITLE);
    expect(parsed.date).toBe('2022-02-11');
    expect(parsed.dateRaw).toBe('2022-02-11T10:45:00+03:00');
    expect(parsed.paragraphs).toEqual([P[2], P[3]]);
    expect(parsed.warnings).toEqual(['no source URL line']);
  });

  it('reads published, source and single-quoted values, and ignores other keys', () => {
    const front = `---\nTitle: 'Blinken''s offer'\nauthor: ANI\npublished: 20220211\nsource: ${SEED_URL}\n---\n`;
    const parsed = markdown(utf8(front + body));
    expect(parsed.title).toBe("Blinken's offer");
    expect(parsed.date).toBe('2022-02-11');
    expect(parsed.url).toBe(SEED_URL);
    expect(parsed.paragraphs).toEqual([P[2], P[3]]);
  });

  it('without a title field or heading, the first paragraph is the title', () => {
    const parsed = markdown(utf8(`---\ndate: 20220211\nlink: ${SEED_URL}\n---\n${body}`));
    expect(parsed.title).toBe(P[2]);
    expect(parsed.paragraphs).toEqual([P[3]]);
    expect(parsed.warnings).toEqual([]);
  });

  it('a heading that differs from the title stays as the first paragraph', () => {
    const parsed = markdown(utf8(`---\ntitle: ${SEED_TITLE}\n---\n# Russia and NATO\n${body}`));
    expect(parsed.title).toBe(SEED_TITLE);
    expect(parsed.paragraphs).toEqual(['Russia and NATO', P[2], P[3]]);
  });

  it('a heading equal to the title once its markup is stripped is not repeated', () => {
    const parsed = markdown(utf8(`---\ntitle: "<em>Blinken</em> accepts"\n---\n# Blinken accepts\n${body}`));
    expect(parsed.title).toBe('Blinken accepts');
    expect(parsed.paragraphs).toEqual([P[2], P[3]]);
    expect(parsed.warnings).toContain('markup removed from the title');
  });

  it('an unclosed block still gives its fields, with a warning', () => {
    const parsed = markdown(utf8(`---\ntitle: ${SEED_TITLE}\ndate: 20220211\n${body}`));
    expect(parsed.title).toBe(SEED_TITLE);
    expect(parsed.date).toBe('2022-02-11');
    expect(parsed.paragraphs).toEqual([P[2], P[3]]);
    expect(parsed.warnings[0]).toMatch(/front matter is not closed/);
  });

  it('reads front matter behind a BOM and with CRLF endings', () => {
    const text = `\uFEFF---\r\ntitle: ${SEED_TITLE}\r\nurl: ${SEED_URL}\r\n---\r\n\r\n${P[2]}\r\n`;
    const parsed = markdown(utf8(text));
    expect(parsed.title).toBe(SEED_TITLE);
    expect(parsed.url).toBe(SEED_URL);
    expect(parsed.paragraphs).toEqual([P[2]]);
    expect(parsed.warnings).toEqual(['no date line']);
  });
});
