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
const sum = (counts: Map<unknown, number>): number => [...counts.values()].reduce((n, c) => n + pairsIn(c), 0);
const count = (x: number): string => x.toLocaleString('en-US');

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

export interface EditMisses {
  readonly edit: string;
  /** Pairs of copies of one story, one of which carries the edit... */
  readonly pairs: number;
  /** ...and of those, the ones left apart. */
  readonly missed: number;
}

export interface Misses {
  /** Per edit, how many of the pairs touched by it were left apart, the worst share first. */
  readonly byEdit: readonly EditMisses[];
  /** A few wrongly joined pairs, by path. */
  readonly joined: readonly (readonly [string, string])[];
}

/** What lies behind a clustering's misses. */
export function misses(articles: readonly StoryArticle[], clusters: readonly (string | null)[], shown = 8): Misses {
  const pairs = new Map<string, number>();
  const missed = new Map<string, number>();
  const joined: [string, string][] = [];
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const a = articles[i] as StoryArticle;
      const b = articles[j] as StoryArticle;
      const together = clusters[i] !== null && clusters[i] === clusters[j];
      if (a.story === b.story) {
        for (const edit of new Set([...a.edits, ...b.edits].filter((e) => !e.startsWith('quotes ')))) {
          pairs.set(edit, (pairs.get(edit) ?? 0) + 1);
          if (!together) missed.set(edit, (missed.get(edit) ?? 0) + 1);
        }
      } else if (together && joined.length < shown) joined.push([a.path, b.path]);
    }
  }
  const byEdit = [...pairs].map(([edit, n]) => ({ edit, pairs: n, missed: missed.get(edit) ?? 0 }));
  byEdit.sort((x, y) => y.missed / y.pairs - x.missed / x.pairs);
  return { byEdit, joined };
}

/** "precision 0.998 (912 of 914 pairs joined), recall 0.886 (912 of 1,029 pairs of copies)". */
export function describeScore(s: PairScore): string {
  return (
    `precision ${s.precision.toFixed(3)} (${count(s.correct)} of ${count(s.predictedPairs)} pairs joined), ` +
    `recall ${s.recall.toFixed(3)} (${count(s.correct)} of ${count(s.truePairs)} pairs of copies)`
  );
}

/** The worst edits by share of their pairs left apart: "trimmed-end 40/300, ...". */
export function describeMisses(m: Misses, shown = 6): string {
  const worst = m.byEdit.filter((e) => e.missed > 0).slice(0, shown);
  return worst.length === 0 ? 'none' : worst.map((e) => `${e.edit} ${e.missed}/${e.pairs}`).join(', ');
}
