// The contract's search domain: what the page asks of the library list, and the ranked pages it gets.
// Types only.
import type { Reliability } from './grades';
import type { ArticleId } from './library';
import type { StoryTag } from './stories';

/**
 * How the library list is ordered. Relevance applies only when there is query text; grade puts the outlets
 * graded A first and the ungraded (F) last, newest first within a grade.
 */
export type SearchSort = 'relevance' | 'date' | 'title' | 'grade';

/** An outlet's reliability in the source register, as the page gives it to main for filtering and sorting. */
export interface SourceGrade {
  /** The outlet's domain as the catalog names it ("reuters.com"); matched without regard to case. */
  readonly domain: string;
  readonly reliability: Reliability;
}

export interface SearchFilters {
  /** Inclusive ISO dates of publication; undated articles are left out when either is set. */
  readonly dateFrom?: string;
  readonly dateTo?: string;
  /** Source domains ("russiaherald.com"); any of them. */
  readonly domains?: readonly string[];
  /** Tags on the article or its highlights; all of them. */
  readonly tags?: readonly string[];
  /** Highlight colours; any of them. */
  readonly colours?: readonly string[];
  /** true: only annotated articles; false: only articles without annotations. */
  readonly annotated?: boolean;
  /** A folder of the library ("europe/2022"); articles in it and below it. */
  readonly folder?: string;
  /** Languages as BCP 47 primary tags ("ru"); any of them. "und" stands for articles whose language is not known. */
  readonly languages?: readonly string[];
  /** Source grades (the outlet's reliability); any of them. An outlet the register has not graded counts as F. */
  readonly grades?: readonly Reliability[];
}

export interface SearchQuery {
  /**
   * What the analyst typed: words (the last one as a prefix), "quoted phrases", -excluded words, OR,
   * parentheses, NEAR, title:, source: and language:; empty lists everything. Main reads it (never passed to FTS5 raw).
   */
  readonly text: string;
  readonly filters: SearchFilters;
  readonly sort: SearchSort;
  readonly offset: number;
  readonly limit: number;
  /** One row per story: the copies of a story are listed once, as its best-placed copy (hit.story tells). */
  readonly groupStories?: boolean;
}

/** Text with the matched words marked, as runs; the page renders it as text. */
export type Snippet = readonly { readonly text: string; readonly hit: boolean }[];

export interface SearchHit {
  readonly id: ArticleId;
  readonly title: string;
  readonly date: string | null;
  readonly dateRaw: string | null;
  readonly domain: string | null;
  /** Marked excerpt of the body or of an annotation; null when browsing without query text. */
  readonly snippet: Snippet | null;
  /** The whole title with the matched words marked, when the words matched in it. */
  readonly markedTitle?: Snippet | null;
  /** Where the words matched. */
  readonly matchedIn: readonly ('title' | 'body' | 'annotation')[];
  /** The story this article is a copy of; absent or null when it has no copy. */
  readonly story?: StoryTag | null;
}

/** While a library's text is still being made searchable: how many of its articles a search looked in. */
export interface SearchCoverage {
  readonly indexed: number;
  readonly articles: number;
}

/** What the query asked for, as main read it: the page words its advice when nothing matches from this. */
export interface QueryShape {
  /** Words and phrases to find (excluded ones not counted). */
  readonly words: number;
  readonly phrases: number;
  readonly excluded: number;
  /** OR was used. */
  readonly alternatives: boolean;
  readonly near: boolean;
  readonly fields: readonly ('title' | 'source' | 'language')[];
  /** The source: words the articles' sources must contain (one of them). */
  readonly sources: readonly string[];
  /** The languages language: asked for (tags, "und" for unknown); absent when it asked for none. */
  readonly languages?: readonly string[];
}

export interface SearchResults {
  readonly total: number;
  readonly offset: number;
  readonly hits: readonly SearchHit[];
  /** Query words that matched nothing and were read as these nearby words instead. */
  readonly corrections: readonly { readonly from: string; readonly to: string }[];
  readonly elapsedMs: number;
  /** What could not be read as typed, in plain words; the rest of the query was searched. */
  readonly problems?: readonly string[];
  /** What the query asked for; absent when main did not read one. */
  readonly shape?: QueryShape;
  /** Present while the text of some listed articles is not yet searchable: these results are partial. */
  readonly partial?: SearchCoverage | null;
}
