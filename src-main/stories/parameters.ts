// The numbers that decide what counts as a copy of a story, in one place: the shingle size, the signature
// and its banding, and the decision rule's thresholds (compare.ts). Tuned on a real-text set of wire stories
// with syndicated edits and same-topic, same-day hard negatives.

/** Words per shingle: a run of this many words in a row (CJK: characters) is one piece of the text. */
export const SHINGLE_WORDS = 5;

/** Texts with fewer words have no signature and are never clustered (too little text to tell a copy). */
export const MIN_WORDS = 25;

/** MinHash values per signature (one-permutation hashing: one bin each). */
export const SIGNATURE_SIZE = 128;

/**
 * LSH banding: BANDS bands of ROWS_PER_BAND values each (the first BANDS x ROWS_PER_BAND of the signature;
 * all of it verifies); two texts sharing one band are compared. A pair with Jaccard J becomes a candidate
 * with probability 1 - (1 - J^ROWS)^BANDS: 0.9999 at J = 0.5, 0.95 at 0.3, 0.73 at 0.2, 0.01 at 0.02
 * (boilerplate in common). Each band is a row in story_bands, written and probed at random: 64 bands (0.93
 * at J = 0.2) cost about half as much again as 32 in keeping stories while a library is read.
 */
export const BANDS = 32;
export const ROWS_PER_BAND = 2;

/*
 * The rule below, on the quality set (scripts/corpus/story-set.ts: 606 real articles, 1,029 pairs of copies):
 * clusters precision 1.000, recall 0.977; the rule alone on every pair 1.000 and 0.939. Jaccard 0.5 and
 * containment 0.8 left restyled, locally extended and trimmed copies apart (recall 0.888); Jaccard 0.3 or
 * containment 0.4 chained half of a 10,000-article bench library of recombined stories into one story.
 */

/** A copy: this much text in common (estimated Jaccard over shingles) ... */
export const COPY_JACCARD = 0.4;
/** ... or a trimmed copy: the shorter text this much inside the longer (containment) ... */
export const COPY_CONTAINMENT = 0.5;
/** ... while still sharing at least this much (a short text inside a long one is not a copy of it). */
export const CONTAINED_JACCARD = 0.3;
