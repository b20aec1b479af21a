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
