// What the query parser could not read as typed, said in plain words for the line under the search field.
// Each says what was done instead, so the analyst knows what the results are for. Pure.

const SHOWN_LENGTH = 40;

/** What the analyst typed, cut short so a pasted page cannot fill the line. */
export function shown(text: string): string {
  const points = [...text.trim()];
  return points.length > SHOWN_LENGTH ? `${points.slice(0, SHOWN_LENGTH).join('')}…` : points.join('');
}

export const PROBLEMS = {
  unclosedGroup: 'A “(” is not closed: it was read as if closed at the end.',
  strayClose: 'A “)” has no “(” before it and was left out.',
  unclosedQuote: (text: string): string => `A quote is not closed: “${shown(text)}” was read as a phrase.`,
  danglingOr: 'OR needs a word on each side, as in lavrov OR minsk: the OR on its own was left out.',
  danglingNot: 'NOT and “-” need a word right after them, as in ukraine -lavrov: left out.',
  onlyExcluded: (typed: string): string =>
    `${typed} only leaves articles out: add a word to search for, as in ukraine ${typed}.`,
  excludedAlone: (typed: string): string =>
    `${typed} cannot stand alone inside parentheses or beside OR: ` +
    'an excluded word needs a word to search for. Left out.',
  unknownField: (name: string, typed: string): string =>
    `“${shown(name)}:” is not a field Dossier can search (it knows title:, source: and language:): ` +
    `“${shown(typed)}” was searched as words.`,
  emptyField: (name: string): string => `“${name}:” needs a word right after it, as in ${name}:ukraine.`,
  filterInGroup: (field: string, text: string): string =>
    `${field}:${shown(text)} narrows the whole search, so it cannot go inside parentheses or beside OR: left out.`,
  filterShape: (field: 'source' | 'language'): string =>
    field === 'source'
      ? 'source: takes one word or a “quoted name”, as in source:reuters: left out.'
      : 'language: takes one language, as in language:ru or language:russian: left out.',
  unknownLanguage: (text: string): string =>
    `“${shown(text)}” is not a language Dossier knows: name one as in language:ru or language:russian ` +
    '(language:unknown for articles whose language could not be told). Left out.',
  unclosedNear: 'A “NEAR(” is not closed: it was read as if closed at the end.',
  nearTooFew: 'NEAR needs two words or more, as in NEAR(lavrov minsk, 10).',
  nearContent: (typed: string): string =>
    `NEAR(…) takes words and “quoted phrases” only: “${shown(typed)}” was left out.`,
  nearDistance: (typed: string): string =>
    `After the comma in NEAR(…, 10) comes a number of words: “${shown(typed)}” was left out.`,
  nearInfix: 'NEAR joins two words or phrases, as in lavrov NEAR minsk: the NEAR on its own was left out.',
  tooDeep: (depth: number): string => `Parentheses nest at most ${depth} deep: the deeper ones were left out.`,
  tooManyTerms: (count: number): string => `Only the first ${count} words are searched.`,
} as const;
