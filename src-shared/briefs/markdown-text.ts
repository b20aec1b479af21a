// Writing text into Markdown so it stays text: quotes and titles escaped (and no viewer's autolinking left a
// way in), web URLs as autolinks, and the analyst's note Markdown re-written from its parsed form, so nothing
// in it can add headings, footnotes or links of its own.
import { breakAutolinks, webLinkTarget } from '../text-safety';
import { linkTarget, parseNoteMarkdown, type Inline } from './note-markdown';

/** Characters that are Markdown syntax anywhere in a line (GFM included: tables, strikethrough). */
const INLINE_SYNTAX = /[\\`*_[\]<>#|~]/g;
/** What opens a block at the start of a line: quote, list item, setext underline, ordered item. */
const LINE_START_SYNTAX = /^(\s*)([>+\-=]|\d+(?=[.)]))/;

/**
 * Escapes text for any place in a Markdown line: syntax, an `&` that would read as an entity, and the bare
 * URLs, `www.` names and e-mail addresses that viewers would otherwise make links of.
 */
export function escapeInline(text: string): string {
  return breakAutolinks(text.replace(INLINE_SYNTAX, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&'));
}

/** Escapes a line of text that starts a Markdown line, where `-`, `>`, `1.` would open a block. */
export function escapeLine(text: string): string {
  return escapeInline(text).replace(LINE_START_SYNTAX, (_all, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
}

/** A web URL as an autolink when it can be one (no backslash escapes are read inside), else as escaped text. */
export function markdownUrl(url: string): string {
  const target = webLinkTarget(url);
  return target !== null && /^https?:\/\/[^\s<>]+$/i.test(target) ? `<${target}>` : escapeInline(url);
}

/** Parentheses would end a link destination early; URL.href leaves them as they are. */
function percentEncode(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

function inlineMarkdown(inlines: readonly Inline[]): string {
  return inlines
    .map((node): string => {
      switch (node.kind) {
        case 'text':
          return escapeInline(node.text);
        case 'code':
          return `\`${node.text}\``;
        case 'strong':
          return `**${inlineMarkdown(node.children)}**`;
        case 'em':
          return `*${inlineMarkdown(node.children)}*`;
        case 'link': {
          const target = linkTarget(node.href);
          const label = inlineMarkdown(node.children);
          return target === null ? label : `[${label}](${target.replace(/[()<>\\\s]/g, percentEncode)})`;
        }
      }
    })
    .join('');
}

/** A line as written: escaped text where a line starts, so a note's "1. " or "> " stays text. */
function lineMarkdown(inlines: readonly Inline[]): string {
  const [first, ...rest] = inlines;
  if (first?.kind !== 'text') return inlineMarkdown(inlines);
  return escapeLine(first.text) + inlineMarkdown(rest);
}

/** The note's Markdown as blocks separated by blank lines; a label, when given, opens the first paragraph. */
export function noteMarkdown(source: string, label?: string): string {
  const blocks = parseNoteMarkdown(source);
  const prefix = label === undefined ? null : `**${escapeInline(label)}:**`;
  const out = blocks.map((block, index) => {
    if (block.kind === 'list') return block.items.map((item) => `- ${lineMarkdown(item)}`).join('\n');
    // A backslash at the end of a line is Markdown's hard line break, as the app shows a note's lines.
    return block.lines
      .map((line, n) =>
        index === 0 && n === 0 && prefix !== null ? `${prefix} ${inlineMarkdown(line)}` : lineMarkdown(line),
      )
      .join('\\\n');
  });
  if (prefix !== null && blocks[0]?.kind !== 'paragraph') out.unshift(prefix);
  return out.join('\n\n');
}
