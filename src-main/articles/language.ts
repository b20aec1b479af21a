// The article's language: the tag the original declares, reduced to its primary subtag ("en-GB" -> "en").
// Detection from the text itself joins this in a later change.

/** A BCP 47 primary subtag from a declared language ("en_US", "ru-RU", "zh-Hans"), else null. */
export function primaryLanguage(declared: string | null): string | null {
  if (declared === null) return null;
  const m = /^\s*([a-z]{2,3})(?:$|[-_\s])/i.exec(declared);
  return m ? (m[1] as string).toLowerCase() : null;
}

/** The language of an article's text, with what the original declares as a hint. */
export function articleLanguage(_paragraphs: readonly string[], declared: string | null): string | null {
  return primaryLanguage(declared);
}
