// Builds one file of each format an analyst saves (web page, web archive, PDF, Word, e-mail, feed) around
// the seed article's real text, the way the programs that make them do, with the metadata each can carry.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { Document, Packer, Paragraph, HeadingLevel } from 'docx';
import { SEED_ARTICLE } from './fixtures';

const lines = readFileSync(SEED_ARTICLE, 'utf8').split('\n');
/** The seed article's paragraphs (its lines after title, date and source). */
export const SEED_PARAGRAPHS: readonly string[] = lines.slice(3).filter((line) => line.trim() !== '');
export const SEED_URL = lines[2] ?? '';

export interface FormatCase {
  readonly label: string;
  readonly fileName: string;
  readonly title: string;
  readonly author: string | null;
  readonly outlet: string | null;
  /** The year the citation must show, when the format carries the article's date. */
  readonly year: string | null;
  readonly url: string | null;
  build(page: Page, self: FormatCase): Promise<Uint8Array>;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A saved news page: navigation, a cookie banner, related stories and JSON-LD around the article. */
export function newsPage(title: string, author: string, outlet: string, url: string): string {
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: outlet, url: 'https://www.russiaherald.com/' },
      {
        '@type': 'NewsArticle',
        headline: title,
        datePublished: '2022-02-11T09:30:00+00:00',
        author: { '@type': 'Person', name: author },
        publisher: { '@type': 'Organization', name: outlet },
        mainEntityOfPage: url,
      },
    ],
  });
  const body = SEED_PARAGRAPHS.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | ${escapeHtml(outlet)}</title>
<link rel="canonical" href="${escapeHtml(url)}">
<meta property="og:site_name" content="${escapeHtml(outlet)}">
<meta property="og:title" content="${escapeHtml(title)}">
<script type="application/ld+json">${jsonLd}</script></head>
<body>
<div id="cookie-banner">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<main><article><h1>${escapeHtml(title)}</h1>
<p class="byline">By ${escapeHtml(author)}, 11 February 2022</p>
${body}
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Markets slide as oil tops $90</a></li>
<li><a href="/b">Weather: snow expected in the capital</a></li></ul></aside></main>
<footer>© 2022 ${escapeHtml(outlet)}. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body></html>`;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Quoted-printable as mail programs and browsers write it (RFC 2045): lines of at most 76 characters. */
function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let encoded = '';
    for (const byte of utf8(line)) {
      const ch = String.fromCharCode(byte);
      encoded += byte === 0x3d || byte > 0x7e || (byte < 0x20 && byte !== 0x09) ? `=${hex(byte)}` : ch;
    }
    let rest = encoded;
    while (rest.length > 75) {
      let cut = 75;
      while (rest[cut - 1] === '=' || rest[cut - 2] === '=') cut--;
      out.push(`${rest.slice(0, cut)}=`);
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  return out.join('\r\n');
}
const hex = (byte: number): string => byte.toString(16).toUpperCase().padStart(2, '0');

export const FORMAT_CASES: readonly FormatCase[] = [
  {
    label: 'web page',
    fileName: 'blinken-lavrov.html',
    title: 'Blinken agrees to meet Lavrov if Russia holds back',
    author: 'Dana Whitfield',
    outlet: 'Russia Herald',
    year: '2022',
    url: SEED_URL,
    build: async (_page, self) => utf8(newsPage(self.title, 'Dana Whitfield', 'Russia Herald', SEED_URL)),
  },
  {
    label: 'web archive',
    fileName: 'blinken-archive.mhtml',
    title: 'Lavrov proposes dates for talks with Blinken',
    author: 'Omar Haddad',
    outlet: 'Russia Herald',
    year: '2022',
    url: SEED_URL,
    build: async (_page, self) => {
      const html = newsPage(self.title, 'Omar Haddad', 'Russia Herald', SEED_URL);
      const boundary = '----MultipartBoundary--dossier42';
      return utf8(
        [
          'From: <Saved by Blink>',
          `Snapshot-Content-Location: ${SEED_URL}`,
          `Subject: ${self.title}`,
          'Date: Fri, 11 Feb 2022 10:12:03 -0000',
          'MIME-Version: 1.0',
          `Content-Type: multipart/related; type="text/html"; boundary="${boundary}"`,
          '',
          '',
          `--${boundary}`,
          'Content-Type: text/html',
          'Content-ID: <frame-1@mhtml.blink>',
          'Content-Transfer-Encoding: quoted-printable',
          `Content-Location: ${SEED_URL}`,
          '',
          quotedPrintable(html),
          '',
          `--${boundary}`,
          'Content-Type: text/css',
          'Content-Transfer-Encoding: quoted-printable',
          'Content-Location: cid:css-1@mhtml.blink',
          '',
          'nav { display: flex; }',
          `--${boundary}--`,
          '',
        ].join('\r\n'),
      );
    },
  },
  {
    label: 'PDF',
    fileName: 'blinken-report.pdf',
    title: 'State Department accepts proposed dates for Lavrov talks',
    author: null,
    outlet: null,
    year: null,
    url: null,
    build: async (page, self) => {
      const printer = await page.context().newPage();
      const body = SEED_PARAGRAPHS.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
      await printer.setContent(
        `<html><head><title>${escapeHtml(self.title)}</title></head>` +
          `<body style="font: 12pt serif"><h1>${escapeHtml(self.title)}</h1>` +
          `<p>11 February 2022</p>${body}</body></html>`,
      );
      const pdf = await printer.pdf({ format: 'A4' });
      await printer.close();
      return new Uint8Array(pdf);
    },
  },
  {
    label: 'Word document',
    fileName: 'blinken-memo.docx',
    title: 'Memo: Blinken and Lavrov to meet late next week',
    author: 'Priya Raman',
    outlet: null,
    year: null,
    url: null,
    build: async (_page, self) => {
      const doc = new Document({
        creator: 'Priya Raman',
        title: self.title,
        sections: [
          {
            children: [
              new Paragraph({ text: self.title, heading: HeadingLevel.HEADING_1 }),
              ...SEED_PARAGRAPHS.map((text) => new Paragraph({ text })),
            ],
          },
        ],
      });
      return new Uint8Array(await Packer.toBuffer(doc));
    },
  },
  {
    label: 'e-mail',
    fileName: 'fwd-blinken.eml',
    title: 'Blinken accepts Lavrov meeting dates',
    author: 'Sam Okafor',
    outlet: null,
    year: '2022',
    url: null,
    build: async (_page, self) =>
      utf8(
        [
          'From: Sam Okafor <sam.okafor@example.org>',
          'To: Analysis Desk <desk@example.org>',
          `Subject: Fwd: ${self.title}`,
          'Date: Fri, 11 Feb 2022 14:05:00 +0000',
          'Message-ID: <20220211140500.4411@example.org>',
          'MIME-Version: 1.0',
          'Content-Type: text/plain; charset=utf-8',
          'Content-Transfer-Encoding: quoted-printable',
          '',
          quotedPrintable(
            [
              'Worth reading before Monday.',
              '',
              '---------- Forwarded message ---------',
              ...SEED_PARAGRAPHS.flatMap((p) => [p, '']),
            ].join('\n'),
          ),
          '',
        ].join('\r\n'),
      ),
  },
  {
    label: 'feed item',
    fileName: 'russiaherald.rss',
    title: 'Blinken, Lavrov could meet next week, US says',
    author: 'Lena Petrova',
    outlet: 'Russia Herald',
    year: '2022',
    url: SEED_URL,
    build: async (_page, self) => {
      const content = SEED_PARAGRAPHS.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
      return utf8(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Russia Herald</title><link>https://www.russiaherald.com/</link><language>en</language>
<description>News from Russia Herald</description>
<item><title>${escapeHtml(self.title)}</title><link>${escapeHtml(SEED_URL)}</link>
<guid isPermaLink="false">rh-272310129</guid><pubDate>Fri, 11 Feb 2022 09:30:00 GMT</pubDate>
<dc:creator>Lena Petrova</dc:creator><description>Washington has accepted dates for talks.</description>
<content:encoded><![CDATA[${content}]]></content:encoded></item>
</channel></rss>`);
    },
  },
];
