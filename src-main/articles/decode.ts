// Turns a file's bytes into text: BOMs, UTF-16, UTF-8, and a Windows-1252 fallback; spots binary data.

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly error: string };

const SNIFF_BYTES = 8192;

export function decodeArticleBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  }
  const bomless = utf16WithoutBom(bytes);
  if (bomless) {
    return {
      ok: true,
      text: new TextDecoder(bomless).decode(bytes),
      warnings: [`text is ${bomless.toUpperCase()} without a byte order mark`],
    };
  }
  const hasUtf8Bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) {
    return { ok: false, error: 'binary file: not text' };
  }
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

/** NUL bytes, or many control characters other than tab and line breaks, mean this is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n > 0 && control / n > 0.1;
}
