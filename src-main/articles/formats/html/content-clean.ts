// Blocks Readability keeps inside the article that are not its text: lists made only of short links (section
// menus, "more stories"), a "Related stories" heading with its list, and photo credits.
import { oneOf, pattern } from './phrases';
import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom-types';

const RELATED_HEADING = pattern(
  '^',
  oneOf([
    'related',
    'related (?:stories|articles|content|coverage|news|links|topics|posts|reading)',
    'read more',
    'read next',
    String.raw`more (?:from|on|in|about)\b.{0,40}`,
    'more (?:stories|news|headlines|articles)',
    'recommended(?: for you| stories| articles| reading)?',
    'you (?:may|might) also (?:like|enjoy)',
    '(?:most|top) (?:read|popular|viewed|shared)(?: stories| articles)?',
    'trending(?: now| stories)?',
    'latest (?:news|stories|headlines)',
    'top stories',
    'what to read next',
    "don't miss",
    "editor'?s picks",
    'tags',
    'topics',
    'filed under',
  ]),
  String.raw`\b[\s.:…-]*$`,
);

/** Elements that stand alone as a heading; a link or span inside a sentence does not. */
const BLOCK_LABELS = new Set('h1 h2 h3 h4 h5 h6 p div li dt header section aside nav ul ol figure'.split(' '));

const squash = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

function linkTextLength(element: DomElement): number {
  let length = 0;
  for (const link of element.querySelectorAll('a')) length += squash(link.textContent).length;
  return length;
}

/** Share of an element's text that sits inside links. */
function linkDensity(element: DomElement): number {
  const text = squash(element.textContent).length;
  return text === 0 ? 0 : linkTextLength(element) / text;
}

/** Three or more items, each a short link and nothing else: a menu or a list of other headlines. */
function isLinkList(list: DomElement): boolean {
  const items = list.querySelectorAll('li');
  if (items.length < 3) return false;
  const text = squash(list.textContent);
  // A list of addresses written out is a list of sources, which belongs to the article.
  if ((text.match(/https?:\/\/|www\./g) ?? []).length >= items.length) return false;
  return text.split(' ').length / items.length <= 12 && linkDensity(list) >= 0.9;
}

function nextElement(element: DomElement): DomElement | null {
  for (let node = element.nextSibling; node !== null; node = node.nextSibling) {
    if (isElement(node)) return node;
    if (/\S/.test(node.textContent ?? '')) return null;
  }
  return null;
}

/** Short text nodes that read as a "Related stories" heading, found without measuring every element's text. */
function relatedLabels(root: DomNode, into: DomNode[]): DomNode[] {
  for (let node = root.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      if (text.length < 80 && RELATED_HEADING.test(squash(text))) into.push(node);
    } else if (isElement(node)) relatedLabels(node, into);
  }
  return into;
}

export function removeOtherHeadlines(content: DomElement): void {
  for (const label of relatedLabels(content, [])) {
    // The label's element, widened while its parents hold nothing else.
    const parent = label.parentNode;
    if (parent === null || parent === content || !isElement(parent)) continue;
    let heading: DomElement = parent;
    const text = squash(label.textContent);
    while (heading.parentElement !== null && heading.parentElement !== content) {
      if (squash(heading.parentElement.textContent) !== text) break;
      heading = heading.parentElement;
    }
    if (squash(heading.textContent) !== text || !BLOCK_LABELS.has(heading.localName)) continue;
    // The heading names what follows: drop it, and the list of links it introduces.
    const following = nextElement(heading);
    if (following !== null && linkDensity(following) >= 0.5) following.remove();
    heading.remove();
  }
  // Photo credits marked up as such (Readability is asked to keep classes for this).
  for (const credit of content.querySelectorAll('[class*="credit"]')) {
    if (credit.parentNode !== null && squash(credit.textContent).length <= 150) credit.remove();
  }
  for (const list of content.querySelectorAll('ul, ol')) {
    if (list.parentNode !== null && isLinkList(list)) list.remove();
  }
}
