// Long alternations written one phrase per item, so the patterns of furniture-lines.ts and its neighbours stay
// readable and within the line length.

/** "(?:a|b|c)" from the phrases given; each is regular-expression source, written with String.raw. */
export function oneOf(phrases: readonly string[]): string {
  return `(?:${phrases.join('|')})`;
}

/** A case-insensitive Unicode pattern from source pieces joined in order. */
export function pattern(...pieces: readonly string[]): RegExp {
  return new RegExp(pieces.join(''), 'iu');
}
