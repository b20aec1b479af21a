// Typo tolerance: a query word that matches nothing is read as the nearest frequent word of the
// vocabulary (article text and annotations). Words that match anything are never touched.
import type { DatabaseSync } from 'node:sqlite';
import { editDistance } from './edit-distance';
import { quoted } from './query-parse';
import { mapPositiveTerms, type ParsedQuery, type QueryTerm } from './query-tree';
import { prepared } from './statements';
import { termsFresh, termsLike, type TermCount } from './terms';
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

/** The query with each positive word that matches nothing read as its nearest word, where there is one. */
export function correctTerms(
  db: DatabaseSync,
  parsed: ParsedQuery,
): { parsed: ParsedQuery; corrections: Correction[] } {
  const corrections: Correction[] = [];
  if (parsed.root === null) return { parsed, corrections };
  const root = mapPositiveTerms(parsed.root, (term) => {
    const word = term.tokens[0] ?? '';
    const eligible = !term.phrase && term.tokens.length === 1 && [...word].length >= MIN_LENGTH;
    if (!eligible || /\p{N}/u.test(word) || hasMatches(db, term)) return term;
    const to = nearestTerm(db, word);
    if (to === null) return term;
    corrections.push({ from: term.text, to });
    return wordTerm(to);
  });
  return { parsed: { ...parsed, root }, corrections };
}

/** One doclist seek per table; stops at the first match. */
function hasMatches(db: DatabaseSync, term: QueryTerm): boolean {
  const expression = quoted(term);
  return TEXT_TABLES.some(
    (table) => prepared(db, `SELECT 1 FROM ${table} WHERE ${table} MATCH ? LIMIT 1`).get(expression) !== undefined,
  );
}

const wordTerm = (text: string): QueryTerm => ({ text, tokens: [text], phrase: false, prefix: false });

/** Ranked candidates tried before giving up: the table may hold a word whose last article just left. */
const TRIES = 3;

/**
 * Candidates share the first letter and are within the allowed edit distance (so within as many letters
 * in length): the article vocabulary from search_terms (or from the index while a bulk run has left that
 * table behind), the annotations' from theirs. Nearest wins, then the one in more documents.
 */
function nearestTerm(db: DatabaseSync, word: string): string | null {
  const length = [...word].length;
  const max = length >= LONG_WORD ? 2 : 1;
  const first = [...word][0] ?? '';
  const counts = new Map<string, number>();
  const count = (rows: readonly TermCount[]): void => {
    for (const { term, docs } of rows) counts.set(term, (counts.get(term) ?? 0) + docs);
  };
  if (termsFresh(db)) count(termsLike(db, first, prefixEnd(first), length - max, length + max));
  else count(vocabularyLike(db, 'search_vocab', first, length, max));
  count(vocabularyLike(db, 'search_annotation_vocab', first, length, max));
  const ranked: { term: string; distance: number; docs: number }[] = [];
  for (const [term, docs] of counts) {
    const distance = editDistance(word, term, max);
    if (distance <= max) ranked.push({ term, distance, docs });
  }
  ranked.sort((a, b) => a.distance - b.distance || b.docs - a.docs || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return ranked.slice(0, TRIES).find((candidate) => hasMatches(db, wordTerm(candidate.term)))?.term ?? null;
}

/** A range scan of an fts5vocab table: it reads each candidate's doclist to count its documents. */
function vocabularyLike(
  db: DatabaseSync,
  vocab: (typeof VOCABULARIES)[number],
  first: string,
  length: number,
  max: number,
): TermCount[] {
  return prepared(
    db,
    `SELECT term, doc AS docs FROM ${vocab} WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ?`,
  ).all(first, prefixEnd(first), length - max, length + max) as unknown as TermCount[];
}
