// Which files the library reads, by their name's ending, and how large a file of each kind may be: shared
// by main (which reads them) and the page (which refuses a file too large by its size before reading it).
import type { ArticleFormat } from '../src-preload/contract';

const BY_EXTENSION: ReadonlyMap<string, ArticleFormat> = new Map([
  ['.txt', 'text'],
  ['.text', 'text'],
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.xhtml', 'html'],
  ['.mhtml', 'mhtml'],
  ['.mht', 'mhtml'],
  ['.pdf', 'pdf'],
  ['.docx', 'docx'],
  ['.eml', 'eml'],
  ['.rss', 'feed'],
  ['.atom', 'feed'],
  ['.xml', 'feed'],
]);

/** Every file name ending the library reads, lower case, with its dot. */
export const FORMAT_EXTENSIONS: readonly string[] = [...BY_EXTENSION.keys()];

/** The format of a file by its name, null when the library does not read such files. */
export function formatOfFileName(name: string): ArticleFormat | null {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null;
  return BY_EXTENSION.get(name.slice(dot).toLowerCase()) ?? null;
}

/**
 * How many times the limit for a text article a file of each format may be: a PDF or a saved page carries
 * much besides its text (fonts, images, markup).
 */
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

/** The largest file of this name the library reads (a name it does not read: the text limit). */
export function maxBytesForFile(name: string, maxBytes: number): number {
  return maxBytesFor(formatOfFileName(name) ?? 'text', maxBytes);
}

/** The formats a file dialog offers, each with its name and endings (without dots). */
export const FORMAT_GROUPS: readonly { readonly name: string; readonly extensions: readonly string[] }[] = [
  { name: 'Text and Markdown', extensions: ['txt', 'text', 'md', 'markdown'] },
  { name: 'Web pages', extensions: ['html', 'htm', 'xhtml', 'mhtml', 'mht'] },
  { name: 'PDF documents', extensions: ['pdf'] },
  { name: 'Word documents', extensions: ['docx'] },
  { name: 'E-mails', extensions: ['eml'] },
  { name: 'Feeds (RSS, Atom)', extensions: ['rss', 'atom', 'xml'] },
];
