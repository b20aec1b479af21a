// Cleans a title line of real HTML (tags of known elements, comments) and decodes entities, keeping every
// other angle bracket: wire titles name companies by ticker ("STANDARD OIL <SRD> TO FORM FINANCIAL UNIT").
import { collapseSpaces } from './fields';

/** HTML element names, current and obsolete; anything else in angle brackets is text. */
const ELEMENTS: ReadonlySet<string> = new Set(
  [
    'a abbr acronym address area article aside audio b base bdi bdo big blink blockquote body br button canvas',
    'caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed',
    'fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i',
    'iframe img input ins kbd label legend li link main map mark marquee math menu meta meter nav nobr noframes',
    'noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script search',
    'section select slot small source span strike strong style sub summary sup svg table tbody td template',
    'textarea tfoot th thead time title tr track tt u ul var video wbr',
  ]
    .join(' ')
    .split(' '),
);

/** Tags that separate words ("Minsk<br>Agreements"); other tags may sit inside one ("<b>L</b>avrov"). */
const BREAKS = /^(?:br|hr|p|div|h[1-6]|li|ul|ol|dl|dd|dt|tr|td|th|table|blockquote|pre|section|article)$/;

const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-z][a-z0-9]*)(\s[^<>]*?)?(\/?)>/gi;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  hellip: '…',
};

/**
 * Whether a tag of a known element is markup rather than text. Written in capitals, alone between spaces,
 * with no attribute value, no slash and no closing partner in the line, it is a ticker or a name
 * ("BARNES GROUP <B> SETS DIVIDEND", "<DATA GENERAL> BUYS"); in any other form it is markup.
 */
function isMarkup(line: string, at: number, tag: string, parts: readonly (string | undefined)[]): boolean {
  const [closing, name = '', attributes = '', selfClosing] = parts;
  if (!ELEMENTS.has(name.toLowerCase())) return false;
  if (closing || selfClosing || attributes.includes('=') || name !== name.toUpperCase()) return true;
  if (/[\p{L}\p{N}]/u.test(line[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(line[at + tag.length] ?? '')) return true;
  return new RegExp(`</${name}\\s*>`, 'i').test(line.slice(at + tag.length));
}

function stripTags(line: string): string {
  let out = '';
  let last = 0;
  for (const match of line.matchAll(TAG)) {
    const [tag, closing, name, attributes, selfClosing] = match;
    const at = match.index;
    let replacement = tag;
    if (name === undefined) replacement = ' ';
    else if (isMarkup(line, at, tag, [closing, name, attributes, selfClosing])) {
      replacement = BREAKS.test(name.toLowerCase()) ? ' ' : '';
    }
    out += line.slice(last, at) + replacement;
    last = at + tag.length;
  }
  return out + line.slice(last);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), whole);
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** A lone surrogate would be invalid text downstream (SQLite, JSON export), so such references stay as written. */
function safeCodePoint(code: number, fallback: string): string {
  const valid = Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return valid ? String.fromCodePoint(code) : fallback;
}

/**
 * Strips HTML tags and comments, then decodes entities (so an encoded "&lt;SRD&gt;" ticker becomes text, never
 * a tag); reports whether the line changed.
 */
export function cleanTitle(line: string): { title: string; hadMarkup: boolean } {
  const title = collapseSpaces(decodeEntities(stripTags(line)));
  return { title, hadMarkup: title !== collapseSpaces(line) };
}
