// Which highlights the link picker offers for a typed query: every word must appear in the quote, the
// article's title or its outlet, without regard to case or accents.
import type { Highlight } from '../../db/schema';

export interface LinkCandidate {
  readonly highlight: Highlight;
  /** The article's outlet (domain or name) when the catalog knows it. */
  readonly outlet: string | null;
}

/** Lower case, accents and other marks dropped, runs of space made one. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().replace(/\s+/g, ' ');
}

export function matchCandidates(candidates: readonly LinkCandidate[], query: string): LinkCandidate[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...candidates];
  return candidates.filter((c) => {
    const haystack = foldForSearch(`${c.highlight.quote.exact} ${c.highlight.articleTitle} ${c.outlet ?? ''}`);
    return words.every((w) => haystack.includes(w));
  });
}
