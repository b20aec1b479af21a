// The HTML reader on saved news pages: metadata from JSON-LD (an @graph with references, an array), Open Graph
// and <meta>; the article's paragraphs without menus, consent banners, related stories or ad slots; odd
// markup; and files that are not pages at all.
import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../../../../../src-main/articles/formats/extracted';
import { readHtml, readHtmlText } from '../../../../../../src-main/articles/formats/html/read-html';
import { parseFile } from '../../../../../../src-main/articles/formats/parse-file';
import { P, PNG_HEADER, SEED_TITLE, SEED_URL, utf8 } from '../../article-fixtures';
import { BODY, CONSENT_IN_BODY, GRAPH_LD, newsPage, RELATED_IN_BODY } from './html-pages';

async function article(html: string | Uint8Array, fileName = 'page.html'): Promise<ExtractedArticle> {
  const bytes = typeof html === 'string' ? utf8(html) : html;
  const extraction = await readHtml({ bytes, fileName });
  if (!extraction.ok) throw new Error(`expected an article, got "${extraction.error}"`);
  expect(extraction.articles).toHaveLength(1);
  return extraction.articles[0] as ExtractedArticle;
}

describe('readHtml metadata', () => {
  it('reads a NewsArticle in a JSON-LD @graph, following its @id references', async () => {
    const found = await article(newsPage({ jsonLd: GRAPH_LD }));
    expect(found).toMatchObject({
      title: SEED_TITLE,
      dateRaw: '2022-02-11T09:30:00+03:00',
      author: 'Jane Doe, Ivan Petrov',
      url: SEED_URL,
      outlet: 'Russia Herald',
      language: 'en',
    });
  });

  it('reads a JSON-LD array with an inline publisher and a plain author name', async () => {
    const jsonLd = [
      { '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [] },
      {
        '@context': 'https://schema.org',
        '@type': 'ReportageNewsArticle',
        headline: SEED_TITLE,
        datePublished: '2022-02-11',
        author: 'By Maria Ivanova',
        publisher: { '@type': 'NewsMediaOrganization', name: 'The Kyiv Courier' },
        url: 'https://kyivcourier.example/news/blinken-lavrov',
      },
    ];
    const found = await article(newsPage({ jsonLd }));
    expect(found).toMatchObject({
      title: SEED_TITLE,
      dateRaw: '2022-02-11',
      author: 'Maria Ivanova',
      outlet: 'The Kyiv Courier',
      url: 'https://kyivcourier.example/news/blinken-lavrov',
    });
  });

  it('falls back to Open Graph and <meta> names, and cuts the outlet from the <title>', async () => {
    const head = `<meta property="og:site_name" content="Russia Herald">
      <meta property="article:published_time" content="2022-02-11T09:30:00Z">
      <meta name="author" content="Jane Doe">
      <link rel="canonical" href="/news/272310129/">
      <meta property="og:url" content="https://www.russiaherald.com/news/272310129/">`;
    const found = await article(newsPage({ head }));
    expect(found).toMatchObject({
      title: SEED_TITLE,
      dateRaw: '2022-02-11T09:30:00Z',
      author: 'Jane Doe',
      outlet: 'Russia Herald',
      url: 'https://www.russiaherald.com/news/272310129/',
    });
  });

  it('takes only web addresses as the source, and the <time> of the article when nothing else dates it', async () => {
    const found = await article(newsPage({ head: '<link rel="canonical" href="javascript:alert(1)">' }));
    expect(found.url).toBeNull();
    expect(found.dateRaw).toBe('2022-02-11T09:30:00+03:00');
  });
});

describe('readHtml article text', () => {
  it('keeps the paragraphs and the subheading, and not the menu, banner, byline, ad slot or footer', async () => {
    const found = await article(newsPage({ jsonLd: GRAPH_LD }));
    expect(found.paragraphs).toEqual(BODY);
  });

  it('drops a "Related stories" list that sits inside the article text', async () => {
    const found = await article(newsPage({ jsonLd: GRAPH_LD, inBody: RELATED_IN_BODY }));
    expect(found.paragraphs).toEqual(BODY);
  });

  it('drops a cookie consent notice that sits inside the article text', async () => {
    const found = await article(newsPage({ jsonLd: GRAPH_LD, inBody: CONSENT_IN_BODY }));
    expect(found.paragraphs).toEqual(BODY);
  });

  it('gives each list item, quotation and line of preformatted text its own paragraph', async () => {
    const inBody = `<ul><li>Geneva talks in January</li><li>NATO-Russia Council</li></ul>
      <blockquote><p>Diplomacy is the only responsible way.</p></blockquote>
      <pre>Day 1: talks\nDay 2:   statements</pre>`;
    const found = await article(newsPage({ inBody }));
    const start = found.paragraphs.indexOf('Geneva talks in January');
    expect(found.paragraphs.slice(start, start + 5)).toEqual([
      'Geneva talks in January',
      'NATO-Russia Council',
      'Diplomacy is the only responsible way.',
      'Day 1: talks',
      'Day 2: statements',
    ]);
  });

  it('reads markup with no html, head or body element, as a browser would', async () => {
    const html = `<title>${SEED_TITLE}</title>${P.map((text) => `<p>${text}`).join('\n')}`;
    const found = await article(html);
    expect(found.title).toBe(SEED_TITLE);
    expect(found.paragraphs).toEqual(P);
  });

  it('takes the JSON-LD articleBody when the page shows only a fragment of it', async () => {
    const jsonLd = { ...GRAPH_LD['@graph'][4], '@context': 'https://schema.org', articleBody: P.join('\n') };
    const found = await article(newsPage({ jsonLd, paragraphs: P.slice(0, 1) }));
    expect(found.paragraphs).toEqual(P);
    expect(found.warnings).toContain("article text taken from the page's JSON-LD articleBody, the longer of two");
  });
});

describe('readHtml on what is not a readable page', () => {
  it('refuses binary data with a reason', async () => {
    const bytes = Uint8Array.from([...PNG_HEADER, 0, 0, 0, 0]);
    expect(await readHtml({ bytes, fileName: 'photo.html' })).toEqual({
      ok: false,
      error: 'binary file: not a web page',
    });
  });

  it('refuses a page without text with a reason', async () => {
    const extraction = await readHtml({
      bytes: utf8('<html><body><img src="a.png"></body></html>'),
      fileName: 'x.htm',
    });
    expect(extraction).toEqual({ ok: false, error: 'no text found in the page' });
  });

  it('passes on the warnings of a caller that decoded the page itself', async () => {
    const extraction = await readHtmlText(newsPage(), 'saved.mhtml', ['read as koi8-r (declared by the part)']);
    expect(extraction.ok && extraction.articles[0]?.warnings).toEqual(['read as koi8-r (declared by the part)']);
  });
});

describe('parseFile on a saved page', () => {
  it('finishes the page into an article: the day, the source, outlet, author and format', async () => {
    const result = await parseFile(utf8(newsPage({ jsonLd: GRAPH_LD })), { fileName: 'blinken.html' });
    if (!result.ok) throw new Error(result.error);
    expect(result.articles[0]).toMatchObject({
      title: SEED_TITLE,
      date: '2022-02-11',
      url: SEED_URL,
      domain: 'russiaherald.com',
      outlet: 'Russia Herald',
      author: 'Jane Doe, Ivan Petrov',
      language: 'en',
      format: 'html',
      paragraphs: BODY,
    });
  });
});
