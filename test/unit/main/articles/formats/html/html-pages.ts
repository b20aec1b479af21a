// Saved news pages for the HTML reader's tests, built the way news sites mark them up (menus, a consent banner,
// JSON-LD, a figure with a credit, an advertisement slot, related stories, a footer) around the seed article's
// real text, and byte encoders for the legacy encodings the tests declare.
import { P, SEED_TITLE, SEED_URL } from '../../article-fixtures';

/** The article's subheading, kept as a paragraph of its own. */
export const SUBHEADING = 'Talks in Geneva';

/** The seed article as the page's body shows it: three paragraphs, the subheading, the rest. */
export const BODY: readonly string[] = [...P.slice(0, 3), SUBHEADING, ...P.slice(3)];

export const GRAPH_LD = {
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'Organization', '@id': 'https://www.russiaherald.com/#org', name: 'Russia Herald' },
    { '@type': 'Person', '@id': 'https://www.russiaherald.com/#jane', name: 'Jane Doe' },
    { '@type': 'Person', '@id': 'https://www.russiaherald.com/#ivan', name: 'Ivan Petrov' },
    { '@type': 'WebPage', '@id': SEED_URL, url: SEED_URL, name: 'Russia Herald news' },
    {
      '@type': ['NewsArticle'],
      headline: SEED_TITLE,
      datePublished: '2022-02-11T09:30:00+03:00',
      author: [{ '@id': 'https://www.russiaherald.com/#jane' }, { '@id': 'https://www.russiaherald.com/#ivan' }],
      publisher: { '@id': 'https://www.russiaherald.com/#org' },
      mainEntityOfPage: { '@id': SEED_URL },
      inLanguage: 'en-GB',
    },
  ],
};

export interface PageParts {
  readonly head?: string;
  readonly jsonLd?: unknown;
  readonly lang?: string;
  readonly paragraphs?: readonly string[];
  /** Markup placed inside the article's body, after its third paragraph, where Readability keeps it. */
  readonly inBody?: string;
}

/** "Related" links the way many sites put them inside the article's text. */
export const RELATED_IN_BODY = `<p><strong>Related stories</strong></p>
<ul>
  <li><a href="/news/1">Lavrov says Moscow is ready for talks with Washington</a></li>
  <li><a href="/news/2">NATO ministers meet in Brussels as tension rises</a></li>
  <li><a href="/news/3">Kyiv calls for calm as troops gather near the border</a></li>
</ul>`;

/** A consent notice a site's script placed inside the article. */
export const CONSENT_IN_BODY = `<div class="cmp-container"><p>This site uses cookies. By continuing to browse the
site you are agreeing to our use of cookies.</p><p><a href="/cookies">Find out more</a> <button>OK</button></p></div>`;

const escapeHtml = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** A full saved news page around the seed article. */
export function newsPage(parts: PageParts = {}): string {
  const paragraphs = parts.paragraphs ?? BODY;
  const blocks = paragraphs.map((text) => (text === SUBHEADING ? `<h2>${text}</h2>` : `<p>${escapeHtml(text)}</p>`));
  const body = [...blocks.slice(0, 3), parts.inBody ?? '', ...blocks.slice(3)].join('\n');
  const jsonLd =
    parts.jsonLd === undefined ? '' : `<script type="application/ld+json">${JSON.stringify(parts.jsonLd)}</script>`;
  return `<!DOCTYPE html>
<html lang="${parts.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<title>${SEED_TITLE} | Russia Herald</title>
${parts.head ?? ''}
${jsonLd}
<script>window.dataLayer = [];</script>
</head>
<body>
<div id="cookie-consent" class="cookie-banner" role="dialog">
  <p>We use cookies to improve your experience and to show you personalised advertising.</p>
  <button>Accept all cookies</button> <a href="/privacy">Cookie settings</a>
</div>
<header class="site-header">
  <a href="/">Russia Herald</a>
  <nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
  <li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
</header>
<main>
<article class="article">
  <h1>${SEED_TITLE}</h1>
  <div class="byline">By Jane Doe and Ivan Petrov</div>
  <time datetime="2022-02-11T09:30:00+03:00">11 February 2022</time>
  <div class="article-body">
${body}
  <div class="ad-slot"><p>Advertisement</p></div>
  </div>
  <section class="more-stories">
    <h3>Related stories</h3>
    <ul>
      <li><a href="/news/1">Lavrov says Moscow is ready for talks with Washington</a></li>
      <li><a href="/news/2">NATO ministers meet in Brussels as tension rises</a></li>
      <li><a href="/news/3">Kyiv calls for calm as troops gather near the border</a></li>
    </ul>
  </section>
</article>
</main>
<footer><p>© 2022 Russia Herald. All rights reserved.</p><a href="/about">About us</a></footer>
</body>
</html>`;
}

/** Windows-1251: ASCII as is, Cyrillic letters and a few punctuation marks at their code points. */
export function cp1251(text: string): Uint8Array {
  const extra: Readonly<Record<string, number>> = { Ё: 0xa8, ё: 0xb8, '«': 0xab, '»': 0xbb, '—': 0x97, '–': 0x96 };
  return Uint8Array.from([...text], (ch) => {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    const byte = extra[ch];
    if (byte === undefined) throw new Error(`no Windows-1251 byte for ${ch} in this test table`);
    return byte;
  });
}
