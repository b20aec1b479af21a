// The article vocabulary as a plain table (term, documents) for typo candidates: fts5vocab would read
// every candidate's whole doclist to count it. Rebuilt in bulk after a large indexing run, kept in step
// one article at a time otherwise; while a bulk run has left it behind, it says so (termsFresh).
import type { DatabaseSync } from 'node:sqlite';
import { prepared } from './statements';
import { tokensOf } from './tokens';

export interface TermCount {
  readonly term: string;
  readonly docs: number;
}

export function termsFresh(db: DatabaseSync): boolean {
  const row = prepared(db, "SELECT value FROM search_state WHERE key = 'terms_stale'").get() as
    { value: number } | undefined;
  return row?.value === 0;
}

/** Articles were indexed without counting their words: candidates come from the index until refreshTerms. */
export function markTermsStale(db: DatabaseSync): void {
  prepared(db, "UPDATE search_state SET value = 1 WHERE key = 'terms_stale' AND value = 0").run();
}

/**
 * Rebuilds the vocabulary from the article index in one pass (about a second at 100,000 articles). Call it
 * when a bulk indexing run has finished; atomic through a savepoint, inside or outside a transaction.
 */
export function refreshTerms(db: DatabaseSync): void {
  db.exec('SAVEPOINT search_refresh_terms');
  try {
    db.exec(`
      DELETE FROM search_terms;
      INSERT INTO search_terms (term, docs) SELECT term, doc FROM search_vocab WHERE doc > 0;
      UPDATE search_state SET value = 0 WHERE key = 'terms_stale';
      RELEASE search_refresh_terms;
    `);
  } catch (error) {
    db.exec('ROLLBACK TO search_refresh_terms; RELEASE search_refresh_terms');
    throw error;
  }
}

/** The distinct index terms of an article's title and body. */
export function termsOf(title: string, body: string): Set<string> {
  return new Set([...tokensOf(title), ...tokensOf(body)]);
}

/** One article's text changed from `before` to `after` (either may be empty): only the difference is written. */
export function updateTerms(db: DatabaseSync, before: ReadonlySet<string>, after: ReadonlySet<string>): void {
  const add = prepared(
    db,
    'INSERT INTO search_terms (term, docs) VALUES (?, 1) ON CONFLICT (term) DO UPDATE SET docs = docs + 1',
  );
  const drop = prepared(db, 'UPDATE search_terms SET docs = docs - 1 WHERE term = ?');
  const clear = prepared(db, 'DELETE FROM search_terms WHERE term = ? AND docs <= 0');
  for (const term of after) if (!before.has(term)) add.run(term);
  for (const term of before) {
    if (after.has(term)) continue;
    drop.run(term);
    clear.run(term);
  }
}

/** Terms of `first`...: one index range per length, lengths in code points as the caller counts them. */
export function termsLike(
  db: DatabaseSync,
  first: string,
  end: string,
  minLength: number,
  maxLength: number,
): TermCount[] {
  const statement = prepared(
    db,
    'SELECT term, docs FROM search_terms WHERE length(term) = ? AND term >= ? AND term < ?',
  );
  const found: TermCount[] = [];
  for (let length = Math.max(minLength, 1); length <= maxLength; length++) {
    found.push(...(statement.all(length, first, end) as unknown as TermCount[]));
  }
  return found;
}
