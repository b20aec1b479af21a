// Guesses the legacy encoding of bytes that are not UTF-8: chardet's candidates, checked against how
// plausible each one's text reads (words of one script, in one case pattern, without stray symbols).
import { analyse } from 'chardet';

/** The WHATWG name of the encoding chosen (as TextDecoder reports it). */
export type DetectedEncoding = string;

/** chardet reads at most this much of the bytes, the plausibility check at most a quarter of it. */
const SAMPLE_BYTES = 64 * 1024;
const SCORED_BYTES = SAMPLE_BYTES / 4;

/** Multi-byte encodings whose detectors in chardet check the byte structure and character frequencies. */
const CJK = new Set(['gb18030', 'gbk', 'big5', 'shift_jis', 'euc-jp', 'euc-kr', 'iso-2022-jp']);

/**
 * Tried besides chardet's suggestions, most likely first: the Windows code pages of the regions analysts read,
 * and KOI8-R, which chardet and this check both tell from windows-1251 by its letter case.
 */
const FALLBACKS = [
  'windows-1252',
  'windows-1251',
  'koi8-r',
  'koi8-u',
  'windows-1256',
  'windows-1250',
  'windows-1253',
  'windows-1254',
  'windows-1255',
  'windows-1257',
  'ibm866',
];

/** How much chardet's confidence (0–100) counts against the text's plausibility (-1 to 1 per unit). */
const CONFIDENCE_WEIGHT = 0.25;

/** The WHATWG name of a charset label, or null when this runtime cannot decode it. */
export function encodingName(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/** Letters' writing systems by code point range (faster than Unicode property escapes, and enough here). */
const SCRIPT_RANGES: readonly [number, number, string][] = [
  [0x00c0, 0x024f, 'latin'],
  [0x0370, 0x03ff, 'greek'],
  [0x0400, 0x052f, 'cyrillic'],
  [0x0590, 0x05ff, 'hebrew'],
  [0x0600, 0x06ff, 'arabic'],
  [0x0750, 0x077f, 'arabic'],
  [0x0e00, 0x0e7f, 'thai'],
  [0x1100, 0x11ff, 'hangul'],
  [0x1e00, 0x1eff, 'latin'],
  [0x1f00, 0x1fff, 'greek'],
  // Japanese mixes Han with both kana; they are one writing system here.
  [0x3040, 0x30ff, 'cjk'],
  [0x3130, 0x318f, 'hangul'],
  [0x3400, 0x4dbf, 'cjk'],
  [0x4e00, 0x9fff, 'cjk'],
  [0xac00, 0xd7af, 'hangul'],
  [0xf900, 0xfaff, 'cjk'],
  [0xfb1d, 0xfb4f, 'hebrew'],
  [0xfb50, 0xfdff, 'arabic'],
  [0xfe70, 0xfeff, 'arabic'],
  [0x20000, 0x3134f, 'cjk'],
];

function scriptOf(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  // Half-width katakana (U+FF61-FF9F), what single bytes of other encodings become as Shift_JIS, are "other".
  for (const [from, to, name] of SCRIPT_RANGES) if (code >= from && code <= to) return name;
  return 'other';
}

const CASED = new Set(['latin', 'cyrillic', 'greek']);
const WELL_CASED = /^(?:\p{Lu}?[\p{Ll}\p{M}]*|[\p{Lu}\p{M}]+)$/u;
/** Punctuation and signs that real text in any of these encodings uses; anything else odd costs a little. */
const COMMON_SIGNS = new RegExp(
  '[\u00a0«»„“”‘’‚‹›–—‐…€№°·•§©®™±×÷¿¡½¼¾²³µ¶\u00ad' + // Western and Cyrillic typography
    '\u060c\u061b\u061f\u066a-\u066d\u0640' + // Arabic comma, semicolon, question mark, signs, tatweel
    '\u3000-\u303f\u30fb\uff00-\uffef]', // CJK punctuation, middle dot, full-width forms
  'u',
);

/**
 * One word's worth: +1 for a word of one script in a normal case pattern, -1 for one that is not. ASCII letters
 * may stand inside words of scripts without case ("LANを"), not inside Cyrillic or Greek ones ("Cafщ").
 */
function wordScore(word: string, spaced: boolean): number {
  let script: string | null = null;
  let nonAscii = 0;
  let letters = 0;
  for (const ch of word) {
    if (/\p{M}/u.test(ch)) continue;
    letters++;
    if (ch <= '\u007f') continue;
    nonAscii++;
    const s = scriptOf(ch);
    if (script === null) script = s;
    else if (s !== script) return -1;
  }
  if (script === null || script === 'other') return -1;
  if (script !== 'latin' && CASED.has(script) && nonAscii < letters) return -1;
  // Latin words written in a legacy code page are mostly ASCII; "Ïðèâåò" is Cyrillic read as Latin-1.
  if (script === 'latin' && letters >= 3 && nonAscii * 2 > letters) return -1;
  if (CASED.has(script) && !WELL_CASED.test(word)) return -1;
  // Chinese and Japanese do not put spaces between short runs of characters; words of other scripts read as
  // a double-byte encoding do ("農胆本誉 津碧石赤貨").
  if (script === 'cjk' && spaced && nonAscii <= 4) return -1;
  // Eth and thorn are Icelandic's alone; elsewhere they are ğ and ş (Turkish) read in the wrong code page.
  if (script === 'latin' && /[ðþ]/iu.test(word)) return 0;
  return 1;
}

/**
 * The letters beyond ASCII of languages written in Latin script with single-byte code pages. Text read in the
 * wrong code page mixes letters no one language uses ("Birleþmiþ" is Turkish read as windows-1252).
 */
const LATIN_ALPHABETS = [
  'àâæçéèêëîïôœùûüÿ', // French
  'äöüß', // German
  'áéíñóúü', // Spanish
  'áâãàçéêíóôõú', // Portuguese
  'àèéìíîòóùú', // Italian
  'åäöæøé', // Scandinavian
  'áðéíóúýþæö', // Icelandic
  'áčďéěíňóřšťúůýž', // Czech
  'áäčďéíĺľňóôŕšťúýž', // Slovak
  'ąćęłńóśźż', // Polish
  'áéíóöőúüű', // Hungarian
  'ăâîșțşţ', // Romanian
  'čćđšž', // Croatian, Serbian, Slovene
  'çğıöşü', // Turkish
  'äöõüšž', // Estonian
  'āčēģīķļņšūž', // Latvian
  'ąčęėįšųūž', // Lithuanian
  'ăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ', // Vietnamese
].map((letters) => new Set(letters));

/** The share of the text's distinct Latin letters beyond ASCII that one language's alphabet holds. */
function latinFit(letters: ReadonlySet<string>): number {
  if (letters.size === 0) return 1;
  let best = 0;
  for (const alphabet of LATIN_ALPHABETS) {
    let fits = 0;
    for (const letter of letters) if (alphabet.has(letter)) fits++;
    best = Math.max(best, fits);
  }
  return best / letters.size;
}

/** How plausible a text reads, -1 (garbage) to 1; only words and signs outside ASCII count. */
export function plausibility(text: string): number {
  let score = 0;
  let units = 0;
  let latinWords = 0;
  const latinLetters = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    if (!/[^\p{ASCII}]/u.test(m[0])) continue;
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    const spaced = (before === undefined || before === ' ') && (after === undefined || after === ' ');
    units++;
    const worth = wordScore(m[0], spaced);
    score += worth;
    if (worth > 0 && /\p{Script=Latin}/u.test(m[0].replace(/[a-z]/gi, ''))) {
      latinWords++;
      for (const ch of m[0].toLowerCase()) if (ch > '\u007f' && /\p{L}/u.test(ch)) latinLetters.add(ch);
    }
  }
  for (const m of text.matchAll(/[^\p{L}\p{M}\p{ASCII}]/gu)) {
    const ch = m[0];
    units++;
    if (ch === '\ufffd' || /[\u0080-\u009f]/.test(ch)) score -= 3;
    else if (/[\p{N}\p{Zs}]/u.test(ch) || COMMON_SIGNS.test(ch)) continue;
    else score -= 1;
  }
  if (units === 0) return 0;
  return (score - latinWords * (1 - latinFit(latinLetters))) / units;
}

interface Candidate {
  readonly text: string;
  readonly encoding: string;
  readonly confidence: number;
  readonly order: number;
}

/**
 * chardet's suggestions and the fallbacks, each decoded once. Encodings that read the sample alike are one
 * candidate, named by the most common of them (windows-1252 rather than windows-1254 for French), with the
 * best confidence chardet gave any of them.
 */
function candidates(sample: Uint8Array): Candidate[] {
  const byText = new Map<string, Candidate>();
  const seen = new Set<string>();
  const scored = sample.subarray(0, SCORED_BYTES);
  const add = (label: string, confidence: number, order: number): void => {
    const encoding = encodingName(label);
    if (encoding === null || encoding.startsWith('utf-') || seen.has(encoding)) return;
    seen.add(encoding);
    const text = new TextDecoder(encoding).decode(scored);
    const known = byText.get(text);
    byText.set(text, {
      text,
      encoding: known && known.order < order ? known.encoding : encoding,
      confidence: Math.max(confidence, known?.confidence ?? 0),
      order: Math.min(order, known?.order ?? order),
    });
  };
  const matches = analyse(sample);
  const rank = (encoding: string | null): number => {
    const i = FALLBACKS.findIndex((label) => encodingName(label) === encoding);
    return i < 0 ? FALLBACKS.length : i;
  };
  for (const match of [...matches].sort((a, b) => b.confidence - a.confidence)) {
    add(match.name, match.confidence, rank(encodingName(match.name)));
  }
  FALLBACKS.forEach((label, i) => add(label, 0, i));
  return [...byText.values()];
}

/**
 * The encoding of bytes that are not valid UTF-8. A multi-byte East Asian encoding that chardet names first and
 * that decodes cleanly is taken as is; otherwise every candidate is decoded and the most plausible text wins,
 * chardet's confidence and then the order of preference breaking near-ties.
 */
export function detectLegacyEncoding(bytes: Uint8Array): DetectedEncoding {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const list = candidates(sample);
  const top = [...list].sort((a, b) => b.confidence - a.confidence)[0];
  if (top && CJK.has(top.encoding) && top.confidence >= 10) {
    if (!top.text.slice(0, -1).includes('\ufffd') && plausibility(top.text) > 0.5) return top.encoding;
  }
  let best: { encoding: string; score: number; order: number } | null = null;
  for (const candidate of list) {
    const score = plausibility(candidate.text) + (CONFIDENCE_WEIGHT * candidate.confidence) / 100;
    if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && candidate.order < best.order)) {
      best = { encoding: candidate.encoding, score, order: candidate.order };
    }
  }
  return best?.encoding ?? 'windows-1252';
}
