// Typo tolerance: a query word that matches nothing is read as the nearest frequent word of the
// vocabulary (article text and annotations). Words that match anything are never touched.
import type { DatabaseSync } from 'node:sqlite';
import { editDistance } from './edit-distance';
import { quoted, type QueryTerm } from './query-parse';
import { prepared } from './statements';
import { prefixEnd } from './tokens';

export interface Correction {
  readonly from: string;
  readonly to: string;
}

/** Shorter words have too many neighbours to guess from. */
const MIN_LENGTH = 3;
const LONG_WORD = 8;

const VOCABULARIES = ['search_vocab', 'search_annotation_vocab'] as const;
const TEXT_TABLES = ['search_text', 'search_annotation_text'] as const;

export function correctTerms(db: DatabaseSync, terms: readonly QueryTerm[]): { terms: QueryTerm[]; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const corrected = terms.map((term) => {
    const word = term.tokens[0] ?? '';
    const eligible = !term.negated && !term.phrase && term.tokens.length === 1 && [...word].length >= MIN_LENGTH;
    if (!eligible || /\p{N}/u.test(word) || hasMatches(db, term)) return term;
    const to = nearestTerm(db, word);
    if (to === null) return term;
    corrections.push({ from: term.text, to });
    return { text: to, tokens: [to], phrase: false, prefix: false, negated: false };
  });
  return { terms: corrected, corrections };
}

/** One doclist seek per table; stops at the first match. */
function hasMatches(db: DatabaseSync, term: QueryTerm): boolean {
  const expression = quoted(term);
  return TEXT_TABLES.some((table) => prepared(db, `SELECT 1 FROM ${table} WHERE ${table} MATCH ? LIMIT 1`).get(expression) !== undefined);
}

/**
 * Candidates share the first letter and are within the allowed length difference: a range scan of the
 * vocabulary, then edit distance in JS. Nearest wins, then the one in more documents.
 */
function nearestTerm(db: DatabaseSync, word: string): string | null {
  const length = [...word].length;
  const max = length >= LONG_WORD ? 2 : 1;
  const first = [...word][0] ?? '';
  const counts = new Map<string, number>();
  for (const vocab of VOCABULARIES) {
    const rows = prepared(
      db,
      `SELECT term, doc FROM ${vocab} WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ?`,
    ).all(first, prefixEnd(first), length - max, length + max) as unknown as { term: string; doc: number }[];
    for (const { term, doc } of rows) counts.set(term, (counts.get(term) ?? 0) + doc);
  }
  let best: { term: string; distance: number; docs: number } | null = null;
  for (const [term, docs] of counts) {
    const distance = editDistance(word, term, max);
    if (distance > max) continue;
    const better =
      best === null ||
      distance < best.distance ||
      (distance === best.distance && (docs > best.docs || (docs === best.docs && term < best.term)));
    if (better) best = { term, distance, docs };
  }
  return best?.term ?? null;
}
