// Which format a file is read as, from its name's ending.
import type { ArticleFormat } from '../../../src-preload/contract';

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

/** Formats whose files hold one article each as text the page could show as is. */
export function isPlainTextFormat(format: ArticleFormat): boolean {
  return format === 'text' || format === 'markdown';
}
