// Plain paragraphs from a feed item's HTML (content:encoded, description, Atom content): the text is split
// at block elements and line breaks; scripts, styles, comments and embedded media are dropped; character
// references decoded. A tag scanner rather than a DOM: a feed of thousands of items is read in a blink.
// Text without markup is split at blank lines.
import { decodeReferences } from './references';

/** Elements whose start and end close a paragraph. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Elements whose content is never article text: dropped with everything inside them. */
const SKIPPED = /<(script|style|noscript|template|iframe|object|svg|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->|<!\[CDATA\[|\]\]>|<![^>]*>|<\?[^>]*>/g;
/** A start or end tag, its attributes possibly quoted with ">" inside. */
const TAG = /<\/?([a-zA-Z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const BREAK = '\u0000';

function looksLikeMarkup(text: string): boolean {
  return /<\/?[a-zA-Z][^>]*>|&[a-zA-Z]+;|&#x?[0-9a-fA-F]+;/.test(text);
}

function spaced(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function htmlParagraphs(html: string): string[] {
  if (!looksLikeMarkup(html)) {
    return html
      .split(/\n\s*\n/)
      .map(spaced)
      .filter(Boolean);
  }
  const text = html
    .replaceAll(BREAK, ' ')
    .replace(COMMENT, ' ')
    .replace(SKIPPED, ' ')
    .replace(TAG, (_tag, name: string) => (BLOCKS.has(name.toLowerCase()) ? BREAK : ''));
  return text
    .split(BREAK)
    .map((part) => spaced(decodeReferences(part)))
    .filter(Boolean);
}

/** Markup as one line of text: an RSS title with escaped tags ("<b>Breaking</b>: …"). */
export function htmlText(html: string): string {
  return htmlParagraphs(html).join(' ');
}
