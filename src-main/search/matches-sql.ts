// SQL for "the articles this query matches": a CTE `m(path, score)` over article text (driven by its FTS5
// match inside the root's rowid block :lo..:hi, then looked up by key) and annotation matches (:noted).
import { NOTED } from './annotation-matches';
import { BODY_WEIGHT, TITLE_WEIGHT } from './weights';

export interface MatchSpec {
  /** Named parameter holding the article-text expression, or null to leave article text out. */
  readonly article: string | null;
  /** Whether articles matched through annotations (:noted, annotation-matches.ts) are included. */
  readonly annotation: boolean;
  /** With bm25 scores (lower is better); without, score is 0 and nothing is ranked. */
  readonly ranked: boolean;
}

// The CROSS JOINs pin the join order: the full-text match drives, rows are then looked up by key.
// The rank column can be aggregated where bm25() cannot; "rank MATCH" sets its column weights.
function articleSelect(param: string, ranked: boolean): string {
  return `SELECT d.path AS path, ${ranked ? 'search_text.rank' : '0'} AS score
    FROM search_text CROSS JOIN search_docs d ON d.id = search_text.rowid
    WHERE search_text MATCH ${param} AND search_text.rowid BETWEEN :lo AND :hi
      ${ranked ? `AND search_text.rank MATCH 'bm25(${TITLE_WEIGHT}, ${BODY_WEIGHT})'` : ''}`;
}

/** "WITH m AS (...)": an article matched in its text and in annotations adds both scores. */
export function matchesCte(spec: MatchSpec): string {
  const parts: string[] = [];
  if (spec.article !== null) parts.push(articleSelect(spec.article, spec.ranked));
  if (spec.annotation) parts.push(spec.ranked ? NOTED : `SELECT path, 0 AS score FROM (${NOTED})`);
  if (parts.length === 0) return 'WITH m (path, score) AS (SELECT NULL, NULL WHERE 0)';
  if (parts.length === 1) return `WITH m AS (${parts[0]})`;
  return `WITH m AS (SELECT path, sum(score) AS score FROM (${parts.join(' UNION ALL ')}) GROUP BY path)`;
}
