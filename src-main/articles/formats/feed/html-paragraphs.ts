// Plain paragraphs from a feed item's HTML (content:encoded, description, Atom content) with linkedom: the
// text is split at block elements and line breaks; scripts, styles and embedded media are dropped. One
// document is parsed into again for every item (a new document each costs as much as the item's parse).
// Text without markup is split at blank lines.
import { parseHTML } from 'linkedom';

/** Elements whose start and end close a paragraph. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'HEAD',
  'TITLE',
]);

/** What the walk needs of linkedom's nodes. */
interface WalkNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<WalkNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

let container: { innerHTML: string } | null = null;

/** A body of linkedom's own document (not a window's: named apart so it reads as none). */
function newContainer(): { innerHTML: string } {
  const { document: made } = parseHTML('<!doctype html><html><body></body></html>');
  return made.body;
}

/** The element items are parsed into, made once. */
function parsed(html: string): WalkNode {
  const element = container ?? newContainer();
  container = element;
  element.innerHTML = html;
  return element as unknown as WalkNode;
}

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
  const paragraphs: string[] = [];
  let current = '';
  const close = (): void => {
    const text = spaced(current);
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: WalkNode): void => {
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    const block = BLOCKS.has(name);
    if (block) close();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as WalkNode);
    if (block) close();
  };
  const root = parsed(html);
  for (let i = 0; i < root.childNodes.length; i++) walk(root.childNodes[i] as WalkNode);
  close();
  // The next item's parse replaces this one's nodes; none is kept meanwhile.
  (root as unknown as { innerHTML: string }).innerHTML = '';
  return paragraphs;
}

/** Markup as one line of text: an RSS title with escaped tags ("<b>Breaking</b>: …"). */
export function htmlText(html: string): string {
  return htmlParagraphs(html).join(' ');
}
