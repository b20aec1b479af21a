// Any library file's bytes in, its articles out (one, or a feed's many) or a reasoned error: the format is
// told by the name's ending; text and Markdown go to parse.ts, the rest to their format's reader.
import { contentHash } from '../hash';
import { parseArticle, tooLargeMessage } from '../parse';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../types';
import type { ExtractedArticle } from './extracted';
import { finishExtracted, type FinishedArticle } from './finish-extracted';
import { formatOfFileName } from './format-of';
import { maxBytesFor } from '../../../src-shared/file-formats';

export type FileParseResult =
  | { readonly ok: true; readonly articles: readonly FinishedArticle[] }
  | { readonly ok: false; readonly error: string; readonly hash: string | null };

export interface FileParseOptions {
  readonly fileName: string;
  /** The library's limit for a text article; richer formats are allowed a multiple (src-shared/file-formats.ts). */
  readonly maxBytes?: number;
}

export { maxBytesFor, maxBytesForFile } from '../../../src-shared/file-formats';

export async function parseFile(bytes: Uint8Array, options: FileParseOptions): Promise<FileParseResult> {
  const format = formatOfFileName(options.fileName) ?? 'text';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  if (format === 'text' || format === 'markdown') {
    const result = parseArticle(bytes, { fileName: options.fileName, maxBytes });
    return result.ok ? { ok: true, articles: [result.article] } : result;
  }
  const limit = maxBytesFor(format, maxBytes);
  if (bytes.length > limit) return { ok: false, error: tooLargeMessage(bytes.length, limit), hash: null };
  const hash = contentHash(bytes);
  if (bytes.length === 0) return { ok: false, error: 'empty file', hash };
  let extraction;
  try {
    // Loaded at the first file that needs a reader: a library of text never loads pdf.js and the rest.
    const { FORMAT_READERS } = await import('./registry');
    extraction = await FORMAT_READERS[format]({ bytes, fileName: options.fileName });
  } catch (error) {
    // Readers should not throw on content; one that does still leaves a reason beside the file.
    return { ok: false, error: `could not be read: ${error instanceof Error ? error.message : String(error)}`, hash };
  }
  if (!extraction.ok) return { ok: false, error: extraction.error, hash };
  if (extraction.articles.length === 0) return { ok: false, error: 'no article found in the file', hash };
  return {
    ok: true,
    articles: extraction.articles.map((article) =>
      finishExtracted(article, article.itemKey === undefined ? hash : itemHash(article), format),
    ),
  };
}

/**
 * A feed item's hash is that of its own content, not of the file: the same item saved in another feed file
 * (or the file renamed, or saved again with other items) keeps it, so a duplicate, a rename and the library's
 * identity are told item by item. Its content: its key and the fields read from it, in a fixed order.
 */
export function itemHash(article: ExtractedArticle): string {
  const { itemKey, title, dateRaw, url, author, paragraphs } = article;
  return contentHash(new TextEncoder().encode(JSON.stringify([itemKey, title, dateRaw, url, author, paragraphs])));
}
