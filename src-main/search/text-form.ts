// The two forms of a text the index keeps apart: what snippets show (the text, with an invisible break
// between the characters of Chinese, Japanese and Korean words) and what the tokenizer reads (the same
// words folded: tokens.ts). The tables hold the first and index the second (schema.ts), so FTS5 marks
// matches in the text as written. Both forms have the same words in the same places, separators and
// all, so FTS5's positions in one are positions in the other. Pure.
import { foldPiece, piecesOf } from './tokens';

/** Between the characters of a CJK word in stored text: a separator to the tokenizer, nothing on screen. */
export const CJK_BREAK = '\u200b';
const WORD = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

export interface TextForms {
  /** What the table stores and snippets show. */
  readonly content: string;
  /** What the index reads. */
  readonly index: string;
}

export function textForms(text: string): TextForms {
  const nfc = text.normalize('NFC');
  let content = '';
  let index = '';
  let last = 0;
  for (const match of nfc.matchAll(WORD)) {
    const between = nfc.slice(last, match.index);
    const pieces = piecesOf(match[0]);
    content += between + pieces.join(CJK_BREAK);
    index += between + pieces.map(foldPiece).join(' ');
    last = match.index + match[0].length;
  }
  const tail = nfc.slice(last);
  return { content: content + tail, index: index + tail };
}

/** Stored text as shown: the breaks taken out. */
export function shownText(content: string): string {
  return content.replaceAll(CJK_BREAK, '');
}
