// Reads saved web pages (.html, .htm) into articles (formats/extracted.ts): the bytes decoded as the page
// declares, the metadata the page gives, the body Readability finds.
import type { Extraction, FormatReader } from '../extracted';
import { chooseFields } from './article-fields';
import { withoutBoilerplate } from './boilerplate';
import { decodeHtmlBytes } from './decode-html';
import { extractBody } from './extract-body';
import { readPageMetadata } from './page-metadata';
import { parsePage } from './parse-page';

export { decodeHtmlBytes } from './decode-html';

/** An already decoded page (a saved page's text, an MHTML part, an e-mail's HTML body) into its article. */
export async function readHtmlText(html: string, _fileName: string, warnings: string[] = []): Promise<Extraction> {
  const document = parsePage(html);
  const metadata = readPageMetadata(document);
  const body = extractBody(document);
  if (body.paragraphs.length === 0) return { ok: false, error: 'no article text found in the page' };
  const fields = chooseFields(metadata, body.fields, body.time);
  const paragraphs = withoutBoilerplate(body.paragraphs, fields);
  return { ok: true, articles: [{ ...fields, paragraphs, warnings }] };
}

export const readHtml: FormatReader = async ({ bytes, fileName }) => {
  const decoded = decodeHtmlBytes(bytes);
  return readHtmlText(decoded.text, fileName, [...decoded.warnings]);
};
