// Between DOM points in the rendered article and (paragraph, offset) pairs in its text, for the keyboard
// caret: marks split a paragraph's text nodes but not its offsets.
import { offsetInParagraph, paragraphOf } from '../../anchoring/dom-range';

export interface TextPoint {
  readonly paragraph: number;
  readonly offset: number;
}

export interface DomPoint {
  readonly node: Node;
  readonly offset: number;
}

export function paragraphElements(body: Element): HTMLElement[] {
  return [...body.querySelectorAll<HTMLElement>('[data-paragraph]')];
}

/** The text point of a DOM point inside a paragraph of `body`, or null elsewhere. */
export function textPointOf(body: Element, node: Node, offset: number): TextPoint | null {
  const paragraph = paragraphOf(node, body);
  if (!paragraph) return null;
  const length = paragraph.textContent?.length ?? 0;
  return {
    paragraph: Number(paragraph.getAttribute('data-paragraph')),
    offset: Math.min(length, offsetInParagraph(paragraph, node, offset)),
  };
}

/** The DOM point of a text point: in the text node holding it (at a node's end rather than the next start). */
export function domPointOf(body: Element, point: TextPoint): DomPoint | null {
  const paragraph = body.querySelector(`[data-paragraph="${point.paragraph}"]`);
  if (!paragraph) return null;
  const walker = paragraph.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let before = 0;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (point.offset <= before + node.data.length) return { node, offset: Math.max(0, point.offset - before) };
    before += node.data.length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : { node: paragraph, offset: 0 };
}

/** The selection's focus (the end the keys move) as a text point, when it is in the article. */
export function focusPoint(body: Element, selection: Selection | null): TextPoint | null {
  if (!selection || selection.rangeCount === 0 || !selection.focusNode) return null;
  return textPointOf(body, selection.focusNode, selection.focusOffset);
}

/** Puts a collapsed selection (the caret) at a text point, or selects from `anchor` to it. */
export function setCaret(body: Element, point: TextPoint, anchor?: TextPoint): void {
  const selection = body.ownerDocument.getSelection();
  const focus = domPointOf(body, point);
  if (!selection || !focus) return;
  const from = anchor ? domPointOf(body, anchor) : focus;
  if (!from) return;
  selection.setBaseAndExtent(from.node, from.offset, focus.node, focus.offset);
}

/** The first paragraph in view in the scrolling reader: the caret starts there, not off screen. */
export function firstParagraphInView(body: Element): number {
  const scroller = body.closest('.reader');
  const top = Math.max(0, scroller?.getBoundingClientRect().top ?? 0);
  const paragraphs = paragraphElements(body);
  const seen = paragraphs.find((p) => p.getBoundingClientRect().bottom > top);
  return Number(seen?.getAttribute('data-paragraph') ?? 0);
}
