// The contract's annotations domain: the analyst's work as main's search index sees it. Types only.
import type { ArticleId } from './library';

/** One searchable piece of the analyst's work, pushed by the page (its Dexie data) to main's index. */
export interface AnnotationDoc {
  readonly id: string;
  readonly articleId: ArticleId;
  readonly kind: 'highlight' | 'article';
  /** Quote and note (highlight) or note (article). */
  readonly text: string;
  readonly tags: readonly string[];
  readonly colour: string | null;
}

/** One record the index left out or shortened, and why, so the analyst can find it. */
export interface AnnotationIssue {
  /** The record's id as the page sent it (cut short when very long). */
  readonly id: string;
  readonly articleId: ArticleId | null;
  readonly kind: 'highlight' | 'article' | null;
  readonly reason: string;
}

/** What main's search index did with a set of annotations. */
export interface AnnotationIndexReport {
  /** False when the records are another library's than the one open now: nothing was indexed. */
  readonly applied: boolean;
  /** Records searchable now (shortened ones included). */
  readonly indexed: number;
  /** Records left out: the first few hundred, and how many in all. */
  readonly skipped: readonly AnnotationIssue[];
  readonly skippedTotal: number;
  /** Records indexed only in part (text or tags over the limits). */
  readonly shortened: readonly AnnotationIssue[];
  readonly shortenedTotal: number;
}
