// Words as the search index sees them, so a query word can be compared with vocabulary terms in main and
// with the article's words in the reader. The index never folds text itself: main folds it here first
// (text-form.ts in main). Folding: lower case; Latin, Greek and Hebrew diacritics, Arabic harakat and
// tatweel, Russian ё ~ е; Arabic and Farsi letter variants; Arabic-Indic and full-width digits and letters.
// Chinese, Japanese and Korean have no spaces between words, so each of their characters is a word of its
// own and a query word in them is a phrase of characters: "北京" finds 北京 wherever it stands. Pure.

/** Characters of a word, as the index's tokenizer is told (unicode61, categories 'L* N* Co M*'). */
const WORD = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;
const MARK = /\p{M}/u;
const ASCII_WORD = /^[A-Za-z0-9]+$/;
/** Scripts written without spaces between words (and Hangul, whose particles stick to the word). */
const CJK = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Bopomofo}]/u;
/** Scripts whose combining marks are dropped (Cyrillic only keeps its letters: й, ї and ў stay). */
const FOLDED_SCRIPT = /[\p{scx=Latin}\p{scx=Greek}\p{scx=Arabic}\p{scx=Hebrew}]/u;
const CYRILLIC = /\p{scx=Cyrillic}/u;
const TATWEEL = '\u0640';

/** The marks dropped after a letter of a folded script: accents, tonos, harakat, niqqud and cantillation. */
function droppedMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x0591 && code <= 0x05c7) ||
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed)
  );
}

/** Cyrillic drops stress accents, and the diaeresis of ё only. */
function droppedCyrillicMark(code: number, base: string): boolean {
  return code === 0x0300 || code === 0x0301 || (code === 0x0308 && base === 'е');
}

/** Letters read as one: final sigma, Arabic and Farsi yeh, kaf, teh marbuta and alef wasla. */
const LETTERS: Readonly<Record<string, string>> = {
  ς: 'σ',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  ة: 'ه',
  ٱ: 'ا',
};

function mapped(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  // Arabic-Indic and Extended Arabic-Indic digits.
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  // Full-width digits and Latin letters (lowered already).
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCodePoint(code - 0xfee0);
  }
  return LETTERS[char] ?? char;
}

/** One piece of a word folded; a piece that would fold to nothing (a lone tatweel) stays, lowered. */
export function foldPiece(piece: string): string {
  const lower = piece.toLowerCase();
  let out = '';
  let base = '';
  for (const char of lower.normalize('NFD')) {
    if (MARK.test(char)) {
      const code = char.codePointAt(0) ?? 0;
      const drop = FOLDED_SCRIPT.test(base)
        ? droppedMark(code)
        : CYRILLIC.test(base) && droppedCyrillicMark(code, base);
      if (!drop) out += char;
      continue;
    }
    base = char;
    if (char !== TATWEEL) out += mapped(char);
  }
  const folded = out.normalize('NFC');
  return folded === '' ? lower : folded;
}

/**
 * A word split where the index splits it: each CJK character (with its marks) alone, the rest in runs.
 * "2022年3月" -> 2022, 年, 3, 月.
 */
export function piecesOf(word: string): string[] {
  if (!CJK.test(word)) return [word];
  const pieces: string[] = [];
  let run = '';
  let cjk = false;
  for (const char of word) {
    if (MARK.test(char) && (run !== '' || pieces.length > 0)) {
      if (run === '') run = pieces.pop() ?? '';
      run += char;
      continue;
    }
    const isCjk = CJK.test(char);
    if (run !== '' && (isCjk || cjk)) {
      pieces.push(run);
      run = '';
    }
    run += char;
    cjk = isCjk;
  }
  if (run !== '') pieces.push(run);
  return pieces;
}

/** Whether a token is one character of a script written without spaces. */
export function isCjkToken(token: string): boolean {
  return CJK.test(token);
}

/** "Café-Crème" -> ["cafe", "creme"]; "北京大学" -> ["北", "京", "大", "学"]. */
export function tokensOf(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.normalize('NFC').matchAll(WORD)) {
    for (const piece of piecesOf(match[0])) tokens.push(foldPiece(piece));
  }
  return tokens;
}

export interface TokenSpan {
  /** The word as the index sees it. */
  readonly token: string;
  /** Where the word is in the text as written (UTF-16 offsets, end exclusive). */
  readonly start: number;
  readonly end: number;
}

/** Every word of `text` with its place in the text as written, in order: "Café au lait" -> cafe@0-4, au@5-7, … */
export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    let start = match.index;
    // Most words are plain ASCII, which only needs lower case (and a long article has many words).
    if (ASCII_WORD.test(word)) {
      spans.push({ token: word.toLowerCase(), start, end: start + word.length });
      continue;
    }
    for (const piece of piecesOf(word)) {
      const end = start + piece.length;
      spans.push({ token: foldPiece(piece.normalize('NFC')), start, end });
      start = end;
    }
  }
  return spans;
}

/** The smallest string greater than every string that starts with `prefix` (binary order), for range scans. */
export function prefixEnd(prefix: string): string {
  const points = [...prefix];
  const last = points.pop();
  if (last === undefined) return '\u{10FFFF}';
  const code = last.codePointAt(0) ?? 0;
  // Skip the surrogate block: it cannot occur in the UTF-8 terms the index stores.
  const next = code + 1 === 0xd800 ? 0xe000 : code + 1;
  return points.join('') + String.fromCodePoint(Math.min(next, 0x10ffff));
}
