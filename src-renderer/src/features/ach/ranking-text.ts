// The ranking in words: "Least inconsistent first: H2 (0.00), H1 (−1.41)", and what the sensitivity check
// found ("The ranking holds", "The ranking changes: H1 ties H2 for first").
import { formatScore, type MatrixScores, type Sensitivity } from '../../../../src-shared/analysis/ach';

const code = (codes: ReadonlyMap<string, string>, id: string): string => codes.get(id) ?? '?';

/** "H1 and H2", "H1, H2 and H3". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** The hypotheses least inconsistent first, each with its score. */
export function rankingText(scores: MatrixScores, codes: ReadonlyMap<string, string>): string {
  const byId = new Map(scores.scores.map((s) => [s.hypothesisId, s]));
  return scores.ranking.map((id) => `${code(codes, id)} (${formatScore(byId.get(id)?.score ?? 0)})`).join(', ');
}

const leaders = (scores: MatrixScores, codes: ReadonlyMap<string, string>): string[] =>
  scores.ranking
    .filter((id) => scores.scores.some((s) => s.hypothesisId === id && s.rank === 1))
    .map((id) => code(codes, id));

/** "H1 ranks first", "H1 ties H2 for first", "H1, H2 and H3 tie for first". */
function firstPlace(names: readonly string[]): string {
  if (names.length === 1) return `${names[0] ?? ''} ranks first`;
  if (names.length === 2) return `${names[0] ?? ''} ties ${names[1] ?? ''} for first`;
  return `${listOf(names)} tie for first`;
}

/** What leaving the rows out does to the ranking, in one plain sentence. */
export function sensitivityText(result: Sensitivity, codes: ReadonlyMap<string, string>): string {
  if (result.leftOut.length === 0) return 'Nothing is left out: tick evidence to leave out to test the ranking.';
  if (!result.changed) return 'The ranking holds.';
  const now = leaders(result.without, codes);
  if (!result.leaderChanged)
    return `The ranking changes below the first: ${firstPlace(now).replace('ranks', 'still ranks')}.`;
  if (now.length > 1) return `The ranking changes: ${firstPlace(now)}.`;
  const before = leaders(result.base, codes);
  const was = before.length === 1 ? (before[0] ?? '') : `${listOf(before)} tied`;
  return `The ranking changes: ${now[0] ?? ''} now ranks first (with all the evidence: ${was}).`;
}
