// Languages as the library names them: an article's language is a BCP 47 primary tag ("ru"), shown in
// English ("Russian"), and a language: word of a query may be either, or the language's own name
// ("русский"). Articles whose language could not be told are "Unknown language" (the tag "und"). Pure.

/** The filter value of articles without a language (BCP 47's "undetermined"). */
export const UNKNOWN_LANGUAGE = 'und';

const TAG = /^[a-z]{2,3}$/;
let english: Intl.DisplayNames | null = null;

/** "ru" -> "Russian"; a tag without an English name is shown as it is; null -> "Unknown language". */
export function languageName(tag: string | null): string {
  if (tag === null || tag === UNKNOWN_LANGUAGE) return 'Unknown language';
  try {
    english ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    return english.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Names analysts use that the runtime's data does not give. */
const OTHER_NAMES: ReadonlyMap<string, string> = new Map([
  ['farsi', 'fa'],
  ['mandarin', 'zh'],
]);

let byName: Map<string, string> | null = null;

/** Every two-letter tag with a name, by its English and its own name in lower case. */
function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters) {
    for (const b of letters) {
      const tag = a + b;
      const name = languageName(tag);
      if (name === tag) continue;
      byName.set(name.toLowerCase(), tag);
      try {
        const own = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }).of(tag);
        if (own && !byName.has(own.toLowerCase())) byName.set(own.toLowerCase(), tag);
      } catch {
        // A tag the runtime has no data for is still found by its English name.
      }
    }
  }
  return byName;
}

/**
 * The tag a language: word means: "ru", "RU", "Russian", "русский" -> "ru"; "unknown" -> "und"; null when
 * it names no language.
 */
export function languageTag(word: string): string | null {
  const lower = word.trim().toLowerCase();
  if (lower === 'unknown' || lower === UNKNOWN_LANGUAGE) return UNKNOWN_LANGUAGE;
  const named = names().get(lower) ?? OTHER_NAMES.get(lower);
  if (named) return named;
  if (!TAG.test(lower) || languageName(lower) === lower) return null;
  // Three-letter codes with a two-letter one become it: "fas" -> "fa", "rus" -> "ru".
  try {
    return Intl.getCanonicalLocales(lower)[0] ?? lower;
  } catch {
    return lower;
  }
}
