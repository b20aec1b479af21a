// Any library file's bytes in, its articles out (one, or a feed's many) or a reasoned error: the format is
// told by the name's ending; text and Markdown go to parse.ts, the rest to their format's reader.
import { contentHash } from '../hash';
import { parseArticle, tooLargeMessage } from '../parse';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../types';
import { finishExtracted, type FinishedArticle } from './finish-extracted';
import { formatOfFileName } from './format-of';
import { FORMAT_READERS } from './registry';
import type { ArticleFormat } from '../../../src-preload/contract';

export type FileParseResult =
  | { readonly ok: true; readonly articles: readonly FinishedArticle[] }
  | { readonly ok: false; readonly error: string; readonly hash: string | null };

export interface FileParseOptions {
  readonly fileName: string;
  /** The library's limit for a text article; richer formats are allowed this many times more (SIZE_FACTOR). */
  readonly maxBytes?: number;
}

/** A PDF or a saved page carries much besides its text (fonts, images, markup). */
const SIZE_FACTOR: Readonly<Record<ArticleFormat, number>> = {
  text: 1,
  markdown: 1,
  html: 4,
  mhtml: 8,
  pdf: 16,
  docx: 8,
  eml: 8,
  feed: 4,
};

/** The largest file of this format the library reads, given its limit for a text article. */
export function maxBytesFor(format: ArticleFormat, maxBytes: number): number {
  return maxBytes * SIZE_FACTOR[format];
}

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
    extraction = await FORMAT_READERS[format]({ bytes, fileName: options.fileName });
  } catch (error) {
    // Readers should not throw on content; one that does still leaves a reason beside the file.
    return { ok: false, error: `could not be read: ${error instanceof Error ? error.message : String(error)}`, hash };
  }
  if (!extraction.ok) return { ok: false, error: extraction.error, hash };
  if (extraction.articles.length === 0) return { ok: false, error: 'no article found in the file', hash };
  return { ok: true, articles: extraction.articles.map((article) => finishExtracted(article, hash, format)) };
}
