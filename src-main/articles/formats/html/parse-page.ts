// HTML text into a document with linkedom, with the html, head and body elements a browser would infer:
// linkedom builds only the elements the markup names, and a page without <body> would have no body at all.
import { parseHTML } from 'linkedom';
import { isElement, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom-types';

const HEAD_ONLY = new Set(['title', 'meta', 'link', 'base', 'style', 'script', 'noscript', 'template']);

export function parsePage(html: string): DomDocument {
  const { document: dom } = parseHTML(html) as unknown as { document: DomDocument };
  if (!wellFormed(dom)) inferStructure(dom);
  return dom;
}

/** One html element holding a head, a body, and nothing else but blank text and comments. */
function wellFormed(dom: DomDocument): boolean {
  const root = dom.documentElement;
  if (root === null || root.localName !== 'html' || root.nextSibling !== null) return false;
  let head = false;
  let body = false;
  for (let node = root.firstChild; node !== null; node = node.nextSibling) {
    if (isElement(node)) {
      if (node.localName === 'head' && !head && !body) head = true;
      else if (node.localName === 'body' && !body) body = true;
      else return false;
    } else if (node.nodeType === TEXT_NODE && /\S/.test(node.textContent ?? '')) return false;
  }
  return head && body;
}

function childElement(parent: DomNode, localName: string): DomElement | null {
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (isElement(node) && node.localName === localName) return node;
  }
  return null;
}

function children(parent: DomNode): DomNode[] {
  const nodes: DomNode[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) nodes.push(node);
  return nodes;
}

/** Moves every node of the page under one html element holding one head and one body, in document order. */
function inferStructure(dom: DomDocument): void {
  let html = dom.documentElement;
  if (html === null || html.localName !== 'html') {
    html = dom.createElement('html');
    const strays = children(dom).filter((node) => node.nodeType !== 10);
    for (const node of strays) html.appendChild(node);
    dom.appendChild(html);
  } else {
    // Nodes written after </html> belong to the body.
    for (let node = html.nextSibling; node !== null; node = html.nextSibling) html.appendChild(node);
  }
  let head = childElement(html, 'head');
  if (head === null) {
    head = dom.createElement('head');
    html.insertBefore(head, html.firstChild);
  }
  const existingBody = childElement(html, 'body');
  const body = existingBody ?? dom.createElement('body');
  if (existingBody === null) html.appendChild(body);
  const firstInBody = body.firstChild;
  let inBody = false;
  let beforeBody = existingBody !== null;
  for (const node of children(html)) {
    if (node === head) continue;
    if (node === body) {
      beforeBody = false;
      inBody = true;
      continue;
    }
    const headish = !isElement(node) ? !/\S/.test(node.textContent ?? '') : HEAD_ONLY.has(node.localName);
    if (!inBody && headish) {
      head.appendChild(node);
      continue;
    }
    inBody = true;
    if (isElement(node) && node.localName === 'head') {
      for (const child of children(node)) head.appendChild(child);
      node.remove();
    } else if (beforeBody) body.insertBefore(node, firstInBody);
    else body.appendChild(node);
  }
}
