// A saved web page's bytes as text: a byte order mark first, then the charset the page declares (<meta
// charset>, http-equiv Content-Type, an XML declaration), else UTF-8 when the bytes are valid UTF-8, else
// the encoding a detector finds. The warning says which encoding was used when it was not plain UTF-8.
import { Buffer, isAscii, isUtf8 } from 'node:buffer';
import { analyse } from 'chardet';

export interface DecodedHtml {
  readonly text: string;
  /** The WHATWG name of the encoding used ("utf-8", "windows-1251", "shift_jis"). */
  readonly encoding: string;
  readonly warnings: readonly string[];
}

/** Browsers look for the declaration in the first 1,024 bytes; saved pages sometimes put it a little later. */
const PRESCAN_BYTES = 4096;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i;

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The WHATWG name for a charset label, or null when no decoder knows it. */
export function encodingForLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** The charset label the page's own markup declares in its first bytes, as written. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one character, so ASCII markup reads the same in any ASCII-compatible encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const withoutComments = head.replace(/<!--[\s\S]*?-->/g, '');
  return (META_CHARSET.exec(withoutComments) ?? XML_ENCODING.exec(withoutComments))?.[1] ?? null;
}

function detected(bytes: Uint8Array): string | null {
  for (const match of analyse(bytes)) {
    const encoding = encodingForLabel(match.name);
    if (encoding !== null) return encoding;
  }
  return null;
}

function utf8Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
}

/** Valid UTF-8 with at least one character beyond ASCII. */
function hasMultibyteUtf8(bytes: Uint8Array): boolean {
  return !isAscii(bytes) && isUtf8(bytes);
}

export function decodeHtmlBytes(bytes: Uint8Array): DecodedHtml {
  const bom = bomEncoding(bytes);
  if (bom !== null) {
    const text = new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
    const warnings = bom.encoding === 'utf-8' ? [] : [`read as ${bom.encoding} (byte order mark)`];
    return { text, encoding: bom.encoding, warnings };
  }
  const warnings: string[] = [];
  const label = declaredCharset(bytes);
  if (label !== null) {
    let encoding = encodingForLabel(label);
    // A page cannot declare UTF-16 in markup it could only read as ASCII; browsers take such pages as UTF-8.
    if (encoding === 'utf-16le' || encoding === 'utf-16be') encoding = 'utf-8';
    if (encoding === null) warnings.push(`the page declares an unknown charset "${label}"`);
    else if (encoding !== 'utf-8' && hasMultibyteUtf8(bytes)) {
      // Pages re-saved as UTF-8 often keep their old declaration; legacy text is almost never valid UTF-8.
      warnings.push(`the page declares ${encoding} but its bytes are UTF-8; read as UTF-8`);
      return { text: utf8Text(bytes), encoding: 'utf-8', warnings };
    } else if (encoding !== 'utf-8' || isUtf8(bytes)) {
      if (encoding !== 'utf-8') warnings.push(`read as ${encoding} (declared by the page)`);
      const text = encoding === 'utf-8' ? utf8Text(bytes) : new TextDecoder(encoding).decode(bytes);
      return { text, encoding, warnings };
    } else {
      warnings.push('the page declares UTF-8 but is not valid UTF-8');
    }
  }
  if (isUtf8(bytes)) return { text: utf8Text(bytes), encoding: 'utf-8', warnings };
  const guess = detected(bytes) ?? 'windows-1252';
  warnings.push(`read as ${guess} (detected)`);
  return { text: new TextDecoder(guess).decode(bytes), encoding: guess, warnings };
}
