// Which names in the library folder are looked at: no hidden files, no editors' temp files.
import { isArticleFileName } from '../articles/types';

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

/** An id the scanner could list: an article name, with no hidden or temporary folder on the way to it. */
export function isCandidateArticleId(id: string): boolean {
  const parts = id.split('/');
  const name = parts.pop() ?? '';
  return isCandidateArticle(name) && parts.every((part) => part !== '' && !isHiddenOrTemp(part));
}
