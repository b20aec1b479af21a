// A story's signature: MinHash over the word shingles of its body text, by one-permutation hashing with
// optimal densification (Shrivastava, ICML 2017): each shingle is hashed once (not once per value), its
// hash picks a bin and competes for that bin's minimum, and empty bins borrow a full bin's value along a
// probe sequence both texts share. Two signatures agree in a value with probability the texts' Jaccard
// similarity. Words are folded as the search index folds them (text-form.ts): case, accents, punctuation;
// CJK text counts each character as a word. The title is left out (a republication changes headlines). Pure.
import { textForms } from '../search/text-form';
import * as parameters from './parameters';

export interface StorySignature {
  /** SIGNATURE_SIZE MinHash values; empty for a text too short to tell a copy by (it is never clustered). */
  readonly mins: Uint32Array;
  /** How many distinct shingles the text has (for containment, compare.ts). */
  readonly shingles: number;
}

const EMPTY = new Uint32Array(0);
// Read once: an imported binding may be a getter in some builds, too slow for the loops below.
const { MIN_WORDS, SHINGLE_WORDS, SIGNATURE_SIZE } = parameters;

/** murmur3's finaliser: every input bit reaches every output bit. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const WORD_CHAR = /[\p{L}\p{N}\p{Co}\p{M}]/u;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Whether the character at i (a non-ASCII one, maybe a surrogate pair of `size` units) is part of a word. */
function isWordChar(text: string, i: number, code: number): boolean {
  return WORD_CHAR.test(code >= 0xd800 && code <= 0xdbff ? text.slice(i, i + 2) : text.charAt(i));
}

/**
 * The folded words of the body, each hashed (FNV-1a over its UTF-16 units). One pass over the characters:
 * ASCII letters and digits (most of most texts) are told apart without a regular expression.
 */
function wordHashes(paragraphs: readonly string[]): number[] {
  const hashes: number[] = [];
  for (const paragraph of paragraphs) {
    const text = textForms(paragraph).index;
    let h = FNV_OFFSET;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const word =
        (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 128 && isWordChar(text, i, code));
      if (word) {
        h = Math.imul(h ^ code, FNV_PRIME);
        inWord = true;
      } else if (inWord) {
        hashes.push(h);
        h = FNV_OFFSET;
        inWord = false;
      }
    }
    if (inWord) hashes.push(h);
  }
  return hashes;
}

/** The bin a hash falls in: its top bits, scaled (any SIGNATURE_SIZE). */
const binOf = (h: number): number => Math.floor((h / 4294967296) * SIGNATURE_SIZE);

export function storySignature(_title: string, paragraphs: readonly string[]): StorySignature {
  const words = wordHashes(paragraphs);
  if (words.length < MIN_WORDS) return { mins: EMPTY, shingles: 0 };
  const mins = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const full = new Uint8Array(SIGNATURE_SIZE);
  const count = words.length - SHINGLE_WORDS + 1;
  for (let i = 0; i < count; i++) {
    let h = 0x9747b28c;
    for (let k = 0; k < SHINGLE_WORDS; k++) h = Math.imul(h ^ (words[i + k] as number), 0x01000193) + k;
    h = mix(h);
    const bin = binOf(h);
    full[bin] = 1;
    if (h < (mins[bin] as number)) mins[bin] = h;
  }
  densify(mins, full);
  // Repeated runs of five words are rare enough in news text to count each run as one more shingle.
  return { mins, shingles: count };
}

/** Each empty bin takes the value of the first full bin along its own probe sequence (the same for every text). */
function densify(mins: Uint32Array, full: Uint8Array): void {
  for (let bin = 0; bin < SIGNATURE_SIZE; bin++) {
    if (full[bin]) continue;
    for (let attempt = 1; ; attempt++) {
      const probe = binOf(mix(Math.imul(bin + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x7feb352d)));
      if (full[probe]) {
        mins[bin] = mins[probe] as number;
        break;
      }
    }
  }
}

/** Whether the text was long enough to have a signature. */
export function hasSignature(signature: StorySignature): boolean {
  return signature.mins.length === SIGNATURE_SIZE;
}
