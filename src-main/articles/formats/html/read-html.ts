// Reads saved web pages (.html, .htm) into articles (formats/extracted.ts): the bytes decoded as the page
// declares, the metadata the page gives, the body Readability finds, cleaned of what it leaves around it.
import type { Extraction, FormatReader } from '../extracted';
import { chooseFields } from './article-fields';
import { blockParagraphs } from './block-text';
import { chooseBody } from './body-choice';
import { withoutBoilerplate } from './boilerplate';
import { decodeHtmlBytes } from './decode-html';
import { extractBody } from './extract-body';
import { readPageMetadata } from './page-metadata';
import { prepareForReadability } from './page-prep';
import { parsePage } from './parse-page';

export { decodeHtmlBytes } from './decode-html';

/** Every block of the page but its menus and banners, for a page Readability finds no article in. */
function wholePageText(html: string): string[] {
  const dom = parsePage(html);
  prepareForReadability(dom);
  return dom.body === null ? [] : blockParagraphs(dom.body);
}

/** An already decoded page (a saved page's text, an MHTML part, an e-mail's HTML body) into its article. */
export async function readHtmlText(html: string, fileName: string, warnings: string[] = []): Promise<Extraction> {
  try {
    return extract(html, warnings);
  } catch (error) {
    // The parsers take any text; this guards the reader's promise to return a reason, never to throw.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `${fileName} could not be read as a web page: ${reason}` };
  }
}

function extract(html: string, warnings: readonly string[]): Extraction {
  const notes = [...warnings];
  const dom = parsePage(html);
  const metadata = readPageMetadata(dom);
  const body = extractBody(dom);
  const fields = chooseFields(metadata, body.fields, body.time);
  const choice = chooseBody(body.paragraphs, metadata.jsonLd?.articleBody ?? null);
  if (choice.warning !== null) notes.push(choice.warning);
  let paragraphs = withoutBoilerplate(choice.paragraphs, fields);
  if (paragraphs.length === 0) {
    paragraphs = withoutBoilerplate(wholePageText(html), fields);
    if (paragraphs.length > 0) notes.push('no article found in the page: all of its text is kept');
  }
  if (paragraphs.length === 0) return { ok: false, error: 'no text found in the page' };
  return { ok: true, articles: [{ ...fields, paragraphs, warnings: notes }] };
}

export const readHtml: FormatReader = async ({ bytes, fileName }) => {
  const decoded = decodeHtmlBytes(bytes);
  if (decoded.text.includes('\u0000')) return { ok: false, error: 'binary file: not a web page' };
  return readHtmlText(decoded.text, fileName, [...decoded.warnings]);
};
