// The two forms of a text the index keeps apart: what snippets show (the text, with an invisible break
// between the characters of Chinese, Japanese and Korean words) and what the tokenizer reads (the same
// words folded: tokens.ts). The tables hold the first and index the second (schema.ts), so FTS5 marks
// matches in the text as written. Both forms have the same words in the same places, separators and
// all, so FTS5's positions in one are positions in the other. Pure.
import { foldPiece, isPlainWhenLower, piecesOf } from './tokens';

/** Between the characters of a CJK word in stored text: a separator to the tokenizer, nothing on screen. */
export const CJK_BREAK = '\u200b';
const WORD = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;
const ASCII_WORD = /^[A-Za-z0-9]+$/;
/** CJK characters that fold to themselves, one UTF-16 unit each (tokens.ts). */
const CJK_RUN = /^[\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]+$/;

export interface TextForms {
  /** What the table stores and snippets show. */
  readonly content: string;
  /** What the index reads. */
  readonly index: string;
}

export function textForms(text: string): TextForms {
  const nfc = text.normalize('NFC');
  // Most articles only need lower case: every word of theirs folds to itself (isPlainWhenLower).
  const lower = nfc.toLowerCase();
  if (isPlainWhenLower(lower)) return { content: nfc, index: lower };
  let content = '';
  let index = '';
  let last = 0;
  for (const match of nfc.matchAll(WORD)) {
    const word = match[0];
    const between = nfc.slice(last, match.index);
    last = match.index + word.length;
    // Most words of most articles are plain ASCII, which only needs lower case.
    if (ASCII_WORD.test(word)) {
      content += between + word;
      index += between + word.toLowerCase();
      continue;
    }
    // A run of common CJK characters (most of a Chinese or Japanese text) is split character by character.
    if (CJK_RUN.test(word)) {
      const chars = word.split('');
      content += between + chars.join(CJK_BREAK);
      index += between + chars.join(' ');
      continue;
    }
    const pieces = piecesOf(word);
    content += between + pieces.join(CJK_BREAK);
    index += between + pieces.map(foldPiece).join(' ');
  }
  const tail = nfc.slice(last);
  return { content: content + tail, index: index + tail };
}

/** Stored text as shown: the breaks taken out. */
export function shownText(content: string): string {
  return content.replaceAll(CJK_BREAK, '');
}
