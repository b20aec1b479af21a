// Two signatures compared: estimated Jaccard similarity of their shingle sets and the containment of the
// smaller in the larger, and the decision rule for "a copy of the same story" (thresholds in parameters.ts).
// A trimmed or lightly edited republication keeps most of its text in the original (high containment); two
// reports on one topic share little running text. Pure.
import { COPY_CONTAINMENT, COPY_JACCARD, CONTAINED_JACCARD, SIGNATURE_SIZE } from './parameters';
import { hasSignature, type StorySignature } from './signature';

export interface Similarity {
  /** Estimated |A∩B| / |A∪B| over shingles, 0–1. */
  readonly jaccard: number;
  /** Estimated |A∩B| / min(|A|, |B|): how much of the shorter text is in the longer, 0–1. */
  readonly containment: number;
}

const NONE: Similarity = { jaccard: 0, containment: 0 };

export function compareSignatures(a: StorySignature, b: StorySignature): Similarity {
  if (!hasSignature(a) || !hasSignature(b)) return NONE;
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a.mins[i] === b.mins[i]) equal++;
  const jaccard = equal / SIGNATURE_SIZE;
  // |A∩B| = J (|A| + |B|) / (1 + J).
  const common = (jaccard * (a.shingles + b.shingles)) / (1 + jaccard);
  const smaller = Math.min(a.shingles, b.shingles);
  return { jaccard, containment: smaller > 0 ? Math.min(1, common / smaller) : 0 };
}

/** The decision rule: two texts are copies of one story. */
export function isCopy(a: StorySignature, b: StorySignature): boolean {
  return isCopyBySimilarity(compareSignatures(a, b));
}

export function isCopyBySimilarity({ jaccard, containment }: Similarity): boolean {
  return jaccard >= COPY_JACCARD || (containment >= COPY_CONTAINMENT && jaccard >= CONTAINED_JACCARD);
}
