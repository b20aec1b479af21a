// Result types of the pure article parser.
import type { ArticleMeta } from '../../src-preload/contract';
import { FORMAT_EXTENSIONS, formatOfFileName } from './formats/format-of';

/** An article as the parser reads it: the fields every article has, its paragraphs and its word count. */
export interface ParsedArticle extends ArticleMeta {
  readonly paragraphs: readonly string[];
  readonly words: number;
}

export type ParseResult =
  | { readonly ok: true; readonly article: ParsedArticle }
  | { readonly ok: false; readonly error: string; readonly hash: string | null };

/** Files larger than this are reported rather than parsed. */
export const DEFAULT_MAX_ARTICLE_BYTES = 8 * 1024 * 1024;

/** File name endings that the library treats as article files: every format's (formats/format-of.ts). */
export const ARTICLE_EXTENSIONS: readonly string[] = FORMAT_EXTENSIONS;

export function isArticleFileName(name: string): boolean {
  return formatOfFileName(name) !== null;
}

export function isMarkdownFileName(name: string): boolean {
  return formatOfFileName(name) === 'markdown';
}
