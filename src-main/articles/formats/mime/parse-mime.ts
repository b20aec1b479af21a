// A MIME message (an e-mail, an MHTML page) as a tree of entities: headers, type, and transfer-decoded bodies.
import { decodeText } from '../../decode';
import { header, parseHeaders, parseHeaderValue, type Headers } from './headers';
import { decodeTransfer } from './transfer';

export interface MimeEntity {
  readonly headers: Headers;
  /** Lower case; "text/plain" when the entity does not say (RFC 2045). */
  readonly type: string;
  readonly params: ReadonlyMap<string, string>;
  /** "inline", "attachment", or "" when the entity does not say. */
  readonly disposition: string;
  /** The attachment's file name (Content-Disposition filename, else Content-Type name), decoded. */
  readonly filename: string | null;
  /** The parts of a multipart entity, or the one message a message/rfc822 entity holds. */
  readonly parts: readonly MimeEntity[];
  /** The body with its transfer encoding undone; empty for a multipart entity. */
  readonly body: Uint8Array;
}

/** Nesting deeper than this, or more parts than that, is not a message anyone wrote by hand or by mail client. */
const MAX_DEPTH = 24;
const MAX_PARTS = 5000;

/** Parses a whole message; never throws on its content, however damaged. */
export function parseMime(bytes: Uint8Array): MimeEntity {
  const counter = { parts: 0 };
  return entity(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), 0, counter);
}

function splitHead(raw: string): { head: string; body: string } {
  // A message that opens with a line that is no header field has no header block.
  if (!/^[\x21-\x39\x3b-\x7e]+:/.test(raw)) return { head: '', body: raw.replace(/^\r?\n/, '') };
  const m = /\r?\n\r?\n/.exec(raw);
  if (!m) return { head: raw, body: '' };
  return { head: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) };
}

function entity(raw: string, depth: number, counter: { parts: number }): MimeEntity {
  counter.parts++;
  const { head, body } = splitHead(raw);
  const headers = parseHeaders(head);
  const contentType = parseHeaderValue(header(headers, 'content-type'));
  const type = /^[\w.+-]+\/[\w.+-]+$/.test(contentType.value) ? contentType.value : 'text/plain';
  const disposition = parseHeaderValue(header(headers, 'content-disposition'));
  const filename = disposition.params.get('filename') ?? contentType.params.get('name') ?? null;
  const common = { headers, type, params: contentType.params, disposition: disposition.value, filename };
  const boundary = contentType.params.get('boundary');
  const deeper = depth < MAX_DEPTH && counter.parts < MAX_PARTS;
  if (type.startsWith('multipart/') && boundary && deeper) {
    const parts = splitMultipart(body, boundary).map((part) => entity(part, depth + 1, counter));
    return { ...common, parts, body: new Uint8Array(0) };
  }
  const decoded = decodeTransfer(body, header(headers, 'content-transfer-encoding') ?? '7bit');
  if ((type === 'message/rfc822' || type === 'message/global') && deeper) {
    const inner = Buffer.from(decoded.buffer, decoded.byteOffset, decoded.byteLength).toString('latin1');
    return { ...common, parts: [entity(inner, depth + 1, counter)], body: decoded };
  }
  return { ...common, parts: [], body: decoded };
}

/** The parts between "--boundary" lines; a missing closing line ends the last part at the end of the body. */
function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let start = -1;
  let at = body.startsWith(delimiter) ? 0 : body.indexOf(`\n${delimiter}`);
  while (at >= 0) {
    const lineStart = body[at] === '\n' ? at + 1 : at;
    const after = lineStart + delimiter.length;
    const closing = body.startsWith('--', after);
    const rest = /^[ \t]*(\r?\n|$)/.exec(body.slice(after + (closing ? 2 : 0), after + 200));
    if (rest) {
      if (start >= 0) parts.push(body.slice(start, body[at - 1] === '\r' ? at - 1 : at));
      if (closing) return parts;
      start = after + rest[0].length;
    }
    at = body.indexOf(`\n${delimiter}`, after);
  }
  if (start >= 0) parts.push(body.slice(start));
  return parts;
}

export interface PartText {
  readonly text: string;
  readonly warnings: readonly string[];
}

/** A text part's characters, read in the charset it declares (else detected); null when it is binary. */
export function partText(part: MimeEntity): PartText | null {
  const decoded = decodeText(part.body, { declared: part.params.get('charset') ?? null });
  return decoded.ok ? { text: decoded.text.replace(/^\uFEFF/, ''), warnings: decoded.warnings } : null;
}

/** Every entity of the tree, depth first, the root first. */
export function* walk(root: MimeEntity): Generator<MimeEntity> {
  yield root;
  for (const part of root.parts) yield* walk(part);
}
