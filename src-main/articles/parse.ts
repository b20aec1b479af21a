// The article parser: bytes in, an article or a reasoned error out. Pure; never throws on file content.
import type { ArticleFormat } from '../../src-preload/contract';
import { countBidiControls, stripBidiControls } from '../../src-shared/text-safety';
import { decodeArticleBytes } from './decode';
import { collapseSpaces, countWords, parseArticleDate } from './fields';
import { markdownParagraphs, splitFrontMatter } from './front-matter';
import { contentHash } from './hash';
import { articleLanguage } from './language';
import { findOddities } from './oddities';
import { readLibraryFormat, type ArticleFields } from './library-format';
import { readSource } from './source-line';
import { cleanTitle } from './title';
import { DEFAULT_MAX_ARTICLE_BYTES, isMarkdownFileName, type ParsedArticle, type ParseResult } from './types';

export interface ParseOptions {
  /** Used to pick the Markdown reader for .md files. */
  readonly fileName?: string;
  readonly maxBytes?: number;
}

export function parseArticle(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  if (bytes.length > maxBytes) {
    return { ok: false, error: tooLargeMessage(bytes.length, maxBytes), hash: null };
  }
  const hash = contentHash(bytes);
  if (bytes.length === 0) return { ok: false, error: 'empty file', hash };
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error, hash };
  const raw = decoded.text.replace(/^\uFEFF/, '');
  if (!raw.trim()) return { ok: false, error: 'no text: the file holds only blank space', hash };

  const warnings = [...decoded.warnings];
  // Bidi controls could make a title or a paragraph show other words than it holds, here and in every export.
  const controls = countBidiControls(raw);
  const text = controls > 0 ? stripBidiControls(raw) : raw;
  if (controls > 0) {
    warnings.push(
      `${controls} bidirectional control character${controls === 1 ? '' : 's'} removed (they reorder text)`,
    );
  }
  const markdown = options.fileName !== undefined && isMarkdownFileName(options.fileName);
  const fields = (markdown ? readMarkdown(text, warnings) : null) ?? readLibraryFormat(text, markdown);
  return { ok: true, article: finish(fields, hash, warnings, text, markdown ? 'markdown' : 'text') };
}

/** Sizes in the unit a person would use, so a small test limit does not read as "0.0 MB". */
function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLargeMessage(size: number, maxBytes: number): string {
  const [shown, limit] = [sizeLabel(size), sizeLabel(maxBytes)];
  // Just over the limit both round alike ("8.0 MB (the limit is 8.0 MB)"); exact counts then say why.
  if (shown === limit) return `file too large: ${size} bytes (the limit is ${maxBytes} bytes)`;
  return `file too large: ${shown} (the limit is ${limit})`;
}

/** What front matter may say beyond the library format's fields: who wrote it, where, in what language. */
interface MarkdownFields extends ArticleFields {
  readonly author?: string | null;
  readonly outlet?: string | null;
  readonly language?: string | null;
}

/** Front matter fields over a Markdown body; null sends the file to the library-format reader. */
function readMarkdown(text: string, warnings: string[]): MarkdownFields | null {
  const doc = splitFrontMatter(text);
  if (!doc) return null;
  if (!doc.closed) warnings.push('front matter is not closed by a "---" line');
  const { paragraphs, firstHeading } = markdownParagraphs(doc.body);
  // An empty "title:" is as good as none: the first heading may still name the article.
  let title = doc.fields.get('title') || null;
  if (title === null && firstHeading !== null) title = firstHeading;
  else if (firstHeading !== null && cleanTitle(firstHeading).title !== cleanTitle(title ?? '').title) {
    paragraphs.unshift(firstHeading);
  }
  if (title === null) title = paragraphs.shift() ?? '';
  const dateRaw = doc.fields.get('date') || doc.fields.get('published') || null;
  const sourceRaw = doc.fields.get('url') || doc.fields.get('source') || doc.fields.get('link') || null;
  const field = (...names: string[]): string | null =>
    names.map((name) => collapseSpaces(doc.fields.get(name) ?? '')).find(Boolean) ?? null;
  return {
    title,
    dateRaw,
    sourceRaw,
    paragraphs,
    author: field('author', 'byline', 'by'),
    outlet: field('outlet', 'site', 'site_name', 'publication', 'publisher'),
    language: field('lang', 'language'),
  };
}

function finish(
  fields: MarkdownFields,
  hash: string,
  warnings: string[],
  text: string,
  format: ArticleFormat,
): ParsedArticle {
  const { title: cleaned, hadMarkup } = cleanTitle(fields.title ?? '');
  if (hadMarkup) warnings.push('markup removed from the title');
  let title = cleaned;
  if (!title) {
    title = 'Untitled';
    warnings.push('no title line');
  }
  if (title.length > 400) warnings.push('the title line is unusually long');

  let date: string | null = null;
  if (fields.dateRaw === null) warnings.push('no date line');
  else {
    date = parseArticleDate(fields.dateRaw.trim());
    if (date === null) warnings.push(`date "${fields.dateRaw}" is not a valid YYYYMMDD date`);
  }

  const source = fields.sourceRaw === null ? null : readSource(fields.sourceRaw);
  if (source === null) warnings.push('no source URL line');
  else if (source.warning !== null) warnings.push(source.warning);

  return {
    title,
    date,
    dateRaw: fields.dateRaw,
    url: source?.url ?? null,
    source: source?.source ?? null,
    domain: source?.domain ?? null,
    outlet: fields.outlet ?? null,
    author: fields.author ?? null,
    language: articleLanguage(fields.paragraphs, fields.language ?? null),
    format,
    paragraphs: fields.paragraphs,
    words: countWords(fields.paragraphs),
    hash,
    warnings,
    // An empty body is one of these (said once, here, rather than also as a warning).
    oddities: findOddities({ text, paragraphs: fields.paragraphs }),
  };
}
