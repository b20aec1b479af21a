// Turns what a format's reader extracted into the article model every article has: title cleaned, the day
// read from the date as written, the source link checked, outlet and language settled, oddities found.
import type { ArticleFormat } from '../../../src-preload/contract';
import { countBidiControls, stripBidiControls } from '../../../src-shared/text-safety';
import { collapseSpaces, countWords } from '../fields';
import { articleLanguage } from '../language';
import { parseLooseDate } from '../loose-date';
import { findOddities } from '../oddities';
import { readSource } from '../source-line';
import { cleanTitle } from '../title';
import type { ParsedArticle } from '../types';
import type { ExtractedArticle } from './extracted';

/** A parsed article, with the key of the feed item it came from when its file holds many. */
export interface FinishedArticle extends ParsedArticle {
  readonly itemKey?: string;
}

function clean(text: string | null): string | null {
  if (text === null) return null;
  const once = collapseSpaces(stripBidiControls(text));
  return once === '' ? null : once;
}

export function finishExtracted(extracted: ExtractedArticle, hash: string, format: ArticleFormat): FinishedArticle {
  const warnings = [...extracted.warnings];
  let controls = 0;
  const paragraphs: string[] = [];
  for (const paragraph of extracted.paragraphs) {
    controls += countBidiControls(paragraph);
    const text = collapseSpaces(stripBidiControls(paragraph));
    if (text) paragraphs.push(text);
  }
  if (controls > 0) {
    warnings.push(
      `${controls} bidirectional control character${controls === 1 ? '' : 's'} removed (they reorder text)`,
    );
  }

  const { title: cleaned, hadMarkup } = cleanTitle(clean(extracted.title) ?? '');
  if (hadMarkup) warnings.push('markup removed from the title');
  let title = cleaned;
  if (!title) {
    title = paragraphs[0]?.slice(0, 200) ?? 'Untitled';
    warnings.push('no title: the first paragraph names it');
  }

  const dateRaw = clean(extracted.dateRaw);
  const date = dateRaw === null ? null : parseLooseDate(dateRaw);
  if (dateRaw === null) warnings.push('no date');
  else if (date === null) warnings.push(`date "${dateRaw}" could not be read`);

  const urlRaw = clean(extracted.url);
  const source = urlRaw === null ? null : readSource(urlRaw);
  if (source?.warning) warnings.push(source.warning);

  const outlet = clean(extracted.outlet);
  return {
    title,
    date,
    dateRaw,
    url: source?.url ?? null,
    source: source?.source ?? null,
    domain: source?.domain ?? null,
    outlet,
    author: clean(extracted.author),
    language: articleLanguage(paragraphs, clean(extracted.language)),
    format,
    paragraphs,
    words: countWords(paragraphs),
    hash,
    warnings,
    oddities: findOddities({ text: paragraphs.join('\n'), paragraphs }),
    ...(extracted.itemKey === undefined ? {} : { itemKey: extracted.itemKey }),
  };
}
