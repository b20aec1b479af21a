// Mammoth's HTML of a Word document as paragraphs: each paragraph, heading, list item and table cell one,
// footnotes' back links dropped, entities decoded.

/** The end of a block element: each closes one paragraph of text. */
const BLOCK_END = /<\/(?:p|h[1-6]|li|td|th|blockquote|pre)>|<br\s*\/?>/gi;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The paragraphs of mammoth's HTML, in order, none empty. */
export function paragraphsOfHtml(html: string): string[] {
  // A footnote's link back to where it is cited ("↑") is not its text.
  const withoutBackLinks = html.replace(/<a href="#[^"]*-ref-[^"]*">[^<]*<\/a>/g, '');
  const paragraphs: string[] = [];
  // A line break inside a paragraph (Shift+Enter) is a space in the paragraph, not a paragraph of its own.
  for (const block of withoutBackLinks.replace(/<br\s*\/?>/gi, ' ').split(BLOCK_END)) {
    const text = decode(block.replace(/<[^>]*>/g, ''))
      .replace(/\s+/g, ' ')
      .trim();
    if (text !== '') paragraphs.push(text);
  }
  return paragraphs;
}
