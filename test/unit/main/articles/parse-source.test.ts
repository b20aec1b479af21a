// The parser on sources that are not web links and on hostile text: Reuters-21578 stories whose third line
// is an identifier or an outlet, a script link, credentials, bidi controls, and front matter sources.
import { describe, expect, it } from 'vitest';
import {
  HOSTILE_ARTICLE,
  HOSTILE_PARAGRAPHS,
  HOSTILE_SOURCE,
  HOSTILE_TITLE_SHOWN,
} from '../../../fixtures/articles/hostile-article';
import { fixtureBytes, P, SEED_TITLE, parsedArticle, utf8 } from './article-fixtures';

describe('Reuters-21578 stories', () => {
  it('reads an identifier on line 3 as the source, keeps the ticker, and the body from line 4', () => {
    const parsed = parsedArticle(fixtureBytes('reuters-urn-source.txt'));
    expect(parsed).toMatchObject({
      title: 'STANDARD OIL <SRD> TO FORM FINANCIAL UNIT',
      date: '1987-02-26',
      url: null,
      source: 'urn:reuters-21578:newid:2',
      domain: null,
      warnings: [],
    });
    expect(parsed.paragraphs).toHaveLength(3);
    expect(parsed.paragraphs[0]).toMatch(/^Standard Oil Co and BP North America Inc said/);
    expect(parsed.paragraphs[1]).toContain('British Petroleum Co Plc <BP>, which');
  });

  it('reads an outlet on line 3 as the source and outlet, and decodes the title', () => {
    const parsed = parsedArticle(fixtureBytes('reuters-outlet-source.txt'));
    expect(parsed).toMatchObject({
      title: 'TEXAS COMMERCE BANCSHARES <TCB> FILES PLAN',
      url: null,
      source: 'Reuters',
      domain: 'Reuters',
      warnings: ['markup removed from the title'],
    });
    expect(parsed.paragraphs[0]).toMatch(/^Texas Commerce Bancshares Inc's Texas Commerce Bank-Houston/);
  });
});

describe('hostile text', () => {
  const parsed = parsedArticle(utf8(HOSTILE_ARTICLE));

  it('strips bidi controls from the title and the body, and says so', () => {
    expect(parsed.title).toBe(HOSTILE_TITLE_SHOWN);
    expect(parsed.paragraphs).toEqual(HOSTILE_PARAGRAPHS);
    expect(parsed.warnings).toContain('4 bidirectional control characters removed (they reorder text)');
  });

  it('keeps a script link as the source text, never as the link', () => {
    expect(parsed).toMatchObject({ url: null, source: HOSTILE_SOURCE, domain: null });
    expect(parsed.warnings).toContain(`source "${HOSTILE_SOURCE}" is not a web link (http or https): kept as text`);
  });

  it('keeps a link with credentials as text', () => {
    const tricked = parsedArticle(utf8(`${SEED_TITLE}\n20220211\nhttps://www.state.gov@evil.example/x\n${P[0]}\n`));
    expect(tricked).toMatchObject({ url: null, source: 'https://www.state.gov@evil.example/x', domain: null });
    expect(tricked.paragraphs).toEqual([P[0]]);
  });
});

function markdown(field: string): ReturnType<typeof parsedArticle> {
  return parsedArticle(utf8(`---\ntitle: ${SEED_TITLE}\ndate: 2022-02-11\n${field}\n---\n\n${P[0]}\n`), {
    fileName: 'a.md',
  });
}

describe('front matter sources', () => {
  it.each([
    ['source: Reuters', { url: null, source: 'Reuters', domain: 'Reuters' }],
    ['url: doi:10.1000/182', { url: null, source: 'doi:10.1000/182', domain: null }],
    ['link: https://www.ani.in/x', { url: 'https://www.ani.in/x', source: null, domain: 'ani.in' }],
    ['url: file:///etc/passwd', { url: null, source: 'file:///etc/passwd', domain: null }],
  ])('%j', (field, expected) => {
    expect(markdown(field)).toMatchObject(expected);
  });
});
