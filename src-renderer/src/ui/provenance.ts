// What the reader says of an article's origin: its kind of file and its language in words, and the way its
// text and its paragraphs run (by the article's language, else by its letters).
import type { ArticleFormat } from '../../../src-preload/contract';
import { directionOf, textDirection, type TextDirection } from '../../../src-shared/text-direction';

const FORMAT_NAMES: Readonly<Record<ArticleFormat, string>> = {
  text: 'Text',
  markdown: 'Markdown',
  html: 'Web page',
  mhtml: 'Web archive (MHTML)',
  pdf: 'PDF',
  docx: 'Word document',
  eml: 'E-mail',
  feed: 'Feed item',
};

export function formatName(format: ArticleFormat): string {
  return FORMAT_NAMES[format] ?? 'Text';
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "Arabic" for "ar"; the tag itself for one Intl does not know, null for none. */
export function languageName(language: string | null): string | null {
  if (language === null || language === '') return null;
  try {
    return LANGUAGE_NAMES.of(language) ?? language;
  } catch {
    return language;
  }
}

/**
 * The article's direction: its language's (Arabic, Farsi, Hebrew ... run right to left), else that of most of
 * the letters of its opening paragraphs.
 */
export function articleDirection(language: string | null, paragraphs: readonly string[]): TextDirection {
  return directionOf(language) ?? textDirection(paragraphs.slice(0, 20).join('\n')) ?? 'ltr';
}

/**
 * Each paragraph's direction, by most of its letters: an Arabic paragraph opening with "(CNN)" runs right to
 * left, an English quotation in an Arabic article left to right; one without letters follows the article.
 */
export function paragraphDirections(paragraphs: readonly string[], article: TextDirection): TextDirection[] {
  return paragraphs.map((paragraph) => textDirection(paragraph) ?? article);
}
