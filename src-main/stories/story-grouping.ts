// One row per story in the library list and search results: the copies of a story other than its
// best-placed one (the first in the list's own order among those the list holds) are set aside in a
// `hidden` CTE, worked out from the stories' members alone (most articles have no copy and are never read
// here), and the list leaves them out: `f.path NOT IN (SELECT path FROM hidden)`. SQL text only.
import type { DatabaseSync } from 'node:sqlite';
import { oneRow } from '../search/statements';

export interface HiddenCopies {
  /** Joins after `story_docs s CROSS JOIN files f` that keep only the rows the list holds (e.g. matches). */
  readonly joins?: string;
  /** Conditions on f (and the joins) the list's rows meet: its filters, and matching. */
  readonly conditions: readonly string[];
  /** The list's order, over f (and the joins): the first copy in it stands for the story. */
  readonly order: string;
}

/** "hidden AS MATERIALIZED (...)": every copy of a story the list holds but its best-placed one. :root bound. */
export function hiddenCopiesCte({ joins = '', conditions, order }: HiddenCopies): string {
  const where = ['s.root = :root', 's.story IS NOT NULL', 'f.ok = 1', ...conditions].join(' AND ');
  return `hidden AS MATERIALIZED (
    SELECT path FROM (
      SELECT f.path AS path, row_number() OVER (PARTITION BY s.story ORDER BY ${order}) AS place
      FROM story_docs s CROSS JOIN files f ON f.root = s.root AND f.path = s.path ${joins}
      WHERE ${where}
    ) WHERE place > 1
  )`;
}

export const NOT_HIDDEN = 'f.path NOT IN (SELECT path FROM hidden)';

/** Whether this catalog keeps stories (a store may be told not to): grouping is then no grouping. */
export function storiesKept(db: DatabaseSync): boolean {
  return (
    oneRow(db, "SELECT 1 AS found FROM sqlite_schema WHERE type = 'table' AND name = 'story_clusters'", {}) !==
    undefined
  );
}
