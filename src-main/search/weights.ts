// Ranking constants shared by the queries.

/** bm25 column weights: a word in the title counts for several in the body. */
export const TITLE_WEIGHT = 5;
export const BODY_WEIGHT = 1;

/**
 * Up to this many matching articles are ranked exactly (bm25 costs about a microsecond per match).
 * Larger sets rank their title and annotation matches and list the rest newest first.
 */
export const EXACT_LIMIT = 4000;
