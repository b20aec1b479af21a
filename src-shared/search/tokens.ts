// Words as the search index sees them, so a query word can be compared with vocabulary terms in main and
// with the article's words in the reader. The index never folds text itself: main folds it here first
// (text-form.ts in main). Folding: lower case; Latin, Greek and Hebrew diacritics, Arabic harakat and
// tatweel, Russian ё ~ е; Arabic and Farsi letter variants; Arabic-Indic and full-width digits and letters.
// Chinese, Japanese and Korean have no spaces between words, so each of their characters is a word of its
// own and a query word in them is a phrase of characters: "北京" finds 北京 wherever it stands. Pure.

/** Characters of a word, as the index's tokenizer is told (unicode61, categories 'L* N* Co M*'). */
const WORD = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;
const MARK = /\p{M}/u;
const SEPARATORS = /[^\p{L}\p{N}\p{Co}\p{M}]+/u;
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

/**
 * Lower-case words made only of these fold to themselves: ASCII letters and digits, Cyrillic but ё and
 * accented vowels, Greek without tonos or final sigma, Hebrew letters, the Arabic and Farsi letters that
 * have no variant to fold, and common CJK. Most words of most articles take this short way.
 */
const FOLDED_ALREADY = [
  'a-z0-9',
  '\\u0430-\\u044f\\u0454\\u0456\\u0457\\u045e\\u0491',
  '\\u03b1-\\u03c1\\u03c3-\\u03c9',
  '\\u05d0-\\u05ea',
  '\\u0621\\u0627\\u0628\\u062a-\\u063a\\u0641-\\u0648\\u064a\\u067e\\u0686\\u0698\\u06af',
].join('');
const CJK_FOLDED_ALREADY = '\\u3041-\\u3096\\u30a1-\\u30fa\\u30fc\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7a3';
const SAME_WHEN_LOWER = new RegExp(`^[${FOLDED_ALREADY}${CJK_FOLDED_ALREADY}]*$`);
/** A word character of lower-case text that folds to something else, or is CJK (one class: the v flag's "--"). */
const NOT_PLAIN = new RegExp(`[[\\p{L}\\p{N}\\p{Co}\\p{M}]--[${FOLDED_ALREADY}]]`, 'v');

/** Whether text in lower case is already folded and has no CJK to split (most articles in most languages). */
export function isPlainWhenLower(lower: string): boolean {
  return !NOT_PLAIN.test(lower);
}

const MAX_FOLDS = 20_000;
const folds = new Map<string, string>();

/** One piece of a word folded; a piece that would fold to nothing (a lone tatweel) stays, lowered. */
export function foldPiece(piece: string): string {
  const lower = piece.toLowerCase();
  if (SAME_WHEN_LOWER.test(lower)) return lower;
  // Words recur (names, "été", "président"): each is folded once.
  let folded = folds.get(lower);
  if (folded === undefined) {
    if (folds.size >= MAX_FOLDS) folds.clear();
    folded = foldSlowly(lower);
    folds.set(lower, folded);
  }
  return folded;
}

/** foldPiece without the short way, every character looked at (a test holds the short way to it). */
export function foldSlowly(lower: string): string {
  let out = '';
  let base = '';
  for (const char of lower.normalize('NFD')) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x0300 && MARK.test(char)) {
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

/** CJK by code unit: the common blocks at once, the rest (rare) by script. */
function cjkAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x2e80) return false;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3040 && code <= 0x30ff) || (code >= 0xac00 && code <= 0xd7a3)) {
    return true;
  }
  return CJK.test(String.fromCodePoint(text.codePointAt(at) ?? code));
}

/**
 * A word split where the index splits it: each CJK character (with its marks) alone, the rest in runs.
 * "2022年3月" -> 2022, 年, 3, 月.
 */
export function piecesOf(word: string): string[] {
  let any = false;
  for (let i = 0; i < word.length && !any; i++) any = cjkAt(word, i);
  if (!any) return [word];
  const pieces: string[] = [];
  let start = 0;
  let previousCjk = false;
  for (let i = 0; i < word.length;) {
    const code = word.codePointAt(i) ?? 0;
    const cjk = cjkAt(word, i);
    // A mark rides with the character before it (the kana sound marks are in the kana block).
    const mark =
      i > 0 && (cjk ? code === 0x3099 || code === 0x309a : code >= 0x0300 && MARK.test(String.fromCodePoint(code)));
    if (!mark) {
      if (i > start && (cjk || previousCjk)) {
        pieces.push(word.slice(start, i));
        start = i;
      }
      previousCjk = cjk;
    }
    i += code > 0xffff ? 2 : 1;
  }
  pieces.push(word.slice(start));
  return pieces;
}

/** Whether a token is (or starts with) a character of a script written without spaces. */
export function isCjkToken(token: string): boolean {
  return token.length > 0 && cjkAt(token, 0);
}

/** "Café-Crème" -> ["cafe", "creme"]; "北京大学" -> ["北", "京", "大", "学"]. */
export function tokensOf(text: string): string[] {
  const tokens: string[] = [];
  const nfc = text.normalize('NFC');
  const lower = nfc.toLowerCase();
  if (isPlainWhenLower(lower)) return lower.split(SEPARATORS).filter(Boolean);
  for (const match of nfc.matchAll(WORD)) {
    const word = match[0];
    if (ASCII_WORD.test(word)) tokens.push(word.toLowerCase());
    else for (const piece of piecesOf(word)) tokens.push(foldPiece(piece));
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
      spans.push({ token: foldPiece(piece.length === 1 ? piece : piece.normalize('NFC')), start, end });
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
