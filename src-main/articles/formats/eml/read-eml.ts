// Reads e-mails (.eml) into articles (formats/extracted.ts): the subject as title, the Date header, the sender as
// author, and the body's text (HTML through the page reader, else plain), attachments named in a warning.
import { readHtmlText } from '../html/read-html';
import type { ExtractedArticle, FormatReader } from '../extracted';
import { decodeWords, header, parseMailbox } from '../mime/headers';
import { parseMime } from '../mime/parse-mime';
import { mailBody, type BodyBlock } from './mail-body';
import { plainParagraphs } from './plain-text';

/** A message has at least one of these; a file with none is not an e-mail. */
const MAIL_FIELDS = ['from', 'subject', 'date', 'message-id', 'mime-version', 'received', 'to'];

/** "Fwd: Fw: Re:" and their translations, before a forwarded article's own title. */
const REPLY_PREFIX = /^(?:\s*(?:fwd?|re|aw|wg|tr|sv|vs|rv|odp|pd|ynt|ant|enc|doorst)\s*(?:\[\d+\])?\s*:\s*)+/i;

/** The HTML alternative wins unless it holds much less text than the plain one (an image-only mail). */
const HTML_SHARE = 0.5;

const ADDRESS_LINK = /^https?:\/\//i;

export const readEml: FormatReader = async ({ bytes, fileName }) => {
  const root = parseMime(bytes);
  if (!MAIL_FIELDS.some((name) => root.headers.has(name))) {
    return { ok: false, error: 'not an e-mail: no message header fields (From, Subject, Date …)' };
  }
  const body = mailBody(root);
  const warnings = [...body.warnings];
  const paragraphs: string[] = [];
  for (const block of body.blocks) paragraphs.push(...(await blockParagraphs(block, fileName, warnings)));
  if (body.attachments.length > 0) {
    const n = body.attachments.length;
    warnings.push(`${n} attachment${n === 1 ? '' : 's'} not opened: ${body.attachments.join(', ')}`);
  }
  const subject = header(root.headers, 'subject');
  const from = parseMailbox(header(root.headers, 'from'));
  const base = header(root.headers, 'content-base') ?? header(root.headers, 'content-location');
  return {
    ok: true,
    articles: [
      {
        title: subject === null ? null : decodeWords(subject).replace(REPLY_PREFIX, '').trim() || null,
        dateRaw: header(root.headers, 'date'),
        url: base !== null && ADDRESS_LINK.test(base.trim()) ? base.trim() : null,
        outlet: null,
        author: from?.name ?? from?.address ?? null,
        language: header(root.headers, 'content-language'),
        paragraphs,
        warnings,
      },
    ],
  };
};

/** The page reader's article from an HTML body, or null when it finds none (or fails on broken markup). */
async function htmlArticle(html: string, fileName: string): Promise<ExtractedArticle | null> {
  try {
    const extraction = await readHtmlText(html, fileName, []);
    return extraction.ok ? (extraction.articles[0] ?? null) : null;
  } catch {
    return null;
  }
}

function size(list: readonly string[]): number {
  return list.reduce((sum, p) => sum + p.length, 0);
}

async function blockParagraphs(block: BodyBlock, fileName: string, warnings: string[]): Promise<string[]> {
  if (block.kind === 'lines') return [...block.lines];
  const plain = block.plain === null ? [] : plainParagraphs(block.plain, block.flowed);
  if (block.html === null) return plain;
  const article = await htmlArticle(block.html, fileName);
  const html = article ? [...article.paragraphs] : plainParagraphs(block.html.replace(/<[^>]*>/g, ' '), false);
  if (plain.length > 0 && size(html) < size(plain) * HTML_SHARE) {
    warnings.push('the HTML body holds little text; the plain-text body is read instead');
    return plain;
  }
  for (const warning of article?.warnings ?? []) if (!warnings.includes(warning)) warnings.push(warning);
  return html;
}
