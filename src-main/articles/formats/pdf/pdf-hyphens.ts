// Joining a word a PDF broke across two lines with a hyphen: "inter-" + "national" is "international", while
// "Russian-" + "Ukrainian" and "well-" + "known" keep their hyphen.

/** A hyphen at a line's end, after a letter: soft hyphen, hyphen-minus or the Unicode hyphen. */
const LINE_END_HYPHEN = /(\p{L})([\u00AD\u2010-])$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const LAST_WORD = /(\p{L}[\p{L}'’-]*)[\u00AD\u2010-]$/u;
const FIRST_WORD = /^(\p{L}[\p{L}'’]*)/u;

/** Words that make compounds with a hyphen rather than being broken off a longer word. */
const COMPOUND_FIRST = new Set(['self', 'well', 'non', 'ex', 'half', 'all', 'vice', 'cross', 'so', 'pro', 'anti']);

/** The document's words, lower case: how a word is written elsewhere tells a broken word from a compound. */
export type WordSet = ReadonlySet<string>;

export function wordsOf(texts: readonly string[]): WordSet {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? []) words.add(word);
  }
  return words;
}

/**
 * The hyphen to keep when a line ending `before` with a hyphen runs on to `after`: '' to join the word, '-' to
 * keep a compound's hyphen, null when the line does not end in a hyphen after a letter.
 */
export function hyphenJoin(before: string, after: string, words: WordSet): '' | '-' | null {
  const end = LINE_END_HYPHEN.exec(before);
  if (!end) return null;
  if (end[2] === '\u00AD') return '';
  if (!STARTS_LOWER.test(after)) return '-';
  const left = (LAST_WORD.exec(before)?.[1] ?? '').toLowerCase();
  const right = (FIRST_WORD.exec(after)?.[1] ?? '').toLowerCase();
  if (words.has(`${left}-${right}`)) return '-';
  if (words.has(`${left}${right}`)) return '';
  return COMPOUND_FIRST.has(left.split('-').pop() ?? left) ? '-' : '';
}
