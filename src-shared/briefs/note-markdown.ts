// The Markdown subset the app's notes are written in (paragraphs, bullet lists, **bold**, *italic*, `code`,
// [links](https://...)), read into plain values so each brief format can write it in its own syntax.
// The page renders notes with this same reader (src-renderer/src/ui/markdown.ts re-exports it), so a
// note exports as the analyst saw it.

export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'strong' | 'em'; readonly children: readonly Inline[] }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'link'; readonly href: string; readonly children: readonly Inline[] };

export type Block =
  | { readonly kind: 'paragraph'; readonly lines: readonly (readonly Inline[])[] }
  | { readonly kind: 'list'; readonly items: readonly (readonly Inline[])[] };

// Bold and italic open on a non-space ("2 ** 3" is text); underscores inside words (file_2022_final.txt,
// URLs) are not emphasis; only http(s) and mailto targets make links, anything else ("javascript:...") stays
// text.
const INLINE = new RegExp(
  [
    '(`[^`]+`)',
    String.raw`(\*\*[^*\s][^*]*\*\*)`,
    String.raw`(\*[^*\s][^*]*\*|(?<![\p{L}\p{N}_])_[^_\s][^_]*_(?![\p{L}\p{N}_]))`,
    String.raw`(\[[^\]]+\]\((?:https?:\/\/|mailto:)[^)\s]+\))`,
  ].join('|'),
  'iu',
);
const LINK = /^\[([^\]]+)\]\(((?:https?:\/\/|mailto:)[^)\s]+)\)$/i;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest.length > 0) {
    const m = INLINE.exec(rest);
    if (!m) {
      out.push({ kind: 'text', text: rest });
      break;
    }
    if (m.index > 0) out.push({ kind: 'text', text: rest.slice(0, m.index) });
    const token = m[0];
    if (m[1]) out.push({ kind: 'code', text: token.slice(1, -1) });
    else if (m[2]) out.push({ kind: 'strong', children: parseInline(token.slice(2, -2)) });
    else if (m[3]) out.push({ kind: 'em', children: parseInline(token.slice(1, -1)) });
    else {
      const link = LINK.exec(token);
      out.push({ kind: 'link', href: link?.[2] ?? '', children: parseInline(link?.[1] ?? token) });
    }
    rest = rest.slice(m.index + token.length);
  }
  return out;
}

export function parseNoteMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: Inline[][] = [];
  let list: Inline[][] = [];
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', lines: paragraph });
    if (list.length > 0) blocks.push({ kind: 'list', items: list });
    paragraph = [];
    list = [];
  };
  for (const raw of source.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    const bullet = /^[-*+]\s+(.*)$/.exec(line);
    if (!line) flush();
    else if (bullet) {
      if (paragraph.length > 0) flush();
      list.push(parseInline(bullet[1] ?? ''));
    } else {
      if (list.length > 0) flush();
      paragraph.push(parseInline(line));
    }
  }
  flush();
  return blocks;
}

/** Only web and mail links become links in an export; anything else (javascript:, file:) stays text. */
export function linkTarget(href: string): string | null {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : null;
  } catch {
    return null;
  }
}

export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.kind === 'text' || i.kind === 'code' ? i.text : plainText(i.children))).join('');
}
