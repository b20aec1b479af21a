// One relevance page when nothing filters the matches: FTS5 ranks inside the index (ORDER BY rank LIMIT n),
// so only the best few rows are looked up in `files` instead of every match (ranked.ts). Same order as
// ranked.ts, ties included: the fetch grows until no unfetched row can reach the page.
import type { DatabaseSync } from 'node:sqlite';
import type { FileRow } from './browse';
import { allRows, type Params } from './statements';
import { BODY_WEIGHT, TITLE_WEIGHT } from './weights';

export interface TopPage {
  readonly rows: readonly FileRow[];
  /** How many listed articles match in all, when the fetch reached the end of the matches; else null. */
  readonly total: number | null;
}

/** Rows fetched beyond the page on the first try, for ties and articles no longer listed. */
const SLACK = 16;
const GROWTH = 4;

interface Scored {
  readonly path: string;
  readonly score: number;
}

/**
 * The best `fetch` matches of the expression in :param by bm25 (lower is better), best first. "+rank" keeps
 * the order out of FTS5, whose sorter sorts every match: SQLite's own sort keeps only the best `fetch`.
 */
function bestMatches(db: DatabaseSync, param: string, params: Params, fetch: number): Scored[] {
  return allRows<Scored>(
    db,
    `SELECT d.path AS path, t.score AS score FROM (
       SELECT rowid AS id, rank AS score FROM search_text
       WHERE search_text MATCH ${param} AND rowid BETWEEN :lo AND :hi
         AND rank MATCH 'bm25(${TITLE_WEIGHT}, ${BODY_WEIGHT})'
       ORDER BY +rank LIMIT :fetch
     ) t CROSS JOIN search_docs d ON d.id = t.id ORDER BY t.score`,
    { ...params, fetch },
  );
}

/**
 * bm25 of the expression for these articles; those it does not match are left out. One pass over the
 * doclist behind "+rowid" (see counts.ts): a probe per article would re-read a prefix query's doclists.
 */
function textScores(db: DatabaseSync, param: string, params: Params, paths: readonly string[]): Map<string, number> {
  const docs = allRows<{ id: number; path: string }>(
    db,
    'SELECT id, path FROM search_docs WHERE root = :root AND path IN (SELECT value FROM json_each(:paths))',
    { ...params, paths: JSON.stringify(paths) },
  );
  if (docs.length === 0) return new Map();
  const ids = docs.map((doc) => doc.id);
  const pathOf = new Map(docs.map((doc) => [doc.id, doc.path]));
  const rows = allRows<{ id: number; score: number }>(
    db,
    `SELECT rowid AS id, rank AS score FROM search_text
     WHERE search_text MATCH ${param} AND rowid BETWEEN :first AND :last
       AND +rowid IN (SELECT value FROM json_each(:ids))
       AND rank MATCH 'bm25(${TITLE_WEIGHT}, ${BODY_WEIGHT})'`,
    { ...params, first: Math.min(...ids), last: Math.max(...ids), ids: JSON.stringify(ids) },
  );
  return new Map(rows.map((row) => [pathOf.get(row.id) ?? '', row.score]));
}

/** Listed articles among the scored ones, in ranked.ts's relevance order. */
function listed(
  db: DatabaseSync,
  params: Params,
  scores: ReadonlyMap<string, number>,
): (FileRow & { score: number })[] {
  return allRows<FileRow & { score: number }>(
    db,
    `SELECT f.path, f.title, f.date, f.date_raw, f.domain, j.value AS score
     FROM json_each(:scored) j CROSS JOIN files f ON f.root = :root AND f.path = j.key
     WHERE f.ok = 1 ORDER BY j.value, f.date DESC, f.path`,
    { ...params, scored: JSON.stringify(Object.fromEntries(scores)) },
  );
}

/**
 * Matches of the article expression in `param` (or none when null) and the articles in :noted, an article in
 * both adding its two scores, as ranked.ts's matchedPage with no filters and relevance order.
 */
export function topRanked(
  db: DatabaseSync,
  param: string | null,
  params: Params,
  offset: number,
  limit: number,
): TopPage {
  const noted = JSON.parse(String(params.noted)) as Record<string, number>;
  const notedPaths = Object.keys(noted);
  const notedText =
    param !== null && notedPaths.length > 0 ? textScores(db, param, params, notedPaths) : new Map<string, number>();
  const wanted = offset + limit;
  for (let fetch = wanted + SLACK; ; fetch *= GROWTH) {
    const best = param === null ? [] : bestMatches(db, param, params, fetch);
    const exhausted = best.length < fetch;
    const scores = new Map(best.map((row) => [row.path, row.score]));
    for (const path of notedPaths) scores.set(path, (notedText.get(path) ?? 0) + (noted[path] ?? 0));
    const rows = listed(db, params, scores);
    // Every unfetched match scores at least the last fetched one; an article noted too was scored exactly.
    const cutoff = best.at(-1)?.score ?? -Infinity;
    const last = rows[wanted - 1];
    const settled = exhausted || wanted === 0 || (last !== undefined && last.score < cutoff);
    if (settled) {
      const page = rows
        .slice(offset, wanted)
        .map(({ path, title, date, date_raw, domain }) => ({ path, title, date, date_raw, domain }));
      return { rows: page, total: exhausted ? rows.length : null };
    }
  }
}
