// The open article's highlights, anchored in its current text: placed ones in document order, and
// orphans that could not be found. Re-anchored highlights are saved back with their new place and the
// file's hash, so the next opening is a cheap position check.
import { useEffect, useMemo } from 'react';
import type { Article } from '../../../../src-preload/contract';
import { anchorHighlight, type AnchorMethod } from '../../anchoring/anchor';
import { describeRange } from '../../anchoring/selectors';
import { articleText } from '../../anchoring/text-model';
import { highlightsForArticle, updateHighlight } from '../../db/highlights';
import { inDb, useLive } from '../../db/live';
import type { Highlight } from '../../db/schema';

export interface AnchoredHighlight {
  readonly highlight: Highlight;
  readonly start: number;
  readonly end: number;
  readonly method: AnchorMethod;
}

export interface ArticleHighlights {
  readonly loaded: boolean;
  readonly text: string;
  readonly anchored: readonly AnchoredHighlight[];
  readonly orphans: readonly Highlight[];
}

export function anchorAll(text: string, highlights: readonly Highlight[]): Omit<ArticleHighlights, 'loaded' | 'text'> {
  const anchored: AnchoredHighlight[] = [];
  const orphans: Highlight[] = [];
  for (const highlight of highlights) {
    const result = anchorHighlight(text, highlight);
    if (result.status === 'anchored')
      anchored.push({ highlight, start: result.start, end: result.end, method: result.method });
    else orphans.push(highlight);
  }
  anchored.sort((a, b) => a.start - b.start || a.end - b.end || a.highlight.createdAt - b.highlight.createdAt);
  orphans.sort((a, b) => a.createdAt - b.createdAt);
  return { anchored, orphans };
}

/** The article's highlights in the library `libraryId`, placed in its text. */
export function useAnchoredHighlights(libraryId: string, article: Article | null): ArticleHighlights {
  const articleId = article?.id ?? null;
  const highlights = useLive(highlightsForArticle, libraryId, articleId);
  const text = useMemo(() => (article ? articleText(article.paragraphs) : ''), [article]);
  const placed = useMemo(() => anchorAll(text, highlights ?? []), [text, highlights]);

  useEffect(() => {
    if (!article) return;
    for (const { highlight, start, end, method } of placed.anchored) {
      const moved =
        method !== 'position' || highlight.articleHash !== article.hash || highlight.articleTitle !== article.title;
      if (!moved) continue;
      const { quote, position } = describeRange(text, start, end);
      void inDb(updateHighlight, highlight.id, {
        quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        position: { start: position.start, end: position.end },
        articleHash: article.hash,
        articleTitle: article.title,
      });
    }
  }, [placed, article, text]);

  return { loaded: highlights !== undefined, text, ...placed };
}
