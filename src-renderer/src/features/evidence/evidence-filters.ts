// What the evidence table shows: the library's filters plus credibility, link type, orphaned and words in
// the quote, note or title, read against one row with what is known of its links and its anchoring. Pure.
import type { SearchFilters } from '../../../../src-preload/contract';
import type { Credibility } from '../../../../src-shared/sources/grades';
import type { HighlightLinkType } from '../../db/schema';
import { matchesLibraryFilters, type EvidenceRow } from './evidence-rows';

/** '' any; 'linked' any link; 'unlinked' none; or a link of this type either way. */
export type LinkFilter = '' | 'linked' | 'unlinked' | HighlightLinkType;

export interface EvidenceFilters {
  readonly library: SearchFilters;
  /** The highlight's credibility 1–6 (6 also takes "not judged"); absent: any. */
  readonly credibility?: Credibility;
  readonly link: LinkFilter;
  /** Only highlights whose article is no longer listed, or whose quote is no longer found in it. */
  readonly orphaned: boolean;
  /** Words, each in the quote, the note or the article's title (any case). */
  readonly text: string;
}

export const NO_EVIDENCE_FILTERS: EvidenceFilters = { library: {}, link: '', orphaned: false, text: '' };

/**
 * What the filters read besides the row: each highlight's link types, the highlights found orphaned, and each
 * article's own tags (its note's) by article id.
 */
export interface EvidenceFacts {
  readonly linkTypes: ReadonlyMap<string, ReadonlySet<HighlightLinkType>>;
  readonly orphans: ReadonlySet<string>;
  readonly articleTags: ReadonlyMap<string, readonly string[]>;
}

export function evidenceFilterCount(filters: EvidenceFilters): number {
  const library = filters.library;
  return [
    library.dateFrom,
    library.dateTo,
    library.domains?.length,
    library.languages?.length,
    library.folder,
    library.tags?.length,
    library.colours?.length,
    library.grades?.length,
    library.annotated !== undefined,
    filters.credibility,
    filters.link,
    filters.orphaned,
    filters.text.trim(),
  ].filter(Boolean).length;
}

const words = (text: string): string[] => text.toLocaleLowerCase().split(/\s+/).filter(Boolean);

function matchesLink(types: ReadonlySet<HighlightLinkType> | undefined, filter: LinkFilter): boolean {
  if (filter === '') return true;
  const count = types?.size ?? 0;
  if (filter === 'linked') return count > 0;
  if (filter === 'unlinked') return count === 0;
  return types?.has(filter) ?? false;
}

/** A matcher for many rows: the words are split once. */
export function evidenceMatcher(filters: EvidenceFilters, facts: EvidenceFacts): (row: EvidenceRow) => boolean {
  const wanted = words(filters.text);
  return (row) => {
    const { highlight } = row;
    if (!matchesLibraryFilters(row, filters.library, facts.articleTags.get(highlight.articleId))) return false;
    if (filters.credibility !== undefined && (highlight.credibility ?? 6) !== filters.credibility) return false;
    if (!matchesLink(facts.linkTypes.get(highlight.id), filters.link)) return false;
    if (filters.orphaned && !facts.orphans.has(highlight.id)) return false;
    if (wanted.length === 0) return true;
    const haystack = `${highlight.quote.exact}\n${highlight.note}\n${row.entry?.title ?? highlight.articleTitle}`;
    const lower = haystack.toLocaleLowerCase();
    return wanted.every((word) => lower.includes(word));
  };
}
