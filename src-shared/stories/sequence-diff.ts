// The longest common subsequence of two sequences of keys, as edits in order: what both keep, what the first
// has alone (removed) and what the second has alone (added). The paragraph and word diffs of story copies
// stand on it.

export type Edit =
  | { readonly kind: 'same'; readonly a: number; readonly b: number }
  | { readonly kind: 'removed'; readonly a: number }
  | { readonly kind: 'added'; readonly b: number };

/**
 * Past this many cells the table would take too long and too much memory (16 MB at 4 bytes a cell): what is
 * left between the common head and tail is then given as all removed, then all added.
 */
export const MAX_CELLS = 4_000_000;

/** Edits turning `a` into `b`, keys compared with ===; the common head and tail are matched first. */
export function diffKeys<K>(a: readonly K[], b: readonly K[], maxCells = MAX_CELLS): Edit[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) {
    tail += 1;
  }
  const edits: Edit[] = [];
  for (let i = 0; i < head; i += 1) edits.push({ kind: 'same', a: i, b: i });
  middle(a.slice(head, a.length - tail), b.slice(head, b.length - tail), head, head, maxCells, edits);
  for (let t = tail; t > 0; t -= 1) edits.push({ kind: 'same', a: a.length - t, b: b.length - t });
  return edits;
}

function middle<K>(a: readonly K[], b: readonly K[], offA: number, offB: number, maxCells: number, out: Edit[]): void {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > maxCells) {
    for (let i = 0; i < n; i += 1) out.push({ kind: 'removed', a: offA + i });
    for (let j = 0; j < m; j += 1) out.push({ kind: 'added', b: offB + j });
    return;
  }
  // lengths[i * (m + 1) + j]: the LCS length of a[i..] and b[j..].
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  const at = (row: number, column: number): number => lengths[row * width + column] ?? 0;
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[i * width + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', a: offA + i, b: offB + j });
      i += 1;
      j += 1;
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      out.push({ kind: 'removed', a: offA + i });
      i += 1;
    } else {
      out.push({ kind: 'added', b: offB + j });
      j += 1;
    }
  }
  for (; i < n; i += 1) out.push({ kind: 'removed', a: offA + i });
  for (; j < m; j += 1) out.push({ kind: 'added', b: offB + j });
}
