// Which format a file is read as, from its name's ending (the table is src-shared/file-formats.ts, which the
// page shares).
import type { ArticleFormat } from '../../../src-preload/contract';

export { FORMAT_EXTENSIONS, formatOfFileName } from '../../../src-shared/file-formats';

/** Formats whose files hold one article each as text the page could show as is. */
export function isPlainTextFormat(format: ArticleFormat): boolean {
  return format === 'text' || format === 'markdown';
}
