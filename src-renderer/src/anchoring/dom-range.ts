// Converts a DOM selection inside the rendered article into offsets in the article text. Paragraph
// elements carry data-paragraph; marks inside them split the text nodes but not the offsets.
import { paragraphStarts } from './text-model';

/** Length of the paragraph's text that comes before `node` (and outside it) in document order. */
function textBefore(paragraph: Element, node: Node): number {
  if (node === paragraph) return 0;
  const walker = paragraph.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (current === node || node.contains(current)) break;
    total += current.textContent?.length ?? 0;
  }
  return total;
}

export function offsetInParagraph(paragraph: Element, node: Node, offset: number): number {
  if (node.nodeType === Node.TEXT_NODE) return textBefore(paragraph, node) + offset;
  // A boundary between child nodes: the text before the element plus that of the children before it.
  let total = textBefore(paragraph, node);
  const children = node.childNodes;
  for (let i = 0; i < offset && i < children.length; i++) total += children[i]?.textContent?.length ?? 0;
  return total;
}

export function paragraphOf(node: Node, root: Element): Element | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const paragraph = element?.closest('[data-paragraph]') ?? null;
  return paragraph && root.contains(paragraph) ? paragraph : null;
}

/** Text offsets of a selection range within `root`, or null when it is empty or outside the article. */
export function rangeToTextOffsets(
  root: Element,
  range: Range,
  paragraphs: readonly string[],
): { start: number; end: number } | null {
  if (range.collapsed) return null;
  const starts = paragraphStarts(paragraphs);
  const paragraphEnd = (index: number): number => (starts[index] ?? 0) + (paragraphs[index]?.length ?? 0);
  const all = [...root.querySelectorAll('[data-paragraph]')];

  const boundary = (node: Node, offset: number, atEnd: boolean): number | null => {
    const paragraph = paragraphOf(node, root);
    if (paragraph) {
      const index = Number(paragraph.getAttribute('data-paragraph'));
      return (
        (starts[index] ?? 0) + Math.min(offsetInParagraph(paragraph, node, offset), paragraphs[index]?.length ?? 0)
      );
    }
    // The point sits between paragraphs (a triple-click, say): snap to the nearest paragraph edge.
    const probe = root.ownerDocument.createRange();
    probe.setStart(node, offset);
    const next = all.findIndex((p) => probe.comparePoint(p, 0) >= 0);
    if (next === -1) return atEnd && all.length > 0 ? paragraphEnd(all.length - 1) : null;
    if (!atEnd) return starts[next] ?? 0;
    return next === 0 ? null : paragraphEnd(next - 1);
  };

  const start = boundary(range.startContainer, range.startOffset, false);
  const end = boundary(range.endContainer, range.endOffset, true);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
