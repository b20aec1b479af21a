// The Markdown subset the app's notes are written in (paragraphs, bullet lists, **bold**, *italic*, `code`,
// http(s) and mailto links), read by a CommonMark parser (mdast-util-from-markdown over micromark) into
// plain values so the page and each brief format write it in their own syntax, the same way.
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { noteLinkTarget } from '../text-safety';

export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'strong' | 'em'; readonly children: readonly Inline[] }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'link'; readonly href: string; readonly children: readonly Inline[] };

export type Block =
  | { readonly kind: 'paragraph'; readonly lines: readonly (readonly Inline[])[] }
  | { readonly kind: 'list'; readonly items: readonly (readonly Inline[])[] };

// Constructs outside the subset are switched off, so what they would have made stays the text typed:
// headings, quotes, code blocks, rules, HTML, entity references ("&amp;" stays as typed), definitions, images.
const OUTSIDE = ['headingAtx', 'setextUnderline', 'blockQuote', 'codeFenced', 'codeIndented', 'thematicBreak'];
const NOTE = { disable: { null: [...OUTSIDE, 'htmlFlow', 'htmlText', 'characterReference', 'definition'] } };
const ONE_LINE = { disable: { null: [...NOTE.disable.null, 'list'] } };
const NO_IMAGES = { disable: { null: ['labelStartImage'] } };

const LINE_END = /\r\n|\r|\n/;
const BULLET = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const INDENTED = /^(?: {2}|\t)/;

/**
 * Two departures from CommonMark keep a note as it was typed: a line that is not indented under its bullet
 * ends the list instead of joining the last item ("lazy" continuation), and double underscores are not bold,
 * so names like __init__ stay as written. This ends such a list with a blank line before the parser sees it.
 */
function endListsAtTextLines(source: string): string {
  let inList = false;
  let previousBlank = true;
  const lines = source.split(LINE_END).map((line) => {
    const blank = line.trim() === '';
    const bullet = BULLET.test(line);
    const text = !blank && !bullet && !INDENTED.test(line);
    const lazy = inList && text && !previousBlank;
    if (bullet) inList = true;
    else if (text) inList = false;
    previousBlank = blank;
    return lazy ? `\n${line}` : line;
  });
  return lines.join('\n');
}

const literal = (source: string, node: Nodes): { kind: 'text'; text: string } => ({
  kind: 'text',
  text: source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0),
});

function toInlines(source: string, nodes: readonly PhrasingContent[]): Inline[] {
  return nodes.map((node): Inline => {
    switch (node.type) {
      case 'text':
        return { kind: 'text', text: node.value };
      case 'break':
        return { kind: 'text', text: '\n' };
      case 'inlineCode':
        return { kind: 'code', text: node.value };
      case 'emphasis':
        return { kind: 'em', children: toInlines(source, node.children) };
      case 'strong':
        return source[node.position?.start.offset ?? 0] === '_'
          ? literal(source, node)
          : { kind: 'strong', children: toInlines(source, node.children) };
      case 'link':
        return noteLinkTarget(node.url) !== null && node.children.length > 0
          ? { kind: 'link', href: node.url, children: toInlines(source, node.children) }
          : literal(source, node);
      default:
        return literal(source, node);
    }
  });
}

/** Splits inlines at their line breaks, cutting a mark that spans lines into one part per line. */
function splitLines(nodes: readonly Inline[]): Inline[][] {
  const lines: Inline[][] = [[]];
  const add = (node: Inline): void => void (lines.at(-1) as Inline[]).push(node);
  for (const node of nodes) {
    if (node.kind === 'code') add(node);
    else if (node.kind === 'text') {
      node.text.split(LINE_END).forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part) add({ kind: 'text', text: part });
      });
    } else {
      splitLines(node.children).forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part.length > 0) add({ ...node, children: part });
      });
    }
  }
  return lines.map(mergeText).filter((line) => line.length > 0);
}

function mergeText(line: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of line) {
    const last = out.at(-1);
    if (node.kind === 'text' && last?.kind === 'text')
      out[out.length - 1] = { kind: 'text', text: last.text + node.text };
    else out.push(node);
  }
  return out;
}

const space: Inline = { kind: 'text', text: ' ' };

/** A list item's paragraphs as one line of inlines; nested lists follow it as items of their own. */
function listItems(source: string, node: RootContent): Inline[][] {
  if (node.type !== 'listItem') return [];
  const own: Inline[] = [];
  const nested: Inline[][] = [];
  for (const child of node.children) {
    if (child.type === 'paragraph') {
      for (const line of splitLines(toInlines(source, child.children)))
        own.push(...(own.length ? [space] : []), ...line);
    } else if (child.type === 'list') nested.push(...child.children.flatMap((item) => listItems(source, item)));
  }
  return [mergeText(own), ...nested];
}
function toBlock(source: string, node: RootContent): Block {
  if (node.type === 'paragraph') return { kind: 'paragraph', lines: splitLines(toInlines(source, node.children)) };
  if (node.type === 'list' && !node.ordered) {
    return { kind: 'list', items: node.children.flatMap((item) => listItems(source, item)) };
  }
  // A numbered list, or anything else outside the subset, is kept as the lines that were typed.
  const text = literal(source, node).text;
  return {
    kind: 'paragraph',
    lines: text.split(LINE_END).flatMap((l) => (l.trim() ? [[{ kind: 'text', text: l.trim() }]] : [])),
  };
}

export function parseNoteMarkdown(source: string): Block[] {
  const prepared = endListsAtTextLines(source);
  const blocks: Block[] = [];
  for (const node of fromMarkdown(prepared, { extensions: [NOTE, NO_IMAGES] }).children) {
    const block = toBlock(prepared, node);
    const last = blocks.at(-1);
    // A change of bullet character starts a new list in CommonMark; in a note it is the same list.
    if (block.kind === 'list' && last?.kind === 'list')
      blocks[blocks.length - 1] = { kind: 'list', items: [...last.items, ...block.items] };
    else if (block.kind === 'list' || block.lines.length > 0) blocks.push(block);
  }
  return blocks;
}

/** One line's inline marks (a line break inside stays a "\n" in the text). */
export function parseInline(text: string): Inline[] {
  const lines = fromMarkdown(text, { extensions: [ONE_LINE, NO_IMAGES] }).children.flatMap((node) =>
    node.type === 'paragraph' ? splitLines(toInlines(text, node.children)) : [[literal(text, node)]],
  );
  return mergeText(lines.flatMap((line, i) => (i > 0 ? [{ kind: 'text', text: '\n' } as const, ...line] : line)));
}

/**
 * Only web and mail links become links on the page or in an export; anything else (javascript:, file:, a web
 * link with a user name in it) stays text.
 */
export function linkTarget(href: string): string | null {
  return noteLinkTarget(href);
}

export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.kind === 'text' || i.kind === 'code' ? i.text : plainText(i.children))).join('');
}
