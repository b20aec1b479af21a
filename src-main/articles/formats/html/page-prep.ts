// Readies a parsed page for Readability: menus and cookie and consent banners go (Readability keeps those it
// cannot tell from text), and words inside a sentence keep their place even when their class reads like page
// furniture (MathJax's "CtxtMenu" formulas, a "social"-classed name): Readability drops such elements whole.
import { isElement, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom-types';

/** Readability 0.6's own tests for furniture by class and id (Readability.js, REGEXPS). */
const UNLIKELY = new RegExp(
  [
    '-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends',
    '|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate',
    '|pagination|pager|popup|yom-remote',
  ].join(''),
  'i',
);
const MAYBE = /and|article|body|column|content|main|shadow/i;

const INLINE = new Set(
  'a abbr b bdi bdo cite code data dfn em i kbd mark math q ruby s samp small span strong sub sup time u var'.split(
    ' ',
  ),
);

const CONSENT_NAME =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|cmp|onetrust|didomi|cookiebot|usercentrics|truste|qc-cmp\d*)(?:$|[\s_-])/i;

function isInline(element: DomElement): boolean {
  return INLINE.has(element.localName) || element.localName.includes('-');
}

/** Inside a sentence: the parent also holds text of its own next to this element. */
function inRunningText(element: DomElement): boolean {
  const parent = element.parentNode;
  if (parent === null) return false;
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE && /[\p{L}\p{N}]/u.test(node.textContent ?? '')) return true;
  }
  return false;
}

function matchString(element: DomElement): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
}

/** A consent banner: named so, about cookies, and far too short to be the article around it. */
function isConsentBanner(element: DomElement): boolean {
  if (element.localName === 'body' || element.localName === 'html') return false;
  const name = matchString(element);
  const dialog = element.getAttribute('role') === 'dialog' || element.getAttribute('aria-modal') === 'true';
  if (!CONSENT_NAME.test(name) && !dialog) return false;
  const text = element.textContent ?? '';
  return text.length < 3000 && (/\bcookie/i.test(text) || (CONSENT_NAME.test(name) && /\bconsent/i.test(text)));
}

function isMenu(element: DomElement): boolean {
  const role = element.getAttribute('role');
  return element.localName === 'nav' || role === 'navigation' || role === 'menu' || role === 'menubar';
}

/** One walk over the page (linkedom's selector engine is slow on large pages), acting on what it finds. */
function prepare(parent: DomNode): void {
  let node = parent.firstChild;
  while (node !== null) {
    const next = node.nextSibling;
    if (isElement(node)) {
      if (isMenu(node) || isConsentBanner(node)) node.remove();
      else {
        const name = matchString(node);
        if (name !== ' ' && isInline(node) && UNLIKELY.test(name) && !MAYBE.test(name) && inRunningText(node)) {
          node.removeAttribute('class');
          node.removeAttribute('id');
        }
        prepare(node);
      }
    }
    node = next;
  }
}

export function prepareForReadability(dom: DomDocument): void {
  if (dom.body !== null) prepare(dom.body);
}
