// Reads single-file web pages (MHTML, .mhtml/.mht) into articles: the archive's root HTML page, in its charset,
// through the page reader; the address it was saved from stands in for a missing canonical link.
import { decodeText } from '../../decode';
import type { FormatReader } from '../extracted';
import { decodeWords, header } from '../mime/headers';
import { parseMime, type MimeEntity } from '../mime/parse-mime';
import { readHtmlText } from './read-html';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const WEB_ADDRESS = /^https?:\/\//i;

/** The page of a multipart/related archive: the part its "start" names, else its first HTML part (RFC 2557). */
function rootPage(root: MimeEntity): MimeEntity | null {
  if (HTML_TYPES.has(root.type)) return root;
  if (!root.type.startsWith('multipart/')) return null;
  const start = root.params.get('start');
  const named = start ? root.parts.find((part) => header(part.headers, 'content-id') === start) : undefined;
  if (named) return HTML_TYPES.has(named.type) ? named : rootPage(named);
  for (const part of root.parts) {
    const page = rootPage(part);
    if (page) return page;
  }
  return null;
}

/** The charset a page's own <meta> declares, from its first bytes (as browsers pre-scan them). */
function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  return /<meta\s[^>]*charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

export const readMhtml: FormatReader = async ({ bytes, fileName }) => {
  const root = parseMime(bytes);
  const page = rootPage(root);
  if (page === null) {
    const what = root.headers.size === 0 ? 'no MIME header' : `a ${root.type} message`;
    return { ok: false, error: `not a single-file web page: ${what} without an HTML page` };
  }
  const decoded = decodeText(page.body, { declared: page.params.get('charset') ?? metaCharset(page.body) });
  if (!decoded.ok) return { ok: false, error: `the saved page is not text: ${decoded.error}` };
  const extraction = await readHtmlText(decoded.text.replace(/^\uFEFF/, ''), fileName, [...decoded.warnings]);
  if (!extraction.ok) return extraction;
  const location = [
    header(page.headers, 'content-location'),
    header(root.headers, 'snapshot-content-location'),
    header(root.headers, 'content-location'),
  ].find((value) => value !== null && WEB_ADDRESS.test(value.trim()));
  const subject = header(root.headers, 'subject');
  return {
    ok: true,
    articles: extraction.articles.map((article) => ({
      ...article,
      url: article.url ?? location?.trim() ?? null,
      title: article.title ?? (subject === null ? null : decodeWords(subject)),
    })),
  };
};
