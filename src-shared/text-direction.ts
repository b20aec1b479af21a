// Which way text runs: from an article's language tag, or from the letters themselves. The page lays out an
// article and its paragraphs with these, and the parser and the exports can ask the same question.

export type TextDirection = 'ltr' | 'rtl';

/** Languages written right to left (BCP 47 primary tags): Arabic, Farsi, Hebrew, Urdu, Pashto and others. */
const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar',
  'arb',
  'fa',
  'pes',
  'prs',
  'he',
  'iw',
  'ur',
  'ps',
  'yi',
  'ckb',
  'dv',
  'sd',
  'ug',
  'syr',
  'skr',
]);

/** The direction of a language tag ("ar", "fa-IR", "he"); null when there is no tag to go by. */
export function directionOf(language: string | null | undefined): TextDirection | null {
  if (language === null || language === undefined) return null;
  const primary = /^\s*([a-z]{2,3})(?:$|[-_\s])/i.exec(language)?.[1]?.toLowerCase();
  if (primary === undefined) return null;
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

// Strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their
// presentation forms. Everything else with a letter's strength counts as left to right.
const RTL_LETTER = /[\u0590-\u05FF\u0600-\u06FF\u0700-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LETTER = /\p{L}/u;

/**
 * The direction most of a text's letters run (looking at its first `sample` characters); null when it holds no
 * letters. Unlike the first-strong rule of dir="auto", an Arabic paragraph that opens with a Latin name is rtl.
 */
export function textDirection(text: string, sample = 2000): TextDirection | null {
  let rtl = 0;
  let letters = 0;
  const end = Math.min(text.length, sample);
  for (let i = 0; i < end; i++) {
    const char = text[i] as string;
    // Below U+0080 only ASCII letters are letters; the tests on the rest are the slow path.
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) letters++;
    } else if (RTL_LETTER.test(char)) {
      rtl++;
      letters++;
    } else if (LETTER.test(char)) letters++;
  }
  if (letters === 0) return null;
  return rtl * 2 > letters ? 'rtl' : 'ltr';
}
