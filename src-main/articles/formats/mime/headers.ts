// MIME header fields: unfolding, RFC 2047 encoded words, parameters (RFC 2231 too), and mail addresses.
import { decodeText } from '../../decode';
import { decodeBase64, decodeQuotedPrintable } from './transfer';

/** Header fields by lower-case name, each with every value it was given, in order. */
export type Headers = ReadonlyMap<string, readonly string[]>;

/** Reads a header block (bytes as Latin-1 characters): folded lines are joined, lines without a colon skipped. */
export function parseHeaders(block: string): Headers {
  const fields = new Map<string, string[]>();
  const unfolded = block.replace(/\r?\n(?=[ \t])/g, '');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!/^[\x21-\x39\x3b-\x7e]+$/.test(name)) continue;
    const list = fields.get(name) ?? [];
    list.push(line.slice(colon + 1).trim());
    fields.set(name, list);
  }
  return fields;
}

export function header(headers: Headers, name: string): string | null {
  return headers.get(name)?.[0] ?? null;
}

/** Raw 8-bit header bytes (Latin-1 characters here) as text: UTF-8 when they are, else detected. */
function eightBit(value: string): string {
  if (!/[\x80-\xff]/.test(value)) return value;
  const decoded = decodeText(Uint8Array.from(value, (ch) => ch.charCodeAt(0)));
  return decoded.ok ? decoded.text : value;
}

const WORD = /=\?([^?\s]+)\?([bq])\?([^?\s]*)\?=/gi;

/**
 * "=?charset?B|Q?text?=" words decoded. White space between two encoded words is dropped, as RFC 2047 says, and
 * adjacent words in one charset are decoded together: senders split multi-byte characters between them.
 */
export function decodeWords(value: string): string {
  let out = '';
  let last = 0;
  const run: { charset: string | null; bytes: number[] } = { charset: null, bytes: [] };
  const flush = (): void => {
    if (run.charset !== null) out += textOf(Uint8Array.from(run.bytes), run.charset);
    run.charset = null;
    run.bytes = [];
  };
  for (const m of value.matchAll(WORD)) {
    const between = value.slice(last, m.index);
    if (run.charset === null || /\S/.test(between)) {
      flush();
      out += eightBit(between);
    }
    // RFC 2231 lets a charset carry a language: "utf-8*en".
    const charset = (m[1] ?? '').replace(/\*.*$/, '').toLowerCase();
    const bytes = wordBytes(m[2] ?? 'q', m[3] ?? '');
    if (run.charset !== charset) flush();
    run.charset = charset;
    run.bytes.push(...bytes);
    last = m.index + m[0].length;
  }
  flush();
  return out + eightBit(value.slice(last));
}

function wordBytes(kind: string, text: string): Uint8Array {
  if (kind.toLowerCase() === 'b') return decodeBase64(text);
  return decodeQuotedPrintable(text.replace(/_/g, ' '), true);
}

function textOf(bytes: Uint8Array, charset: string): string {
  const decoded = decodeText(bytes, { declared: charset });
  return decoded.ok ? decoded.text : '';
}

export interface HeaderValue {
  /** The value before the first ";", lower case ("text/html", "attachment"). */
  readonly value: string;
  /** Parameters by lower-case name, RFC 2231 continuations and charsets resolved. */
  readonly params: ReadonlyMap<string, string>;
}

/** Splits `text/plain; charset="koi8-r"; format=flowed` into its value and parameters. */
export function parseHeaderValue(raw: string | null): HeaderValue {
  const params = new Map<string, string>();
  if (raw === null) return { value: '', params };
  const pieces = splitParams(raw);
  const value = (pieces.shift() ?? '').trim().toLowerCase();
  const extended = new Map<string, { charset: string; parts: Map<number, string>; encoded: boolean }>();
  for (const piece of pieces) {
    const eq = piece.indexOf('=');
    if (eq < 0) continue;
    const name = piece.slice(0, eq).trim().toLowerCase();
    let text = piece.slice(eq + 1).trim();
    if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) {
      text = text.slice(1, -1).replace(/\\(.)/g, '$1');
    }
    const m = /^([^*]+)(?:\*(\d+))?(\*)?$/.exec(name);
    if (!m || (m[2] === undefined && m[3] === undefined)) {
      params.set(name, decodeWords(text));
      continue;
    }
    const base = m[1] ?? name;
    const entry = extended.get(base) ?? { charset: 'utf-8', parts: new Map<number, string>(), encoded: false };
    const index = Number(m[2] ?? 0);
    if (m[3] !== undefined) {
      entry.encoded = true;
      if (index === 0) {
        const q = /^([^']*)'[^']*'(.*)$/.exec(text);
        if (q) {
          entry.charset = q[1] || 'utf-8';
          text = q[2] ?? '';
        }
      }
    }
    entry.parts.set(index, text);
    extended.set(base, entry);
  }
  for (const [name, entry] of extended) {
    const joined = [...entry.parts.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([, part]) => part)
      .join('');
    const bytes = entry.encoded ? percentBytes(joined) : Uint8Array.from(joined, (ch) => ch.charCodeAt(0) & 0xff);
    params.set(name, textOf(bytes, entry.charset));
  }
  return { value, params };
}

function percentBytes(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '%' && /^[0-9a-f]{2}$/i.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(text.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(out);
}

/** Splits on ";" outside quotes. */
function splitParams(raw: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] as string;
    if (ch === '\\' && quoted) {
      current += ch + (raw[i + 1] ?? '');
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
      current += ch;
    } else if (ch === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

export interface Mailbox {
  readonly name: string | null;
  readonly address: string | null;
}

/** The first mailbox of an address header: `"Name" <a@b>`, `Name <a@b>`, `a@b (Name)` or `a@b`. */
export function parseMailbox(raw: string | null): Mailbox | null {
  if (raw === null) return null;
  const value = decodeWords(raw).trim();
  if (!value) return null;
  const angle = /^(.*?)<([^<>]*)>/.exec(value);
  if (angle) {
    const name = unquote(angle[1] ?? '');
    return { name: name || null, address: (angle[2] ?? '').trim() || null };
  }
  const comment = /^([^\s(]+@[^\s(]+)\s*\(([^)]*)\)/.exec(value);
  if (comment) return { name: unquote(comment[2] ?? '') || null, address: comment[1] ?? null };
  const first = value.split(',')[0]?.trim() ?? '';
  return first.includes('@') ? { name: null, address: first } : { name: unquote(first) || null, address: null };
}

function unquote(text: string): string {
  const t = text.trim();
  return (t.startsWith('"') && t.endsWith('"') && t.length >= 2 ? t.slice(1, -1).replace(/\\(.)/g, '$1') : t).trim();
}
