// Where each highlight of the seed article should land after each of a set of realistic edits: the table
// anchor-edits.test.ts checks anchorHighlight against, row by row.
import type { AnchorMethod } from '../../../../src-renderer/src/anchoring/anchor';
import { HARBOUR_STRIKE, SAME_STORY_FOLLOW_UP } from '../../../fixtures/anchoring/other-articles';
import {
  ACCUSE,
  bodyParagraphs,
  DATELINE,
  DONBAS,
  HIGHLIGHTS,
  insertAt,
  joinWithNext,
  MESSY_FILE,
  NAMES,
  NEW_FIRST,
  ORIGINAL,
  removeAt,
  replaceIn,
  splitAfter,
  type HighlightName,
} from './anchor-fixture';

export type Expected =
  | { readonly outcome: 'position' }
  | {
      readonly outcome: 'moved';
      readonly method: Exclude<AnchorMethod, 'position'>;
      readonly passage?: string;
      readonly occurrence?: number;
    }
  | { readonly outcome: 'orphan' };

const POSITION: Expected = { outcome: 'position' };
const ORPHAN: Expected = { outcome: 'orphan' };
/** Found again by its exact words, now at the nth occurrence of them. */
const byQuote = (occurrence?: number): Expected => ({ outcome: 'moved', method: 'quote', occurrence });
/** Found by approximate match, over `passage` (the changed words) in the edited text. */
const byFuzzy = (passage: string, occurrence?: number): Expected => ({
  outcome: 'moved',
  method: 'fuzzy',
  passage,
  occurrence,
});

export interface Row {
  readonly edit: string;
  readonly highlight: HighlightName;
  readonly paragraphs: readonly string[];
  readonly expected: Expected;
}

const row = (edit: string, highlight: HighlightName, paragraphs: readonly string[], expected: Expected): Row => ({
  edit,
  highlight,
  paragraphs,
  expected,
});

/** The same outcome for every highlight. */
const every = (expected: Expected): Record<HighlightName, Expected> => ({
  phrase: expected,
  sentence: expected,
  word: expected,
  span: expected,
  sentences: expected,
});

/** The same edit for every highlight. */
const forAll = (edit: string, paragraphs: readonly string[], expected: Record<HighlightName, Expected>): Row[] =>
  NAMES.map((name) => row(edit, name, paragraphs, expected[name]));

const ALL_QUOTE: Record<HighlightName, Expected> = {
  phrase: byQuote(),
  sentence: byQuote(),
  word: byQuote(1),
  span: byQuote(),
  sentences: byQuote(),
};

export const ROWS: Row[] = [
  ...forAll('unchanged text', ORIGINAL, every(POSITION)),

  ...forAll('a paragraph added at the top', insertAt(ORIGINAL, 0, NEW_FIRST), ALL_QUOTE),
  ...forAll('a paragraph added after the third', insertAt(ORIGINAL, ACCUSE, NEW_FIRST), {
    phrase: POSITION,
    sentence: byQuote(),
    word: byQuote(1),
    span: byQuote(),
    sentences: POSITION,
  }),

  // Whitespace: the parser collapses runs and drops blank lines, so these edits leave the paragraphs as they were.
  ...forAll('file saved with CRLF, doubled spaces, tabs and blank lines', bodyParagraphs(MESSY_FILE), every(POSITION)),
  // A line break in place of a space keeps every offset; only a quote that held the space changed.
  ...forAll('second paragraph split in two after "February 2015."', splitAfter(ORIGINAL, DONBAS, 'February 2015.'), {
    phrase: POSITION,
    sentence: POSITION,
    word: POSITION,
    span: POSITION,
    sentences: byFuzzy('the Normandy group -- in February 2015.\nHowever, the agreement has so far not been observed'),
  }),
  ...forAll('fourth and fifth paragraphs joined into one', joinWithNext(ORIGINAL, ACCUSE), {
    phrase: POSITION,
    sentence: POSITION,
    word: POSITION,
    span: byFuzzy('no intention of attacking any country. Washington US, February 18'),
    sentences: POSITION,
  }),

  // A word changed inside the quote.
  row(
    '"political" changed to "peaceful"',
    'phrase',
    replaceIn(ORIGINAL, DONBAS, 'political', 'peaceful'),
    byFuzzy('designed to find a peaceful resolution to the conflict'),
  ),
  row(
    '"preparing" changed to "planning"',
    'sentence',
    replaceIn(ORIGINAL, ACCUSE, 'preparing', 'planning'),
    byFuzzy('The United States and Ukraine accuse Russia of planning to invade.'),
  ),
  // Three changed letters of three: nothing of the quote is left, and the other "ANI" is other words.
  row('"ANI" changed to "PTI" in the dateline', 'word', replaceIn(ORIGINAL, DATELINE, 'ANI', 'PTI'), ORPHAN),
  row(
    '"attacking" changed to "invading"',
    'span',
    replaceIn(ORIGINAL, ACCUSE, 'attacking', 'invading'),
    byFuzzy('no intention of invading any country.\nWashington US, February 18'),
  ),
  row(
    '"observed" changed to "honoured"',
    'sentences',
    replaceIn(ORIGINAL, DONBAS, 'observed', 'honoured'),
    byFuzzy('the Normandy group -- in February 2015. However, the agreement has so far not been honoured'),
  ),

  // Words changed next to the quote: the context still points at it.
  row(
    '"Washington US," shortened to "Washington,"',
    'word',
    replaceIn(ORIGINAL, DATELINE, 'Washington US,', 'Washington,'),
    byQuote(1),
  ),
  row(
    '"Meanwhile" changed to "Meantime" after the sentence',
    'sentence',
    replaceIn(ORIGINAL, ACCUSE, 'Meanwhile', 'Meantime'),
    POSITION,
  ),

  // The paragraph holding the quote deleted.
  row('second paragraph deleted', 'phrase', removeAt(ORIGINAL, DONBAS), ORPHAN),
  row('fourth paragraph deleted', 'sentence', removeAt(ORIGINAL, ACCUSE), ORPHAN),
  row('dateline paragraph deleted (the other "ANI" stays)', 'word', removeAt(ORIGINAL, DATELINE), ORPHAN),
  row('first paragraph of the span deleted', 'span', removeAt(ORIGINAL, ACCUSE), ORPHAN),
  row('second paragraph of the span deleted', 'span', removeAt(ORIGINAL, DATELINE), ORPHAN),
  row('second paragraph deleted', 'sentences', removeAt(ORIGINAL, DONBAS), ORPHAN),

  // The quote appearing twice.
  row(
    'a copy of the fourth paragraph added at the top',
    'sentence',
    insertAt(ORIGINAL, 0, ORIGINAL[ACCUSE] ?? ''),
    byQuote(1),
  ),
  // Three "ANI" now: the copy's, the second paragraph's and the original dateline's.
  row(
    'a copy of the dateline paragraph added at the top',
    'word',
    insertAt(ORIGINAL, 0, ORIGINAL[DATELINE] ?? ''),
    byQuote(2),
  ),
  row(
    'the phrase quoted in a new first paragraph',
    'phrase',
    insertAt(
      ORIGINAL,
      0,
      'The Minsk accords, designed to find a political resolution to the conflict in the east, are back on the table.',
    ),
    byQuote(1),
  ),
  row('a copy of the second paragraph added at the end', 'phrase', [...ORIGINAL, ORIGINAL[DONBAS] ?? ''], POSITION),
  row('a copy of the second paragraph added at the end', 'sentences', [...ORIGINAL, ORIGINAL[DONBAS] ?? ''], POSITION),
  row(
    'copies of both paragraphs of the span added at the end',
    'span',
    [...ORIGINAL, ORIGINAL[ACCUSE] ?? '', ORIGINAL[DATELINE] ?? ''],
    POSITION,
  ),

  // A long quote found once is distinctive even where its context changed; a short one is not (see "ANI" above).
  row(
    'the sentence moved to a paragraph of its own at the end',
    'sentence',
    [...replaceIn(ORIGINAL, ACCUSE, `${HIGHLIGHTS.sentence.passage} `, ''), HIGHLIGHTS.sentence.passage],
    byQuote(),
  ),

  // The whole file rewritten.
  ...forAll('file rewritten with another article', HARBOUR_STRIKE.paragraphs, every(ORPHAN)),
  ...forAll('file rewritten with another article on the same story', SAME_STORY_FOLLOW_UP.paragraphs, every(ORPHAN)),
];
