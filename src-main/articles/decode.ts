// Turns a file's bytes into text: BOMs, UTF-16, UTF-8, and a Windows-1252 fallback; spots binary data.

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly error: string };

const SNIFF_BYTES = 8192;
const BINARY: Decoded = { ok: false, error: 'binary file: not text' };

export function decodeArticleBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return utf16(new TextDecoder('utf-16le').decode(bytes.subarray(2)), []);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return utf16(new TextDecoder('utf-16be').decode(bytes.subarray(2)), []);
  }
  const bomless = utf16WithoutBom(bytes);
  if (bomless) {
    const warning = `text is ${bomless.toUpperCase()} without a byte order mark`;
    return utf16(new TextDecoder(bomless).decode(bytes), [warning]);
  }
  const hasUtf8Bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  if (looksBinary(Math.min(body.length, SNIFF_BYTES), (i) => body[i] as number)) return BINARY;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), warnings: [] };
  } catch {
    return {
      ok: true,
      text: new TextDecoder('windows-1252').decode(body),
      warnings: ['text is not valid UTF-8; read as Windows-1252'],
    };
  }
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
