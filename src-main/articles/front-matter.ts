// Markdown articles: YAML-style front matter (title, date, url) over a body of blank-line paragraphs.
import { splitLines } from './fields';

export interface FrontMatterDoc {
  readonly fields: ReadonlyMap<string, string>;
  readonly body: string;
  /** False when no closing "---" was found and the block was taken to end at its last "key: value" line. */
  readonly closed: boolean;
}

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(---|\.\.\.)[ \t]*$/;
const FIELD = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/;

/**
 * Splits "---\nkey: value\n---\nbody". An unclosed block still yields the fields it opens with, so a
 * forgotten fence costs a warning rather than the title; null when the text has no front matter at all.
 */
export function splitFrontMatter(text: string): FrontMatterDoc | null {
  const lines = splitLines(text);
  if (!FENCE.test(lines[0] ?? '')) return null;
  let end = lines.findIndex((line, i) => i > 0 && CLOSING_FENCE.test(line));
  const closed = end >= 0;
  if (!closed) {
    end = lines.findIndex((line, i) => i > 0 && !FIELD.test(line));
    if (end < 0) end = lines.length;
    if (end === 1) return null;
  }
  const fields = new Map<string, string>();
  for (const line of lines.slice(1, end)) {
    const m = FIELD.exec(line);
    if (m) fields.set((m[1] as string).toLowerCase(), unquote((m[2] as string).trim()));
  }
  return { fields, body: lines.slice(closed ? end + 1 : end).join('\n'), closed };
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  if (!m) return value.replace(/\s+#.*$/, '');
  const inner = m[2] as string;
  return m[1] === "'" ? inner.replace(/''/g, "'") : inner.replace(/\\"/g, '"').replace(/\\\\/g, '\\');
}

/** Markdown paragraphs: blocks separated by blank lines, soft-wrapped lines joined, heading marks removed. */
export function markdownParagraphs(body: string): { paragraphs: string[]; firstHeading: string | null } {
  const paragraphs: string[] = [];
  let firstHeading: string | null = null;
  let block: string[] = [];
  const flush = (): void => {
    const joined = block
      .join(' ')
      .replace(/[\s\u00a0]+/g, ' ')
      .trim();
    if (joined) paragraphs.push(joined);
    block = [];
  };
  for (const rawLine of splitLines(body)) {
    const line = rawLine.trim();
    // A closing run of # counts only after a space, so "Learn C#" keeps its #.
    const heading = /^#{1,6}\s+(.*?)(?:\s+#+)?$/.exec(line);
    if (!line) {
      flush();
    } else if (heading) {
      flush();
      const text = (heading[1] as string).trim();
      if (firstHeading === null && paragraphs.length === 0) firstHeading = text;
      else block.push(text);
      flush();
    } else {
      block.push(line);
    }
  }
  flush();
  return { paragraphs, firstHeading };
}
