// Pairwise precision and recall of story clusters against the quality set's ground truth (story-set.ts),
// and what lies behind the misses: the edits the missed copies carry, and the wrongly joined pairs. Pure.
import type { StoryArticle } from './story-set';

export interface PairScore {
  /** Pairs of articles that are copies of one story (the ground truth). */
  readonly truePairs: number;
  /** Pairs put together (in one cluster, or judged copies). */
  readonly predictedPairs: number;
  /** Pairs put together that are copies of one story. */
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
}

const pairsIn = (n: number): number => (n * (n - 1)) / 2;

function tally<K>(keys: Iterable<K>): Map<K, number> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function score(truePairs: number, predictedPairs: number, correct: number): PairScore {
  return {
    truePairs,
    predictedPairs,
    correct,
    precision: predictedPairs === 0 ? 1 : correct / predictedPairs,
    recall: truePairs === 0 ? 1 : correct / truePairs,
  };
}

/** Scores a clustering: `clusters[i]` is article i's cluster, null for an article alone. */
export function clusterScore(articles: readonly StoryArticle[], clusters: readonly (string | null)[]): PairScore {
  if (clusters.length !== articles.length) throw new Error('one cluster (or null) per article');
  const truth = tally(articles.map((a) => a.story));
  const clustered = clusters.filter((c): c is string => c !== null);
  const predicted = tally(clustered);
  const both = tally(articles.flatMap((a, i) => (clusters[i] === null ? [] : [`${a.story}\u0000${clusters[i]}`])));
  const sum = (counts: Map<unknown, number>): number => [...counts.values()].reduce((n, c) => n + pairsIn(c), 0);
  return score(sum(truth), sum(predicted), sum(both));
}

/** Scores a pairwise rule applied to every pair of articles (no clustering, no candidate step). */
export function ruleScore(articles: readonly StoryArticle[], same: (i: number, j: number) => boolean): PairScore {
  let truePairs = 0;
  let predictedPairs = 0;
  let correct = 0;
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const truly = (articles[i] as StoryArticle).story === (articles[j] as StoryArticle).story;
      const judged = same(i, j);
      if (truly) truePairs += 1;
      if (judged) predictedPairs += 1;
      if (truly && judged) correct += 1;
    }
  }
  return score(truePairs, predictedPairs, correct);
}

export interface Misses {
  /** Per edit, the missed pairs with a copy that carries it, most first; each pair counts once per edit. */
  readonly byEdit: readonly (readonly [string, number])[];
  /** A few wrongly joined pairs, by path. */
  readonly joined: readonly (readonly [string, string])[];
}

/** What lies behind a clustering's misses. */
export function misses(articles: readonly StoryArticle[], clusters: readonly (string | null)[], shown = 8): Misses {
  const edits: string[] = [];
  const joined: [string, string][] = [];
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const a = articles[i] as StoryArticle;
      const b = articles[j] as StoryArticle;
      const together = clusters[i] !== null && clusters[i] === clusters[j];
      if (a.story === b.story && !together) {
        const carried = new Set([...a.edits, ...b.edits].filter((e) => !e.startsWith('quotes ')));
        edits.push(...carried);
      } else if (a.story !== b.story && together && joined.length < shown) joined.push([a.path, b.path]);
    }
  }
  return { byEdit: [...tally(edits)].sort((x, y) => y[1] - x[1]), joined };
}
