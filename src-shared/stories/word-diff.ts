// What changed inside a paragraph: the words two versions share, and those only one has, as runs of text
// that put back together give each version (the kept spaces as the second has them). A paragraph break in a
// run ("\n") is where one version splits a paragraph the other keeps whole.
import { diffKeys } from './sequence-diff';

export type WordRunKind = 'same' | 'removed' | 'added';

export interface WordRun {
  readonly kind: WordRunKind;
  readonly text: string;
}

// A token: a Chinese or Japanese character (unspaced scripts change a character at a time), a word with its
// inner apostrophes, hyphens and points ("don't", "U.S", "2,000"), a stretch of space, or one other character.
const TOKEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+(?:['’.,-][\p{L}\p{N}\p{M}]+)*|\s+|[^\s]/gu;

export function wordTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

// Spaces compare equal whatever they are, except a paragraph break, which must line up with a break.
const tokenKey = (token: string): string => (token.includes('\n') ? '\n' : /^\s+$/.test(token) ? ' ' : token);

/** Runs turning `before` into `after`: removed text precedes the added text that replaces it. */
export function diffWords(before: string, after: string): WordRun[] {
  const a = wordTokens(before);
  const b = wordTokens(after);
  const pieces = diffKeys(a.map(tokenKey), b.map(tokenKey)).map((edit): Piece => ({
    same: edit.kind === 'same',
    before: edit.kind === 'added' ? '' : (a[edit.a] ?? ''),
    after: edit.kind === 'removed' ? '' : (b[edit.b] ?? ''),
  }));
  return tidy(pieces);
}

/** A token kept (the same in both, up to its spaces) or in one version only. */
interface Piece {
  readonly same: boolean;
  readonly before: string;
  readonly after: string;
}

/**
 * Reads as a person would: a space kept between two changes joins the change (so "[-was then-][+is now+]"
 * rather than "[-was-][+is+] [-then-][+now+]"), and each change gives all its removed text, then all its added
 * text. Kept text is given as the second version has it.
 */
function tidy(pieces: readonly Piece[]): WordRun[] {
  const out: WordRun[] = [];
  let removed = '';
  let added = '';
  const flushChange = (): void => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  for (const [index, piece] of pieces.entries()) {
    if (!piece.same || ((removed || added) && isFiller(piece.after) && changeFollows(pieces, index))) {
      removed += piece.before;
      added += piece.after;
      continue;
    }
    flushChange();
    const last = out.at(-1);
    if (last?.kind === 'same') out[out.length - 1] = { kind: 'same', text: last.text + piece.after };
    else out.push({ kind: 'same', text: piece.after });
  }
  flushChange();
  return out;
}

const isFiller = (text: string): boolean => /^\s+$/.test(text) && !text.includes('\n');

/** After the kept piece at `index` come only kept spaces, then a change. */
function changeFollows(pieces: readonly Piece[], index: number): boolean {
  for (let next = index + 1; next < pieces.length; next += 1) {
    const piece = pieces[next];
    if (piece === undefined || !piece.same) return piece !== undefined;
    if (!isFiller(piece.after)) return false;
  }
  return false;
}

/** The text of the first version (`removed`) or the second (`added`), from the runs. */
export function sideText(runs: readonly WordRun[], side: 'removed' | 'added'): string {
  return runs
    .filter((run) => run.kind === 'same' || run.kind === side)
    .map((run) => run.text)
    .join('');
}
