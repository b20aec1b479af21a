// Content-Transfer-Encoding: base64 and quoted-printable bodies back to their bytes, forgiving of damage.

/** Base64 to bytes, skipping line breaks and any character outside the alphabet; a cut tail is dropped. */
export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  return new Uint8Array(Buffer.from(clean.slice(0, clean.length - (clean.length % 4 === 1 ? 1 : 0)), 'base64'));
}

/**
 * Quoted-printable (RFC 2045) to bytes: "=XX" escapes, "=" at a line's end joins it to the next. A lone "=" that
 * starts no escape is kept, as mail readers do. Text holds one byte per character (Latin-1).
 */
export function decodeQuotedPrintable(text: string, headerWord = false): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  const body = headerWord ? text : text.replace(/[ \t]+(?=\r?\n)/g, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body.charCodeAt(i);
    if (ch === 0x3d) {
      const hex = body.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out[n++] = parseInt(hex, 16);
        i += 2;
        continue;
      }
      const soft = /^[ \t]*\r?\n/.exec(body.slice(i + 1, i + 40));
      if (soft) {
        i += soft[0].length;
        continue;
      }
      if (i === body.length - 1) continue;
    }
    out[n++] = ch & 0xff;
  }
  return out.subarray(0, n);
}

/** Bytes of a part's body as its Content-Transfer-Encoding says; 7bit, 8bit, binary and unknown ones as is. */
export function decodeTransfer(raw: string, encoding: string): Uint8Array {
  const kind = encoding.trim().toLowerCase();
  if (kind === 'base64') return decodeBase64(raw);
  if (kind === 'quoted-printable') return decodeQuotedPrintable(raw);
  return new Uint8Array(Buffer.from(raw, 'latin1'));
}
