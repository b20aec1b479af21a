// Turns bytes into text: BOMs, UTF-16, UTF-8, a declared charset, else a detected legacy encoding; spots binary.
import { detectLegacyEncoding, encodingName } from './charset-detect';

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly error: string };

export interface DecodeOptions {
  /**
   * The charset the bytes' container names (a MIME part's charset, an HTML page's meta charset). It wins over
   * detection; a byte order mark wins over it, and so does valid UTF-8 under a single-byte label.
   */
  readonly declared?: string | null;
}

const SNIFF_BYTES = 8192;
const BINARY: Decoded = { ok: false, error: 'binary file: not text' };

/** A file of the library: no container names its charset. */
export function decodeArticleBytes(bytes: Uint8Array): Decoded {
  return decodeText(bytes);
}

export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return utf16(new TextDecoder('utf-16le').decode(bytes.subarray(2)), []);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return utf16(new TextDecoder('utf-16be').decode(bytes.subarray(2)), []);
  }
  const declaredLabel = options.declared?.trim() || null;
  const declared = declaredLabel === null ? null : encodingName(declaredLabel);
  if (declared === 'utf-16le' || declared === 'utf-16be') {
    return utf16(new TextDecoder(declared).decode(bytes), []);
  }
  const bomless = declared === null ? utf16WithoutBom(bytes) : null;
  if (bomless) {
    const warning = `text is ${bomless.toUpperCase()} without a byte order mark`;
    return utf16(new TextDecoder(bomless).decode(bytes), [warning]);
  }
  const hasUtf8Bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  if (looksBinary(Math.min(body.length, SNIFF_BYTES), (i) => body[i] as number)) return BINARY;
  const warnings: string[] = [];
  if (declaredLabel !== null && declared === null) warnings.push(`unknown charset "${declaredLabel}" declared`);
  const utf8 =
    hasUtf8Bom || declared === null || declared === 'utf-8' || isSingleByte(declared) ? strictUtf8(body) : null;
  if (utf8 !== null) {
    // A single-byte label over bytes that are valid UTF-8 beyond ASCII is a label left over from an old template.
    if (
      declaredLabel !== null &&
      declared !== null &&
      declared !== 'utf-8' &&
      !hasUtf8Bom &&
      /[^\p{ASCII}]/u.test(utf8)
    ) {
      warnings.push(`text is declared ${declaredLabel.toLowerCase()} but is UTF-8; read as UTF-8`);
    }
    return { ok: true, text: utf8, warnings };
  }
  if (declared !== null && declared !== 'utf-8') {
    const text = new TextDecoder(declared).decode(body);
    if (/[^\p{ASCII}]/u.test(text)) warnings.push(`text is not UTF-8; read as ${declared} (declared)`);
    return { ok: true, text, warnings };
  }
  const cut = declared === null || declared === 'utf-8' ? utf8CutShort(body) : null;
  if (cut !== null) {
    warnings.push('text ends inside a UTF-8 character (the file may be cut short)');
    return { ok: true, text: cut, warnings };
  }
  const detected = detectLegacyEncoding(body);
  const said = declared === 'utf-8' ? 'text is declared UTF-8 but is not' : 'text is not UTF-8';
  warnings.push(`${said}; read as ${detected} (detected)`);
  return { ok: true, text: new TextDecoder(detected).decode(body), warnings };
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-8 whose last character lacks its last bytes: the text of a file cut short, with U+FFFD at its end. */
function utf8CutShort(bytes: Uint8Array): string | null {
  for (let k = 1; k <= 3 && k < bytes.length; k++) {
    const lead = bytes[bytes.length - k] as number;
    if (lead < 0xc0) continue;
    const needs = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (needs <= k) return null;
    const head = strictUtf8(bytes.subarray(0, bytes.length - k));
    return head === null || !/[^\p{ASCII}]/u.test(head) ? null : `${head}\ufffd`;
  }
  return null;
}

/** Encodings where each byte is one character: any byte string decodes, so valid UTF-8 says more than they do. */
function isSingleByte(encoding: string): boolean {
  return /^(windows-\d+|iso-8859-\d+|koi8-[ru]|ibm866|macintosh|x-mac-cyrillic|x-user-defined)$/.test(encoding);
}

/** A byte order mark says nothing about what follows it, so UTF-16 text gets the same binary check as bytes do. */
function utf16(text: string, warnings: string[]): Decoded {
  if (looksBinary(Math.min(text.length, SNIFF_BYTES / 2), (i) => text.charCodeAt(i))) return BINARY;
  return { ok: true, text, warnings };
}

/** Mostly-ASCII UTF-16 shows NUL in every other byte; guess the byte order from which half has them. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** NUL, or many control characters other than tab, form feed and line breaks, mean this is not text. */
function looksBinary(n: number, unitAt: (i: number) => number): boolean {
  let control = 0;
  for (let i = 0; i < n; i++) {
    const unit = unitAt(i);
    if (unit === 0) return true;
    if (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d && unit !== 0x0c) control++;
  }
  return n > 0 && control / n > 0.1;
}
