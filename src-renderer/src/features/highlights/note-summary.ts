// A note shortened for a collapsed card: its Markdown read as in the expanded card, the blocks run into one
// line, and cut after about `max` characters at a word, keeping bold, italic, code and links whole around
// what is left. Pure: the card renders the result as elements, never the raw `**` or `[x](y)`.
import { parseMarkdown, plainText, type Block, type Inline } from '../../ui/markdown';

export const SUMMARY_CHARS = 160;

export interface NoteSummary {
  readonly inlines: readonly Inline[];
  /** The note was longer than what is shown. */
  readonly cut: boolean;
  /** The whole note as plain text, for a tooltip. */
  readonly full: string;
}

export function summariseNote(source: string, max = SUMMARY_CHARS): NoteSummary {
  const line = oneLine(parseMarkdown(source));
  const budget = { left: max, cut: false };
  const inlines = take(line, budget);
  return { inlines, cut: budget.cut, full: plainText(line) };
}

const text = (value: string): Inline => ({ kind: 'text', text: value });

/** Paragraph lines joined by spaces, list items marked with bullets. */
function oneLine(blocks: readonly Block[]): Inline[] {
  const out: Inline[] = [];
  for (const block of blocks) {
    const parts = block.kind === 'list' ? block.items.map((item) => [text('• '), ...item]) : block.lines;
    for (const part of parts) {
      if (out.length > 0) out.push(text(' '));
      out.push(...part);
    }
  }
  return out;
}

function take(inlines: readonly Inline[], budget: { left: number; cut: boolean }): Inline[] {
  const out: Inline[] = [];
  for (const node of inlines) {
    if (budget.cut) break;
    if (node.kind === 'text' || node.kind === 'code') {
      if (node.text.length <= budget.left) {
        out.push(node);
        budget.left -= node.text.length;
      } else {
        const kept = cutAtWord(node.text, budget.left);
        if (kept) out.push({ ...node, text: kept });
        budget.left = 0;
        budget.cut = true;
      }
    } else {
      const children = take(node.children, budget);
      if (children.length > 0) out.push({ ...node, children });
    }
  }
  return out;
}

/** The first `n` characters, back to the last space when one is near, without trailing space. */
function cutAtWord(value: string, n: number): string {
  const head = value.slice(0, n);
  const space = head.lastIndexOf(' ');
  return (space >= n * 0.6 ? head.slice(0, space) : head).trimEnd();
}
