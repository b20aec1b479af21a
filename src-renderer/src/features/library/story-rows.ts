// The library list with some story rows expanded: under each, a row per copy of the story. Maps the list's
// row numbers to search hits and copy rows, and back. Pure.

/** A story row opened: the hit's index in the search results and how many copy rows it shows below it. */
export interface Expansion {
  readonly storyId: string;
  readonly hit: number;
  readonly rows: number;
}

export type ListRow =
  | { readonly kind: 'hit'; readonly hit: number }
  | { readonly kind: 'copy'; readonly expansion: Expansion; readonly copy: number };

/** The expansions by the order of their hits, only one per hit and only hits there are. */
export function orderExpansions(expansions: readonly Expansion[], total: number): Expansion[] {
  const byHit = new Map<number, Expansion>();
  for (const expansion of expansions)
    if (expansion.hit < total && !byHit.has(expansion.hit)) byHit.set(expansion.hit, expansion);
  return [...byHit.values()].toSorted((a, b) => a.hit - b.hit);
}

/** How many rows the list has: the hits and the copy rows of the expanded ones. */
export function rowCount(total: number, expansions: readonly Expansion[]): number {
  return total + expansions.reduce((sum, e) => sum + e.rows, 0);
}

/** What the list shows at row `index` (`expansions` ordered). */
export function rowAt(expansions: readonly Expansion[], index: number): ListRow {
  let before = 0;
  for (const expansion of expansions) {
    const at = expansion.hit + before;
    if (index <= at) break;
    if (index <= at + expansion.rows) return { kind: 'copy', expansion, copy: index - at - 1 };
    before += expansion.rows;
  }
  return { kind: 'hit', hit: index - before };
}

/** The row that shows hit `hit`. */
export function rowOfHit(expansions: readonly Expansion[], hit: number): number {
  return hit + expansions.filter((e) => e.hit < hit).reduce((sum, e) => sum + e.rows, 0);
}

const hitOf = (row: ListRow): number => (row.kind === 'hit' ? row.hit : row.expansion.hit);

/** The hits from `start` to `end` (rows, end exclusive) show or hang under, as a hit range (end exclusive). */
export function hitRange(expansions: readonly Expansion[], start: number, end: number): [number, number] {
  const first = hitOf(rowAt(expansions, start));
  const last = hitOf(rowAt(expansions, Math.max(start, end - 1)));
  return [first, last + 1];
}
