// Files that parse but may not be articles carry the reasons, so the analyst sees them; real articles none.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOddities, HUGE_LINE_CHARS } from '../../../../src-main/articles/oddities';
import { fixtureBytes, P, parsedArticle, SEED_FILE, SEED_TITLE, SEED_URL, utf8 } from './article-fixtures';

const SAMPLES = resolve(__dirname, '../../../../resources/sample-library');

describe('a file that parses but may not be an article', () => {
  it('a title alone says there are no paragraphs after the header', () => {
    const parsed = parsedArticle(utf8(`${SEED_TITLE}\n`));
    expect(parsed.oddities).toEqual(['no paragraphs after the header: the file holds only a title']);
    // Said once, as the oddity, rather than again as a warning.
    expect(parsed.warnings).toEqual(['no date line', 'no source URL line']);
  });

  it('a title, date and source with no body is flagged too', () => {
    const parsed = parsedArticle(utf8(`${SEED_TITLE}\n20220211\n${SEED_URL}\n\n`));
    expect(parsed.oddities).toEqual(['no paragraphs after the header: the file holds only a title']);
    expect(parsed.warnings).toEqual([]);
  });

  it('one enormous line says how long it is, and still opens', () => {
    const junk = 'xq7'.repeat(60_000);
    const parsed = parsedArticle(utf8(junk));
    expect(parsed.oddities).toEqual(['one line of 180,000 characters — not an article?']);
    expect(parsed.title).toBe(junk);
  });

  it('an enormous line among ordinary ones names its line', () => {
    const big = `${P[0]} `.repeat(Math.ceil(HUGE_LINE_CHARS / (P[0] as string).length) + 1).trim();
    const parsed = parsedArticle(utf8(`${SEED_TITLE}\n20220211\n${SEED_URL}\n${P[1]}\n${big}\n`));
    expect(parsed.oddities).toEqual([
      `line 5 holds ${big.length.toLocaleString('en-GB')} characters — not an article?`,
    ]);
  });

  it('binary data past the part the decoder sniffs is called binary-looking', () => {
    const head = utf8(`${SEED_TITLE}\n20220211\n${SEED_URL}\n${P.join('\n')}\n`.repeat(8));
    const tail = Uint8Array.from({ length: 4000 }, (_, i) => (i * 37) % 32);
    expect(head.length).toBeGreaterThan(8192); // past what decoding sniffs for binary data
    const parsed = parsedArticle(Uint8Array.from([...head, ...tail]));
    expect(parsed.oddities).toHaveLength(1);
    expect(parsed.oddities?.[0]).toMatch(/^[\d,]+ control or unreadable characters — parts of the file look binary$/);
  });

  it('text that is mostly symbols says what share is letters or digits', () => {
    const art = Array.from({ length: 40 }, () => '==+==|--*--|##~##').join('\n');
    const parsed = parsedArticle(utf8(`Banner\n${art}\n`));
    expect(parsed.oddities).toEqual(['mostly not text: only 1% of its characters are letters or digits']);
  });

  it('the seed article, the sample library and other scripts have none', () => {
    expect(parsedArticle(fixtureBytes(SEED_FILE)).oddities).toEqual([]);
    for (const name of readdirSync(SAMPLES)) {
      const bytes = new Uint8Array(readFileSync(resolve(SAMPLES, name)));
      expect({ name, oddities: parsedArticle(bytes, { fileName: name }).oddities }).toEqual({ name, oddities: [] });
    }
    const arabic = 'قال المتحدث باسم الوزارة إن المحادثات ستستمر الأسبوع المقبل في جنيف. '.repeat(8);
    const chinese = '外交部发言人表示，会谈将于下周在日内瓦继续举行。'.repeat(12);
    expect(findOddities({ text: `عنوان\n${arabic}\n${chinese}`, paragraphs: [arabic, chinese] })).toEqual([]);
  });

  it('a short note of a few words is not judged by shares of characters', () => {
    expect(findOddities({ text: 'Title\n-- 1 --', paragraphs: ['-- 1 --'] })).toEqual([]);
  });
});
