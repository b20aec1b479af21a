// Which format a file is read as, from its name's ending (the table is src-shared/file-formats.ts, which the
// page shares).
import type { ArticleFormat } from '../../../src-preload/contract';

import { formatOfFileName } from '../../../src-shared/file-formats';

export { FORMAT_EXTENSIONS, formatOfFileName } from '../../../src-shared/file-formats';

/** Formats whose files hold one article each as text the page could show as is. */
export function isPlainTextFormat(format: ArticleFormat): boolean {
  return format === 'text' || format === 'markdown';
}

/** Whether a file of this name is read as plain text (a name of no known format is read as text too). */
export function isPlainTextFile(name: string): boolean {
  return isPlainTextFormat(formatOfFileName(name) ?? 'text');
}
