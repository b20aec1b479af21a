// The Admiralty (NATO) grading of evidence: a source's reliability A–F and a piece of information's
// credibility 1–6, with their standard meanings, and the two-character grade ("B2") shown everywhere.
import type { Credibility, Reliability } from '../../src-preload/contract/grades';

export type { Credibility, Reliability };

export const RELIABILITIES: readonly Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];
export const CREDIBILITIES: readonly Credibility[] = [1, 2, 3, 4, 5, 6];

/** A source nobody has judged yet. */
export const DEFAULT_RELIABILITY: Reliability = 'F';
/** Information nobody has judged yet. */
export const DEFAULT_CREDIBILITY: Credibility = 6;

export const RELIABILITY_MEANINGS: Readonly<Record<Reliability, string>> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const CREDIBILITY_MEANINGS: Readonly<Record<Credibility, string>> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

export function isReliability(value: unknown): value is Reliability {
  return typeof value === 'string' && (RELIABILITIES as readonly string[]).includes(value);
}

export function isCredibility(value: unknown): value is Credibility {
  return typeof value === 'number' && (CREDIBILITIES as readonly number[]).includes(value);
}

/** "B2": the source's reliability, then the information's credibility; unjudged parts read F and 6. */
export function formatGrade(
  reliability: Reliability | null | undefined,
  credibility: Credibility | null | undefined,
): string {
  return `${reliability ?? DEFAULT_RELIABILITY}${credibility ?? DEFAULT_CREDIBILITY}`;
}

/** "B2: usually reliable; probably true": the grade with its meanings, for tooltips and exports. */
export function describeGrade(
  reliability: Reliability | null | undefined,
  credibility: Credibility | null | undefined,
): string {
  const r = reliability ?? DEFAULT_RELIABILITY;
  const c = credibility ?? DEFAULT_CREDIBILITY;
  return `${r}${c}: ${RELIABILITY_MEANINGS[r].toLowerCase()}; ${CREDIBILITY_MEANINGS[c].toLowerCase()}`;
}

/** Sorts A first and F (not judged) last. */
export function reliabilityRank(reliability: Reliability | null | undefined): number {
  return RELIABILITIES.indexOf(reliability ?? DEFAULT_RELIABILITY);
}
