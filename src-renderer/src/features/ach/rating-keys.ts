// The keys that rate a cell of the matrix: C consistent, Shift+C or C typed twice very consistent, N neutral,
// I inconsistent, Shift+I or I twice very inconsistent, A not applicable, Delete or Backspace clears. What
// was typed in the cell so far is carried between keys (the caller forgets it when the focus moves).
import type { AchRating } from '../../../../src-preload/contract/analysis';

export interface RatingKey {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
}

export interface RatingStep {
  /** The cell's new rating; null clears it. */
  readonly rating: AchRating | null;
  /** What the next key in the same cell continues from. */
  readonly typed: string;
}

/** The rating a key gives, or undefined when the key does not rate (an arrow, Ctrl+C …). */
export function ratingStep(event: RatingKey, typed: string): RatingStep | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  if (event.key === 'Delete' || event.key === 'Backspace') return { rating: null, typed: '' };
  const letter = event.key.toLowerCase();
  if (letter === 'n') return { rating: 'N', typed: '' };
  if (letter === 'a') return { rating: 'NA', typed: '' };
  if (letter !== 'c' && letter !== 'i') return undefined;
  const single: AchRating = letter === 'c' ? 'C' : 'I';
  const double: AchRating = letter === 'c' ? 'CC' : 'II';
  if (event.shiftKey) return { rating: double, typed: '' };
  // The second of two: a third starts over at the single rating.
  return typed === letter ? { rating: double, typed: '' } : { rating: single, typed: letter };
}
