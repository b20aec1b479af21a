// Reads saved web pages into articles (formats/extracted.ts). A minimal block-text reader for now, which the
// e-mail and MHTML readers use through readHtmlText; the full extractor replaces it.
import { parseHTML } from 'linkedom';
import type { Extraction, FormatReader } from '../extracted';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dt, dd, figcaption';
const SKIP = 'script, style, noscript, template, nav, header, footer, aside, form, button, select';

type Page = ReturnType<typeof parseHTML>['document'];

function meta(document: Page, selector: string): string | null {
  return document.querySelector(selector)?.getAttribute('content')?.trim() || null;
}

/** The title, date, author, link and block text of a page's HTML. */
export async function readHtmlText(html: string, fileName: string, warnings: string[] = []): Promise<Extraction> {
  // linkedom builds no document from markup without a root element (a fragment, plain text, nothing at all).
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`);
  for (const node of document.querySelectorAll(SKIP)) node.remove();
  const paragraphs: string[] = [];
  for (const block of document.querySelectorAll(BLOCKS)) {
    if (block.querySelector(BLOCKS)) continue;
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
  }
  if (paragraphs.length === 0) {
    const body = document.body?.textContent ?? '';
    for (const line of body.split(/\n\s*\n/)) {
      const text = line.replace(/\s+/g, ' ').trim();
      if (text) paragraphs.push(text);
    }
  }
  if (paragraphs.length === 0) return { ok: false, error: `no text found in ${fileName}` };
  const title =
    meta(document, 'meta[property="og:title"]') ??
    (document.querySelector('title')?.textContent?.trim() || null) ??
    (document.querySelector('h1')?.textContent?.trim() || null);
  const dateRaw =
    meta(document, 'meta[property="article:published_time"]') ??
    meta(document, 'meta[name="date"]') ??
    (document.querySelector('time[datetime]')?.getAttribute('datetime') || null);
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ||
    meta(document, 'meta[property="og:url"]');
  return {
    ok: true,
    articles: [
      {
        title,
        dateRaw,
        url: url || null,
        outlet: meta(document, 'meta[property="og:site_name"]'),
        author: meta(document, 'meta[name="author"]'),
        language: document.documentElement?.getAttribute('lang')?.trim() || null,
        paragraphs,
        warnings,
      },
    ],
  };
}

/** Saved pages themselves wait for the full extractor; until then they are listed with this reason. */
export const readHtml: FormatReader = async () => ({ ok: false, error: 'saved web pages are not read yet' });
