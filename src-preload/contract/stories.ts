// The contract's stories domain: copies of one story across outlets (near-duplicate articles, found by
// main's catalog worker) and its first publisher. Types only.
import type { ArticleId } from './library';

/** On a list row: the story the article belongs to, when it has copies. */
export interface StoryTag {
  /** The same string for every copy of one story (stable while the story keeps its origin). */
  readonly id: string;
  /** How many articles of the library tell this story, this one included (2 or more). */
  readonly copies: number;
  /** This article is the story's first publisher. */
  readonly origin: boolean;
}

/** One copy of a story. */
export interface StoryMember {
  readonly id: ArticleId;
  readonly title: string;
  /** ISO publication date, or null when the article has none. */
  readonly date: string | null;
  readonly domain: string | null;
  readonly outlet: string | null;
  /** The earliest dated copy (ties: the one the library saw first). */
  readonly origin: boolean;
  /** Estimated share of text in common with the origin (Jaccard over word shingles), 0–1; 1 for the origin. */
  readonly similarity: number;
}

/** A story: every copy of it in the library, the origin first, then by date. */
export interface StoryInfo {
  readonly id: string;
  readonly members: readonly StoryMember[];
}
