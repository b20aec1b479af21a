// What differs between two copies of a story, paragraph by paragraph: the paragraphs both have (by the
// longest common subsequence), those one cut or added, and those it changed a little (reworded, split in
// two, or two run together), which are paired and given a word-level diff. Pure; the reader's Compare view
// shows it.
import { diffKeys } from './sequence-diff';
import { diffWords, wordTokens, type WordRun } from './word-diff';

export type ParagraphRun =
  | { readonly kind: 'same'; readonly a: number; readonly b: number; readonly text: string }
  | { readonly kind: 'removed'; readonly a: number; readonly text: string }
  | { readonly kind: 'added'; readonly b: number; readonly text: string }
  | {
      readonly kind: 'changed';
      /** The first copy's paragraphs (two or more when the second ran them together), and the second's. */
      readonly a: readonly number[];
      readonly b: readonly number[];
      /** Word-level runs; "\n" in one marks a paragraph break that only one copy has. */
      readonly words: readonly WordRun[];
      /** Share of words in common (Dice over the words), 0.5–1. */
      readonly similarity: number;
    };

export interface ParagraphDiff {
  readonly runs: readonly ParagraphRun[];
  /** Paragraphs of the first copy kept, cut and changed; of the second, added. */
  readonly counts: Readonly<Record<ParagraphRun['kind'], number>>;
}

/** Two paragraphs are one changed a little when at least half their words are shared. */
export const CHANGED_SIMILARITY = 0.5;
/** Each piece of a split (or of a merge) must have most of its words in the paragraph it came from. */
const PIECE_CONTAINMENT = 0.6;
/** At most three pieces to a split or a merge. */
const MAX_PIECES = 3;
/** A stretch of cut and added paragraphs larger than this (in pairs to weigh) is left unpaired. */
const MAX_GAP_CELLS = 10_000;

const normalise = (paragraph: string): string => paragraph.trim().replace(/\s+/gu, ' ');

/** The diff turning copy `before` into copy `after` (each a list of paragraphs); blank paragraphs are passed over. */
export function diffParagraphs(before: readonly string[], after: readonly string[]): ParagraphDiff {
  const a = kept(before);
  const b = kept(after);
  const ids = new Map<string, number>();
  const key = (text: string): number => {
    const normal = normalise(text);
    let id = ids.get(normal);
    if (id === undefined) ids.set(normal, (id = ids.size));
    return id;
  };
  const edits = diffKeys(
    a.map((i) => key(before[i] ?? '')),
    b.map((j) => key(after[j] ?? '')),
  );
  const runs: ParagraphRun[] = [];
  let cut: number[] = [];
  let added: number[] = [];
  const flushGap = (): void => {
    runs.push(...alignGap(before, after, cut, added));
    cut = [];
    added = [];
  };
  for (const edit of edits) {
    if (edit.kind === 'removed') cut.push(a[edit.a] ?? 0);
    else if (edit.kind === 'added') added.push(b[edit.b] ?? 0);
    else {
      flushGap();
      const j = b[edit.b] ?? 0;
      runs.push({ kind: 'same', a: a[edit.a] ?? 0, b: j, text: after[j] ?? '' });
    }
  }
  flushGap();
  const counts = { same: 0, removed: 0, added: 0, changed: 0 };
  for (const run of runs) counts[run.kind] += 1;
  return { runs, counts };
}

function kept(paragraphs: readonly string[]): number[] {
  const indices: number[] = [];
  for (const [index, paragraph] of paragraphs.entries()) if (paragraph.trim() !== '') indices.push(index);
  return indices;
}

type Bag = ReadonlyMap<string, number>;

/** The words of a text, lower-cased, with how often each comes. */
export function wordBag(texts: readonly string[]): Bag {
  const bag = new Map<string, number>();
  for (const text of texts) {
    for (const token of wordTokens(text.toLocaleLowerCase())) {
      if (/[\p{L}\p{N}]/u.test(token)) bag.set(token, (bag.get(token) ?? 0) + 1);
    }
  }
  return bag;
}

const size = (bag: Bag): number => [...bag.values()].reduce((sum, n) => sum + n, 0);

function shared(x: Bag, y: Bag): number {
  let count = 0;
  for (const [word, n] of x) count += Math.min(n, y.get(word) ?? 0);
  return count;
}

/** Share of words two texts have in common (Dice over word bags), 0–1. */
export function similarity(x: Bag, y: Bag): number {
  const total = size(x) + size(y);
  return total === 0 ? 1 : (2 * shared(x, y)) / total;
}

interface Pairing {
  readonly cut: number;
  readonly added: number;
  /** Words in common: the pairing that keeps the most words wins. */
  readonly score: number;
  readonly similarity: number;
}

/**
 * Within a stretch of paragraphs one copy cut and the other added: pairs each cut paragraph with the added one
 * (or two or three, when it was split; or the other way round, when run together) it became, in order,
 * keeping the most words in common; the rest stay cut or added.
 */
function alignGap(before: readonly string[], after: readonly string[], cut: number[], added: number[]): ParagraphRun[] {
  const r = cut.length;
  const d = added.length;
  if (r === 0 || d === 0 || r * d > MAX_GAP_CELLS) {
    return [
      ...cut.map((i): ParagraphRun => ({ kind: 'removed', a: i, text: before[i] ?? '' })),
      ...added.map((j): ParagraphRun => ({ kind: 'added', b: j, text: after[j] ?? '' })),
    ];
  }
  const cutBags = cut.map((i) => wordBag([before[i] ?? '']));
  const addedBags = added.map((j) => wordBag([after[j] ?? '']));
  const pairing = (i: number, l: number, j: number, k: number): Pairing | null => {
    if (i + l > r || j + k > d) return null;
    const left = cutBags.slice(i, i + l);
    const right = addedBags.slice(j, j + k);
    const x = merge(left);
    const y = merge(right);
    const score = shared(x, y);
    const dice = similarity(x, y);
    if (dice < CHANGED_SIMILARITY) return null;
    const pieces = l > 1 ? left.map((bag) => [bag, y] as const) : k > 1 ? right.map((bag) => [bag, x] as const) : [];
    if (pieces.some(([piece, other]) => shared(piece, other) < PIECE_CONTAINMENT * size(piece))) return null;
    return { cut: l, added: k, score, similarity: dice };
  };
  // best[i][j]: the most words kept pairing cut[i..] with added[j..].
  const width = d + 1;
  const best = new Float64Array((r + 1) * width);
  const choice: (Pairing | 'cut' | 'added' | null)[] = Array.from({ length: (r + 1) * width }, () => null);
  const at = (i: number, j: number): number => best[i * width + j] ?? 0;
  for (let i = r; i >= 0; i -= 1) {
    for (let j = d; j >= 0; j -= 1) {
      if (i === r && j === d) continue;
      let top = -1;
      let pick: Pairing | 'cut' | 'added' | null = null;
      for (const [l, k] of shapes()) {
        const pair = pairing(i, l, j, k);
        if (pair && pair.score + at(i + l, j + k) > top) {
          top = pair.score + at(i + l, j + k);
          pick = pair;
        }
      }
      if (i < r && at(i + 1, j) > top) [top, pick] = [at(i + 1, j), 'cut'];
      if (j < d && at(i, j + 1) > top) [top, pick] = [at(i, j + 1), 'added'];
      best[i * width + j] = Math.max(top, 0);
      choice[i * width + j] = pick;
    }
  }
  const runs: ParagraphRun[] = [];
  let i = 0;
  let j = 0;
  while (i < r || j < d) {
    const pick = choice[i * width + j] ?? null;
    if (pick === 'cut' || (pick === null && i < r)) {
      const index = cut[i] ?? 0;
      runs.push({ kind: 'removed', a: index, text: before[index] ?? '' });
      i += 1;
    } else if (pick === 'added' || pick === null) {
      const index = added[j] ?? 0;
      runs.push({ kind: 'added', b: index, text: after[index] ?? '' });
      j += 1;
    } else {
      const aIndices = cut.slice(i, i + pick.cut);
      const bIndices = added.slice(j, j + pick.added);
      const words = diffWords(
        aIndices.map((n) => before[n] ?? '').join('\n'),
        bIndices.map((n) => after[n] ?? '').join('\n'),
      );
      runs.push({ kind: 'changed', a: aIndices, b: bIndices, words, similarity: pick.similarity });
      i += pick.cut;
      j += pick.added;
    }
  }
  return runs;
}

/** The shapes a pairing can take: one to one, one split in two or three, two or three run into one. */
function* shapes(): Generator<readonly [number, number]> {
  yield [1, 1];
  for (let n = 2; n <= MAX_PIECES; n += 1) {
    yield [1, n];
    yield [n, 1];
  }
}

function merge(bags: readonly Bag[]): Bag {
  if (bags.length === 1 && bags[0]) return bags[0];
  const out = new Map<string, number>();
  for (const bag of bags) for (const [word, n] of bag) out.set(word, (out.get(word) ?? 0) + n);
  return out;
}
