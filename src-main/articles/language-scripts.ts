// Letters counted by writing system over a sample of text: the script alone names the language for some
// (Hebrew, Greek, Hangul, kana, Thai ...); for the rest it says which languages the detector chooses among.

export type Script =
  | 'latin'
  | 'cyrillic'
  | 'arabic'
  | 'hebrew'
  | 'greek'
  | 'han'
  | 'kana'
  | 'hangul'
  | 'thai'
  | 'devanagari'
  | 'bengali'
  | 'georgian'
  | 'armenian'
  | 'ethiopic'
  | 'tamil'
  | 'telugu'
  | 'kannada'
  | 'malayalam'
  | 'gujarati'
  | 'gurmukhi'
  | 'sinhala'
  | 'myanmar'
  | 'khmer'
  | 'lao';

/** Code point ranges of the letters of each script (marks included: they belong to the letters they sit on). */
const RANGES: readonly (readonly [number, number, Script])[] = [
  [0x0041, 0x005a, 'latin'],
  [0x0061, 0x007a, 'latin'],
  [0x00c0, 0x024f, 'latin'],
  [0x0370, 0x03ff, 'greek'],
  [0x0400, 0x052f, 'cyrillic'],
  [0x0531, 0x058f, 'armenian'],
  [0x0591, 0x05f4, 'hebrew'],
  [0x0620, 0x064a, 'arabic'],
  [0x0660, 0x06ff, 'arabic'],
  [0x0750, 0x077f, 'arabic'],
  [0x08a0, 0x08ff, 'arabic'],
  [0x0900, 0x097f, 'devanagari'],
  [0x0980, 0x09ff, 'bengali'],
  [0x0a00, 0x0a7f, 'gurmukhi'],
  [0x0a80, 0x0aff, 'gujarati'],
  [0x0b80, 0x0bff, 'tamil'],
  [0x0c00, 0x0c7f, 'telugu'],
  [0x0c80, 0x0cff, 'kannada'],
  [0x0d00, 0x0d7f, 'malayalam'],
  [0x0d80, 0x0dff, 'sinhala'],
  [0x0e01, 0x0e5b, 'thai'],
  [0x0e80, 0x0eff, 'lao'],
  [0x1000, 0x109f, 'myanmar'],
  [0x10a0, 0x10ff, 'georgian'],
  [0x1100, 0x11ff, 'hangul'],
  [0x1200, 0x139f, 'ethiopic'],
  [0x1780, 0x17ff, 'khmer'],
  [0x1e00, 0x1eff, 'latin'],
  [0x1f00, 0x1fff, 'greek'],
  [0x3041, 0x30ff, 'kana'],
  [0x3131, 0x318e, 'hangul'],
  [0x31f0, 0x31ff, 'kana'],
  [0x3400, 0x4dbf, 'han'],
  [0x4e00, 0x9fff, 'han'],
  [0xac00, 0xd7a3, 'hangul'],
  [0xf900, 0xfaff, 'han'],
  [0xfb1d, 0xfb4f, 'hebrew'],
  [0xfb50, 0xfdff, 'arabic'],
  [0xfe70, 0xfefc, 'arabic'],
  [0xff66, 0xff9d, 'kana'],
];

/** One Han, kana or Hangul character holds about as much as a short word: weighed so, an English term or two
 * in a Chinese article does not outvote it. */
const WEIGHT: Partial<Record<Script, number>> = { han: 3, kana: 3, hangul: 3 };

function scriptOf(code: number): Script | null {
  let low = 0;
  let high = RANGES.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [from, to, script] = RANGES[mid] as (typeof RANGES)[number];
    if (code < from) high = mid - 1;
    else if (code > to) low = mid + 1;
    else return script;
  }
  return null;
}

export interface ScriptCounts {
  /** Weighted letters per script. */
  readonly counts: ReadonlyMap<Script, number>;
  /** All weighted letters. */
  readonly letters: number;
}

export function countScripts(text: string): ScriptCounts {
  const counts = new Map<Script, number>();
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Spaces, digits and punctuation below "A" are the commonest characters: skipped before the search.
    if (code < 0x41) continue;
    const script = scriptOf(code);
    if (script === null) continue;
    const weight = WEIGHT[script] ?? 1;
    counts.set(script, (counts.get(script) ?? 0) + weight);
    letters += weight;
  }
  return { counts, letters };
}

/** The script most of the letters are in; Han with kana among it is Japanese ('kana'). */
export function dominantScript({ counts, letters }: ScriptCounts): Script | null {
  if (letters === 0) return null;
  const han = counts.get('han') ?? 0;
  const kana = counts.get('kana') ?? 0;
  let best: Script | null = null;
  let bestCount = 0;
  for (const [script, count] of counts) {
    if (script === 'han' || script === 'kana') continue;
    if (count > bestCount) [best, bestCount] = [script, count];
  }
  // Japanese prose is at least a fifth kana; a Chinese text quoting a Japanese name is not.
  if (han + kana > bestCount) return kana > 0.1 * (han + kana) ? 'kana' : 'han';
  return best;
}

/** Scripts that name their language by themselves. */
export const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  hebrew: 'he',
  greek: 'el',
  han: 'zh',
  kana: 'ja',
  hangul: 'ko',
  thai: 'th',
  bengali: 'bn',
  georgian: 'ka',
  armenian: 'hy',
  ethiopic: 'am',
  tamil: 'ta',
  telugu: 'te',
  kannada: 'kn',
  malayalam: 'ml',
  gujarati: 'gu',
  gurmukhi: 'pa',
  sinhala: 'si',
  myanmar: 'my',
  khmer: 'km',
  lao: 'lo',
};
