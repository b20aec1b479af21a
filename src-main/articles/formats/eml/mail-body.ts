// Which parts of a mail make its text: the HTML or plain alternative of each body part, in order, forwarded
// messages with their header lines, and the attachments (named, never opened).
import { decodeWords, header } from '../mime/headers';
import { partText, type MimeEntity } from '../mime/parse-mime';

/** One stretch of the body: a part's HTML and plain alternatives, or lines that stand as they are. */
export type BodyBlock =
  | { readonly kind: 'text'; readonly html: string | null; readonly plain: string | null; readonly flowed: boolean }
  | { readonly kind: 'lines'; readonly lines: readonly string[] };

export interface MailBody {
  readonly blocks: readonly BodyBlock[];
  readonly attachments: readonly string[];
  readonly warnings: readonly string[];
}

export function mailBody(root: MimeEntity): MailBody {
  const acc = { attachments: [] as string[], warnings: [] as string[] };
  const blocks = blocksOf(root, acc, true);
  return { blocks, ...acc };
}

interface Acc {
  attachments: string[];
  warnings: string[];
}

function isAttachment(part: MimeEntity): boolean {
  if (part.disposition === 'attachment') return true;
  const textual = part.type === 'text/plain' || part.type === 'text/html';
  return !textual && !part.type.startsWith('multipart/') && !part.type.startsWith('message/');
}

function attachmentName(part: MimeEntity): string {
  return part.filename?.trim() || `unnamed ${part.type}`;
}

function textOf(part: MimeEntity, acc: Acc): string | null {
  const read = partText(part);
  if (read === null) return null;
  for (const warning of read.warnings) if (!acc.warnings.includes(warning)) acc.warnings.push(warning);
  return read.text;
}

function blocksOf(part: MimeEntity, acc: Acc, root = false): BodyBlock[] {
  if (!root && part.type.startsWith('message/') && part.parts[0]) return forwarded(part.parts[0], acc);
  if (part.type === 'multipart/alternative') return [alternative(part, acc)];
  if (part.type === 'multipart/related') {
    const start = part.params.get('start');
    const main = part.parts.find((p) => start && header(p.headers, 'content-id') === start) ?? part.parts[0];
    return main ? blocksOf(main, acc) : [];
  }
  if (part.type.startsWith('multipart/')) return part.parts.flatMap((p) => blocksOf(p, acc));
  if (part.type.startsWith('message/') && part.parts[0]) return blocksOf(part.parts[0], acc, true);
  if (isAttachment(part)) {
    acc.attachments.push(attachmentName(part));
    return [];
  }
  const text = textOf(part, acc);
  if (text === null) return [];
  const flowed = part.params.get('format')?.toLowerCase() === 'flowed';
  return [
    part.type === 'text/html'
      ? { kind: 'text', html: text, plain: null, flowed }
      : { kind: 'text', html: null, plain: text, flowed },
  ];
}

/** The richest HTML and plain alternatives (last wins, as RFC 2046 orders them); the others' attachments count. */
function alternative(part: MimeEntity, acc: Acc): BodyBlock {
  let html: string | null = null;
  let plain: string | null = null;
  let flowed = false;
  for (const option of part.parts) {
    for (const block of blocksOf(option, acc)) {
      if (block.kind !== 'text') continue;
      if (block.html !== null) html = block.html;
      if (block.plain !== null) {
        plain = block.plain;
        flowed = block.flowed;
      }
    }
  }
  return { kind: 'text', html, plain, flowed };
}

/** A message sent on as an attachment: its header lines as a mail program shows them, then its own body. */
function forwarded(message: MimeEntity, acc: Acc): BodyBlock[] {
  const lines = ['---------- Forwarded message ---------'];
  for (const [label, name] of [
    ['From', 'from'],
    ['Date', 'date'],
    ['Subject', 'subject'],
  ] as const) {
    const value = header(message.headers, name);
    if (value) lines.push(`${label}: ${decodeWords(value)}`);
  }
  return [{ kind: 'lines', lines }, ...blocksOf(message, acc, true)];
}
