// Markdown articles: YAML-style front matter (title, date, url) over a body of blank-line paragraphs.

export interface FrontMatterDoc {
  readonly fields: ReadonlyMap<string, string>;
  readonly body: string;
}

const FENCE = /^---[ \t]*$/;

/** Splits "---\nkey: value\n---\nbody"; null when the text has no closed front matter block. */
export function splitFrontMatter(text: string): FrontMatterDoc | null {
  const lines = text.split(/\r\n|\r|\n/);
  if (!FENCE.test(lines[0] ?? '')) return null;
  const end = lines.findIndex((line, i) => i > 0 && (FENCE.test(line) || /^\.\.\.[ \t]*$/.test(line)));
  if (end < 0) return null;
  const fields = new Map<string, string>();
  for (const line of lines.slice(1, end)) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (m) fields.set((m[1] as string).toLowerCase(), unquote((m[2] as string).trim()));
  }
  return { fields, body: lines.slice(end + 1).join('\n') };
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
    const joined = block.join(' ').replace(/[\s\u00a0]+/g, ' ').trim();
    if (joined) paragraphs.push(joined);
    block = [];
  };
  for (const rawLine of body.split(/\r\n|\r|\n/)) {
    const line = rawLine.trim();
    const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(line);
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
