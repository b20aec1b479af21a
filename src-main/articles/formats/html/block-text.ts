// An element's text as paragraphs, one per block (p, li, blockquote, a heading, a table row, each line of a
// pre), whitespace collapsed, empty ones dropped, the way the page reads on screen.
import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom-types';

const BLOCKS: ReadonlySet<string> = new Set(
  [
    'address article aside blockquote caption center dd details dialog div dl dt fieldset figcaption',
    'figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend li main nav ol p section summary table',
    'tbody tfoot thead tr ul',
  ]
    .join(' ')
    .split(' '),
);

/** Never shown as text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'button', 'select']);

/** Cells of a row read across, a space apart. */
const CELLS = new Set(['td', 'th']);

class ParagraphCollector {
  readonly paragraphs: string[] = [];
  private parts: string[] = [];

  add(text: string): void {
    this.parts.push(text);
  }

  /** Ends the paragraph being collected, if it has any text. */
  flush(): void {
    if (this.parts.length === 0) return;
    const text = this.parts.join('').replace(/\s+/g, ' ').trim();
    this.parts = [];
    if (text !== '') this.paragraphs.push(text);
  }

  addLines(text: string): void {
    this.flush();
    for (const line of text.split(/\r\n|[\r\n]/)) {
      this.add(line);
      this.flush();
    }
  }
}

function walk(node: DomNode, out: ParagraphCollector): void {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      out.add(child.textContent ?? '');
      continue;
    }
    if (!isElement(child)) continue;
    const name = child.localName;
    if (SKIPPED.has(name)) continue;
    if (name === 'br') out.flush();
    else if (name === 'pre') {
      out.addLines(preText(child));
    } else if (BLOCKS.has(name)) {
      out.flush();
      walk(child, out);
      out.flush();
    } else {
      if (CELLS.has(name)) out.add(' ');
      walk(child, out);
      if (CELLS.has(name)) out.add(' ');
    }
  }
}

/** A pre's text with its line breaks, a br counting as one. */
function preText(element: DomElement): string {
  let text = '';
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) text += child.textContent ?? '';
    else if (isElement(child)) text += child.localName === 'br' ? '\n' : preText(child);
  }
  return text;
}

export function blockParagraphs(root: DomNode): string[] {
  const out = new ParagraphCollector();
  walk(root, out);
  out.flush();
  return out.paragraphs;
}
