// Each format's reader, by format: the one place that knows which module reads which kind of file.
import type { ArticleFormat } from '../../../src-preload/contract';
import { readDocx } from './docx/read-docx';
import { readEml } from './eml/read-eml';
import type { FormatReader } from './extracted';
import { readFeed } from './feed/read-feed';
import { readHtml } from './html/read-html';
import { readMhtml } from './html/read-mhtml';
import { readPdf } from './pdf/read-pdf';

/** Readers of the formats that are not plain text (parse.ts reads text and Markdown itself). */
export const FORMAT_READERS: Readonly<Record<Exclude<ArticleFormat, 'text' | 'markdown'>, FormatReader>> = {
  html: readHtml,
  mhtml: readMhtml,
  pdf: readPdf,
  docx: readDocx,
  eml: readEml,
  feed: readFeed,
};
