// What makes a file that parsed look like something other than an article: nothing after the header, one
// enormous line, binary data past the part the decoder sniffs, or characters that are mostly not words.
// Pure. The file still opens; the reasons are shown beside it so the analyst can judge it.
import { splitLines } from './fields';

/** Longer than any paragraph a person writes (about 3,000 words): a dump, a minified page, encoded data. */
export const HUGE_LINE_CHARS = 20_000;
/** Below this much text a file is too short for shares of characters to mean anything. */
const MIN_CHARS_FOR_SHARES = 200;

const COUNT = new Intl.NumberFormat('en-GB');

export interface OddityInput {
  /** The decoded text, bidi controls removed. */
  readonly text: string;
  readonly paragraphs: readonly string[];
}

export function findOddities({ text, paragraphs }: OddityInput): string[] {
  const oddities: string[] = [];
  const lines = splitLines(text).filter((line) => line.trim().length > 0);
  const longest = longestLine(lines);
  if (longest.length > HUGE_LINE_CHARS) {
    const size = COUNT.format(longest.length);
    oddities.push(
      lines.length === 1
        ? `one line of ${size} characters — not an article?`
        : `line ${longest.index + 1} holds ${size} characters — not an article?`,
    );
  } else if (paragraphs.length === 0) {
    oddities.push('no paragraphs after the header: the file holds only a title');
  }
  const counts = countCharacters(text);
  if (counts.unreadable > 0 && (counts.unreadable >= 16 || counts.unreadable / counts.total > 0.001)) {
    oddities.push(
      `${COUNT.format(counts.unreadable)} control or unreadable characters — parts of the file look binary`,
    );
  }
  if (counts.visible >= MIN_CHARS_FOR_SHARES && counts.wordlike / counts.visible < 0.5) {
    const share = Math.round((100 * counts.wordlike) / counts.visible);
    oddities.push(`mostly not text: only ${share}% of its characters are letters or digits`);
  }
  return oddities;
}

function longestLine(lines: readonly string[]): { length: number; index: number } {
  let best = { length: 0, index: 0 };
  lines.forEach((line, index) => {
    if (line.length > best.length) best = { length: line.length, index };
  });
  return best;
}

interface CharacterCounts {
  readonly total: number;
  /** Neither white space nor a line break. */
  readonly visible: number;
  /** Letters (with their combining marks) and digits of any script. */
  readonly wordlike: number;
  /** Control characters other than tab, form feed and line breaks, and U+FFFD left by decoding. */
  readonly unreadable: number;
}

const WORDLIKE = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE = /^\s$/u;

/** One pass over code units; ASCII is classified by range, so only other scripts pay for a regular expression. */
function countCharacters(text: string): CharacterCounts {
  let visible = 0;
  let wordlike = 0;
  let unreadable = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d) continue;
      visible++;
      if (code < 0x20 || code === 0x7f) unreadable++;
      else if ((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) wordlike++;
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue; // the second half of a pair, counted with the first
    if (code <= 0x9f || code === 0xfffd) {
      visible++;
      unreadable++;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i) as number);
    if (SPACE.test(char)) continue;
    visible++;
    if (WORDLIKE.test(char)) wordlike++;
  }
  return { total: text.length, visible, wordlike, unreadable };
}
