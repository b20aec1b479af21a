// Going to a linked highlight, in this article or another: the workspace opens the article, and the card of
// the highlight asked for selects itself when it appears (or at once, when it is already shown).
import { createContext, useContext, useSyncExternalStore } from 'react';

/** Opens an article of the library by id; the workspace provides it. */
export const OpenArticleContext = createContext<((articleId: string) => void) | null>(null);

let wanted: string | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A highlight to go to from anywhere: its id and its article. */
export interface QuoteTarget {
  readonly id: string;
  readonly articleId: string;
}

/** Asks for the highlight's card to select itself when it appears (the caller opens its article). */
export function requestHighlight(highlightId: string): void {
  wanted = highlightId;
  for (const listener of listeners) listener();
}

/** Asks for the highlight's card to be brought into view and selected, opening its article when it is elsewhere. */
export function useGoToHighlight(): (highlight: { id: string; articleId: string }, currentArticle: string) => void {
  const open = useContext(OpenArticleContext);
  return (highlight, currentArticle) => {
    requestHighlight(highlight.id);
    if (highlight.articleId !== currentArticle) open?.(highlight.articleId);
  };
}

/** True once for the card whose highlight was asked for; it then takes the request. */
export function useWanted(highlightId: string): { wanted: boolean; take: () => void } {
  const current = useSyncExternalStore(subscribe, () => wanted);
  return {
    wanted: current === highlightId,
    take: () => {
      if (wanted !== highlightId) return;
      wanted = null;
      for (const listener of listeners) listener();
    },
  };
}
