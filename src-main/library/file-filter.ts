// Which names in the library folder are looked at: every format the library reads (formats/format-of.ts),
// no hidden files, no editors' temp files.
import { isArticleFileName } from '../articles/types';
import { splitArticleId } from './article-ids';

const TEMP_PATTERNS: readonly RegExp[] = [
  /^~\$/, // Office lock files
  /~$/, // Emacs and many editors' backups
  /^#.*#$/, // Emacs autosave
  /\.(swp|swo|swx|tmp|temp|bak|part|crdownload|download)$/i,
];

export function isHiddenOrTemp(name: string): boolean {
  return name.startsWith('.') || TEMP_PATTERNS.some((pattern) => pattern.test(name));
}

export function isCandidateArticle(name: string): boolean {
  return !isHiddenOrTemp(name) && isArticleFileName(name);
}

/** A file id the scanner could list: an article file's name, with no hidden or temporary folder on the way. */
export function isCandidateFileId(id: string): boolean {
  const parts = id.split('/');
  const name = parts.pop() ?? '';
  return isCandidateArticle(name) && parts.every((part) => part !== '' && !isHiddenOrTemp(part));
}

/** An article id the library could list: a candidate file's id, or an item of a candidate feed file. */
export function isCandidateArticleId(id: string): boolean {
  return isCandidateFileId(splitArticleId(id).fileId);
}
