// The article parser: bytes in, an article or a reasoned error out. Pure; never throws on file content.
import { decodeArticleBytes } from './decode';
import {
  cleanTitle,
  collapseSpaces,
  countWords,
  domainOf,
  looksLikeDateLine,
  looksLikeUrl,
  normaliseUrl,
  parseArticleDate,
} from './fields';
import { markdownParagraphs, splitFrontMatter } from './front-matter';
import { contentHash } from './hash';
import { DEFAULT_MAX_ARTICLE_BYTES, isMarkdownFileName, type ParsedArticle, type ParseResult } from './types';

export interface ParseOptions {
  /** Used to pick the Markdown reader for .md files. */
  readonly fileName?: string;
  readonly maxBytes?: number;
}

interface Fields {
  title: string | null;
  dateRaw: string | null;
  urlRaw: string | null;
  paragraphs: string[];
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
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (!text.trim()) return { ok: false, error: 'no text: the file holds only blank space', hash };

  const warnings = [...decoded.warnings];
  const markdown = options.fileName !== undefined && isMarkdownFileName(options.fileName);
  const fields = (markdown ? readMarkdown(text, warnings) : null) ?? readLibraryFormat(text);
  return { ok: true, article: finish(fields, hash, warnings) };
}

const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1);

export function tooLargeMessage(size: number, maxBytes: number): string {
  return `file too large: ${mb(size)} MB (the limit is ${mb(maxBytes)} MB)`;
}

/** title / date / URL / one paragraph per line, tolerating a missing date or URL line. */
function readLibraryFormat(text: string): Fields {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map(collapseSpaces)
    .filter((line) => line.length > 0);
  const title = (lines.shift() ?? '').replace(/^#{1,6}\s+/, '');
  let dateRaw: string | null = null;
  let urlRaw: string | null = null;
  const second = lines[0];
  if (second !== undefined && looksLikeDateLine(second)) {
    dateRaw = second;
    lines.shift();
  }
  const third = lines[0];
  if (third !== undefined && looksLikeUrl(third)) {
    urlRaw = third;
    lines.shift();
  }
  return { title, dateRaw, urlRaw, paragraphs: lines };
}

/** Front matter fields over a Markdown body; null sends the file to the library-format reader. */
function readMarkdown(text: string, warnings: string[]): Fields | null {
  const doc = splitFrontMatter(text);
  if (!doc) {
    if (/^---[ \t]*(\r\n|\r|\n)/.test(text)) warnings.push('front matter is not closed by a "---" line');
    return null;
  }
  const { paragraphs, firstHeading } = markdownParagraphs(doc.body);
  let title = doc.fields.get('title') ?? null;
  if (title === null && firstHeading !== null) title = firstHeading;
  else if (firstHeading !== null && collapseSpaces(firstHeading) !== collapseSpaces(title ?? '')) {
    paragraphs.unshift(firstHeading);
  }
  if (title === null) title = paragraphs.shift() ?? '';
  const dateRaw = doc.fields.get('date') ?? doc.fields.get('published') ?? null;
  const urlRaw = doc.fields.get('url') ?? doc.fields.get('source') ?? doc.fields.get('link') ?? null;
  return { title, dateRaw: dateRaw || null, urlRaw: urlRaw || null, paragraphs };
}

function finish(fields: Fields, hash: string, warnings: string[]): ParsedArticle {
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

  let url: string | null = null;
  if (fields.urlRaw === null) warnings.push('no source URL line');
  else {
    url = normaliseUrl(fields.urlRaw.trim());
    if (url === null) warnings.push(`source URL "${fields.urlRaw}" could not be read`);
  }
  if (fields.paragraphs.length === 0) warnings.push('no body text');

  return {
    title,
    date,
    dateRaw: fields.dateRaw,
    url,
    domain: domainOf(url),
    paragraphs: fields.paragraphs,
    words: countWords(fields.paragraphs),
    hash,
    warnings,
  };
}
