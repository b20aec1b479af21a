// The fixed query set of the library bench: 50 queries as an analyst types them into the search box.
// A trailing space marks a finished word; without one the last word is still being typed (a prefix).

export interface BenchQuery {
  readonly text: string;
  readonly kind: 'common' | 'rare' | 'two words' | 'phrase' | 'prefix' | 'typo';
}

const of = (kind: BenchQuery['kind'], texts: readonly string[]): BenchQuery[] => texts.map((text) => ({ text, kind }));

export const BENCH_QUERIES: readonly BenchQuery[] = [
  ...of('common', [
    'government ',
    'congress ',
    'war ',
    'tax ',
    'oil ',
    'people ',
    'trade ',
    'shares ',
    'peace ',
    'freedom ',
  ]),
  // A handful of articles each (names from the wire stories and speeches).
  ...of('rare', [
    'temporao ',
    'woodco ',
    'sedio ',
    'coloroll ',
    'tilney ',
    'laroche ',
    'zarqawi ',
    'epsilon ',
    'buckhorn ',
    'chemlawn ',
  ]),
  ...of('two words', [
    'oil prices ',
    'foreign policy ',
    'health care ',
    'public debt ',
    'crude oil ',
    'interest rates ',
    'national defense ',
    'stock market ',
    'federal budget ',
    'nuclear weapons ',
  ]),
  ...of('phrase', ['"united states"', '"federal reserve"', '"middle east"', '"social security"', '"per share"']),
  ...of('prefix', ['gov', 'econ', 'petrol', 'congr', 'inflat', 'immig', 'terror', 'agric', 'oil pr', 'health ca']),
  // Each matches nothing as typed and is read as the nearest frequent word.
  ...of('typo', ['goverment ', 'presidnet ', 'agriculure ', 'enviroment ', 'secrity ']),
];

/** The word grep is given for a query: its first plain word, without quotes. */
export function grepWord(query: string): string {
  return query.replaceAll('"', ' ').trim().split(/\s+/)[0] ?? query;
}
