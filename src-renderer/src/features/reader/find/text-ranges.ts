// Text offsets of the article (paragraphs joined by "\n", as anchoring counts them) turned into DOM ranges
// over the rendered body, whose highlight marks split paragraphs into several text nodes.
import { paragraphStarts } from '../../../anchoring/text-model';
import type { TextMatch } from '../../../../../src-shared/search/word-matches';

interface PlacedNode {
  readonly node: Text;
  /** Offset of the node's first character in the article text. */
  readonly start: number;
}

/** Every text node of the body's paragraphs with its place in the article text, in order. */
function placedNodes(body: Element, paragraphs: readonly string[]): PlacedNode[] {
  const starts = paragraphStarts(paragraphs);
  const placed: PlacedNode[] = [];
  for (const paragraph of body.querySelectorAll('[data-paragraph]')) {
    let offset = starts[Number(paragraph.getAttribute('data-paragraph'))] ?? 0;
    const walker = body.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      placed.push({ node: text, start: offset });
      offset += text.data.length;
    }
  }
  return placed;
}

const endOf = (placed: PlacedNode): number => placed.start + placed.node.data.length;

export interface TextRangeSpec {
  readonly startContainer: Text;
  readonly startOffset: number;
  readonly endContainer: Text;
  readonly endOffset: number;
}

/**
 * Where each match lies in the DOM, in the order given (which must be text order: one pass over the nodes).
 * A match whose text is not rendered (the body not yet drawn) is left out.
 */
export function matchRanges(
  body: Element,
  paragraphs: readonly string[],
  matches: readonly TextMatch[],
): (TextRangeSpec | null)[] {
  const nodes = placedNodes(body, paragraphs);
  let i = 0;
  return matches.map((match) => {
    while (i < nodes.length && endOf(nodes[i] as PlacedNode) <= match.start) i++;
    const first = nodes[i];
    if (!first || first.start > match.start) return null;
    let j = i;
    while (j < nodes.length && endOf(nodes[j] as PlacedNode) < match.end) j++;
    const last = nodes[j];
    if (!last || last.start > match.end) return null;
    return {
      startContainer: first.node,
      startOffset: match.start - first.start,
      endContainer: last.node,
      endOffset: match.end - last.start,
    };
  });
}

/** The nearest ancestor that scrolls vertically (the reader pane), else the document's scroller. */
function scrollerOf(element: Element): Element {
  for (let at = element.parentElement; at; at = at.parentElement) {
    const overflow = getComputedStyle(at).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && at.scrollHeight > at.clientHeight) return at;
  }
  return element.ownerDocument.scrollingElement ?? element.ownerDocument.documentElement;
}

/** Scrolls the range's scroller so the range sits in the middle of its view. */
export function scrollRangeIntoView(spec: TextRangeSpec): void {
  const range = spec.startContainer.ownerDocument.createRange();
  range.setStart(spec.startContainer, spec.startOffset);
  range.setEnd(spec.endContainer, spec.endOffset);
  const parent = spec.startContainer.parentElement;
  if (!parent) return;
  const scroller = scrollerOf(parent);
  const box = range.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  const top = scroller === scroller.ownerDocument.scrollingElement ? 0 : view.top;
  const height = scroller === scroller.ownerDocument.scrollingElement ? window.innerHeight : view.height;
  scroller.scrollTop += box.top - top - (height - box.height) / 2;
}
