// Which highlights a bulk "add evidence" offers: by tag, colour, article and the article's date range.
import type { CatalogEntry } from '../../../../src-preload/contract';
import type { ColorKey, Highlight } from '../../db/schema';

export interface EvidenceFilter {
  readonly tag: string | null;
  readonly colour: ColorKey | null;
  readonly articleId: string | null;
  /** Inclusive ISO dates (yyyy-mm-dd) of the article's publication; empty means open-ended. */
  readonly from: string;
  readonly to: string;
}

export const ANY_EVIDENCE: EvidenceFilter = { tag: null, colour: null, articleId: null, from: '', to: '' };

export function matchesEvidence(
  highlight: Highlight,
  entry: CatalogEntry | undefined,
  filter: EvidenceFilter,
): boolean {
  if (filter.tag !== null && !highlight.tags.includes(filter.tag)) return false;
  if (filter.colour !== null && highlight.color !== filter.colour) return false;
  if (filter.articleId !== null && highlight.articleId !== filter.articleId) return false;
  if (filter.from || filter.to) {
    const date = entry?.ok ? entry.date : null;
    if (date === null) return false;
    if (filter.from && date < filter.from) return false;
    if (filter.to && date > filter.to) return false;
  }
  return true;
}
