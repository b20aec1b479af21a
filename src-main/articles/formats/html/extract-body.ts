// The article's body from a parsed page: Mozilla Readability picks the content, block-text.ts reads it out
// as paragraphs.
import { Readability } from '@mozilla/readability';
import { blockParagraphs } from './block-text';
import { removeOtherHeadlines } from './content-clean';
import { prepareForReadability } from './page-prep';
import type { DomDocument, DomElement } from './dom-types';
import type { ReadabilityFields } from './article-fields';

export interface ExtractedBody {
  readonly paragraphs: readonly string[];
  readonly fields: ReadabilityFields;
  /** The first <time datetime> inside the article's content. */
  readonly time: string | null;
}

export function extractBody(dom: DomDocument): ExtractedBody {
  prepareForReadability(dom);
  // Readability is typed against the DOM library; linkedom's document is that DOM in all Readability uses.
  const reader = new Readability<DomElement>(dom as unknown as Document, {
    serializer: (node) => node as unknown as DomElement,
    keepClasses: true,
  });
  const result = reader.parse();
  const content = result?.content ?? null;
  if (content !== null) removeOtherHeadlines(content);
  return {
    paragraphs: content === null ? [] : blockParagraphs(content),
    fields: {
      title: result?.title ?? null,
      byline: result?.byline ?? null,
      siteName: result?.siteName ?? null,
      publishedTime: result?.publishedTime ?? null,
      lang: result?.lang ?? null,
    },
    time: content?.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
  };
}
