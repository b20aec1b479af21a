// A feed file's bytes as an XML element tree: decoded by its byte-order mark or its XML declaration's
// encoding (UTF-8 when it names none), checked for well-formedness, parsed with fast-xml-parser in order.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeReferences } from './references';

/** An element: its name as written (with any prefix), its attributes, and its children in order. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlChild[];
}

export type XmlChild = XmlElement | string;

export type XmlRead =
  | { readonly ok: true; readonly root: XmlElement; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly error: string };

const PARSER = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  // The parser's own HTML references cost five times the parse: references.ts decodes them instead.
  htmlEntities: false,
});

interface Decoded {
  readonly text: string;
  readonly warning: string | null;
}

function decoderFor(label: string): InstanceType<typeof TextDecoder> | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** The text of the file: a byte-order mark wins, then the declaration's encoding, else UTF-8. */
export function decodeFeedBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), warning: null };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), warning: null };
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256));
  const declared = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1] ?? null;
  if (declared !== null && !/^utf-?8$/i.test(declared)) {
    const decoder = decoderFor(declared);
    if (decoder)
      return { text: decoder.decode(bytes), warning: `read as ${declared.toUpperCase()} (the feed declares it)` };
    return { text: new TextDecoder().decode(bytes), warning: `unknown encoding "${declared}": read as UTF-8` };
  }
  const text = new TextDecoder().decode(bytes);
  return { text, warning: text.includes('\uFFFD') ? 'not valid UTF-8: some characters could not be read' : null };
}

type OrderedNode = Record<string, unknown>;

function toElement(name: string, node: OrderedNode): XmlElement {
  const attrs = (node[':@'] ?? {}) as Record<string, string>;
  const children: XmlChild[] = [];
  for (const child of (node[name] ?? []) as OrderedNode[]) {
    const childName = Object.keys(child).find((key) => key !== ':@');
    if (childName === undefined) continue;
    if (childName === '#text') children.push(decodeReferences(String(child['#text']), true));
    else if (!childName.startsWith('?') && !childName.startsWith('!')) children.push(toElement(childName, child));
  }
  return { name, attrs, children };
}

/** The document's root element, or why the bytes are not an XML document. */
export function readXml(bytes: Uint8Array): XmlRead {
  const { text, warning } = decodeFeedBytes(bytes);
  const source = text.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(source);
  if (valid !== true)
    return { ok: false, error: `not a feed: not well-formed XML (${valid.err.msg}, line ${valid.err.line})` };
  let parsed: OrderedNode[];
  try {
    parsed = PARSER.parse(source) as OrderedNode[];
  } catch (error) {
    return { ok: false, error: `not a feed: the XML could not be read (${(error as Error).message})` };
  }
  for (const node of parsed) {
    const name = Object.keys(node).find((key) => key !== ':@');
    if (name !== undefined && name !== '#text' && !name.startsWith('?') && !name.startsWith('!')) {
      return { ok: true, root: toElement(name, node), warnings: warning ? [warning] : [] };
    }
  }
  return { ok: false, error: 'not a feed: the file holds no XML element' };
}

/** The name without its namespace prefix: "dc:creator" -> "creator". */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Child elements with this local name, in order. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => typeof child !== 'string' && localName(child.name) === name,
  );
}

export function firstChild(element: XmlElement, ...names: string[]): XmlElement | null {
  for (const name of names) {
    const found = childrenNamed(element, name)[0];
    if (found) return found;
  }
  return null;
}

/** All the text inside an element, markup dropped (an Atom xhtml title, a name inside an author). */
export function textOf(element: XmlElement | null): string {
  if (element === null) return '';
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
}

/** The first of these children with any text, trimmed; null when none has. */
export function firstText(element: XmlElement, ...names: string[]): string | null {
  for (const name of names) {
    for (const child of childrenNamed(element, name)) {
      const text = textOf(child).trim();
      if (text) return text;
    }
  }
  return null;
}

/** An element's children written out again as markup: Atom's type="xhtml" content. */
export function innerXml(element: XmlElement): string {
  return element.children
    .map((child) => {
      if (typeof child === 'string') return escapeText(child);
      const attrs = Object.entries(child.attrs)
        .map(([key, value]) => ` ${key}="${escapeText(value).replaceAll('"', '&quot;')}"`)
        .join('');
      return `<${localName(child.name)}${attrs}>${innerXml(child)}</${localName(child.name)}>`;
    })
    .join('');
}

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
