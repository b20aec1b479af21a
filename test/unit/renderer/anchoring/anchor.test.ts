// Re-anchoring highlights in a real article after realistic edits: the table says where each one lands.
import { describe, expect, it } from 'vitest';
import {
  anchorHighlight,
  DISTINCTIVE_QUOTE_LENGTH,
  MIN_QUOTE_SIMILARITY,
  type AnchorMethod,
  type AnchorResult,
  type StoredSelectors,
} from '../../../../src-renderer/src/anchoring/anchor';
import { similarity } from '../../../../src-renderer/src/anchoring/match-quote';
import { describeRange } from '../../../../src-renderer/src/anchoring/selectors';
import { articleText } from '../../../../src-renderer/src/anchoring/text-model';
import { HARBOUR_STRIKE, SAME_STORY_FOLLOW_UP } from '../../../fixtures/anchoring/other-articles';
import { SEED_ARTICLE } from '../../../fixtures/anchoring/seed-article';

const ORIGINAL: readonly string[] = SEED_ARTICLE.paragraphs;
const TEXT = articleText(ORIGINAL);

/** Body paragraphs by index (0 is the file's line 4). */
const DONBAS = 1;
const TENSIONS = 2;
const ACCUSE = 3;
const DATELINE = 4;

/** Offsets of the nth occurrence of `passage`; throws so a typo in the table cannot pass as an orphan. */
function locate(text: string, passage: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) {
    at = text.indexOf(passage, at + 1);
    if (at === -1) throw new Error(`occurrence ${occurrence} of ${JSON.stringify(passage)} is not in the text`);
  }
  return { start: at, end: at + passage.length };
}

function countOf(text: string, passage: string): number {
  return text.split(passage).length - 1;
}

const HIGHLIGHTS = {
  /** A phrase inside one paragraph, its context inside the same paragraph. */
  phrase: { passage: 'designed to find a political resolution to the conflict', occurrence: 0 },
  /** The first sentence of a paragraph. */
  sentence: { passage: 'The United States and Ukraine accuse Russia of preparing to invade.', occurrence: 0 },
  /** The agency tag of the dateline; another "ANI" closes the second paragraph. */
  word: { passage: 'ANI', occurrence: 1 },
  /** The end of one paragraph and the start of the next. */
  span: { passage: 'no intention of attacking any country.\nWashington US, February 18', occurrence: 0 },
  /** Across a sentence break inside one paragraph. */
  sentences: {
    passage: 'the Normandy group -- in February 2015. However, the agreement has so far not been observed',
    occurrence: 0,
  },
} as const;

type HighlightName = keyof typeof HIGHLIGHTS;
const NAMES = Object.keys(HIGHLIGHTS) as HighlightName[];

function placeOf(name: HighlightName): { start: number; end: number } {
  return locate(TEXT, HIGHLIGHTS[name].passage, HIGHLIGHTS[name].occurrence);
}

function selectorsOf(name: HighlightName): StoredSelectors {
  const { start, end } = placeOf(name);
  return describeRange(TEXT, start, end);
}

type Expected =
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

interface Row {
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

/** The same edit for every highlight. */
const forAll = (edit: string, paragraphs: readonly string[], expected: Record<HighlightName, Expected>): Row[] =>
  NAMES.map((name) => row(edit, name, paragraphs, expected[name]));

const insertAt = (paragraphs: readonly string[], index: number, ...added: string[]): string[] => [
  ...paragraphs.slice(0, index),
  ...added,
  ...paragraphs.slice(index),
];

const removeAt = (paragraphs: readonly string[], index: number): string[] => paragraphs.filter((_, i) => i !== index);

function replaceIn(paragraphs: readonly string[], index: number, from: string, to: string): string[] {
  const paragraph = paragraphs[index] ?? '';
  if (!paragraph.includes(from)) throw new Error(`${JSON.stringify(from)} is not in paragraph ${index}`);
  return paragraphs.map((p, i) => (i === index ? p.replace(from, to) : p));
}

/** The paragraph broken in two at the space after `marker`, as when an editor adds a line break there. */
function splitAfter(paragraphs: readonly string[], index: number, marker: string): string[] {
  const paragraph = paragraphs[index] ?? '';
  const at = paragraph.indexOf(`${marker} `);
  if (at === -1) throw new Error(`${JSON.stringify(marker)} is not in paragraph ${index}`);
  const cut = at + marker.length;
  return [
    ...paragraphs.slice(0, index),
    paragraph.slice(0, cut),
    paragraph.slice(cut + 1),
    ...paragraphs.slice(index + 1),
  ];
}

const joinWithNext = (paragraphs: readonly string[], index: number): string[] => [
  ...paragraphs.slice(0, index),
  `${paragraphs[index] ?? ''} ${paragraphs[index + 1] ?? ''}`,
  ...paragraphs.slice(index + 2),
];

/**
 * The body paragraphs as the parser reads a file in the library format: any line ending, whitespace runs
 * collapsed to one space, blank lines dropped, the title, date and URL lines skipped.
 */
function bodyParagraphs(file: string): string[] {
  return file
    .split(/\r\n|[\r\n]/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .slice(3);
}

/** The seed file saved again by a careless editor: CRLF, doubled spaces, tabs, trailing blanks, blank lines. */
const MESSY_FILE = [SEED_ARTICLE.title, SEED_ARTICLE.date, SEED_ARTICLE.url, ...ORIGINAL]
  .map((line) => `  ${line.replaceAll(', ', ',  ').replaceAll('. ', '.\t ')} \t`)
  .join('\r\n\r\n');

const NEW_FIRST =
  'Moscow and Washington traded statements on Friday over the proposed meeting between the two top diplomats.';
const ALL_QUOTE: Record<HighlightName, Expected> = {
  phrase: byQuote(),
  sentence: byQuote(),
  word: byQuote(1),
  span: byQuote(),
  sentences: byQuote(),
};

const ROWS: Row[] = [
  ...forAll('unchanged text', ORIGINAL, {
    phrase: POSITION,
    sentence: POSITION,
    word: POSITION,
    span: POSITION,
    sentences: POSITION,
  }),

  ...forAll('a paragraph added at the top', insertAt(ORIGINAL, 0, NEW_FIRST), ALL_QUOTE),
  ...forAll('a paragraph added after the third', insertAt(ORIGINAL, ACCUSE, NEW_FIRST), {
    phrase: POSITION,
    sentence: byQuote(),
    word: byQuote(1),
    span: byQuote(),
    sentences: POSITION,
  }),

  // Whitespace: the parser collapses runs and drops blank lines, so these edits leave the paragraphs as they were.
  ...forAll('file saved with CRLF, doubled spaces, tabs and blank lines', bodyParagraphs(MESSY_FILE), {
    phrase: POSITION,
    sentence: POSITION,
    word: POSITION,
    span: POSITION,
    sentences: POSITION,
  }),
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
  ...forAll('file rewritten with another article', HARBOUR_STRIKE.paragraphs, {
    phrase: ORPHAN,
    sentence: ORPHAN,
    word: ORPHAN,
    span: ORPHAN,
    sentences: ORPHAN,
  }),
  ...forAll('file rewritten with another article on the same story', SAME_STORY_FOLLOW_UP.paragraphs, {
    phrase: ORPHAN,
    sentence: ORPHAN,
    word: ORPHAN,
    span: ORPHAN,
    sentences: ORPHAN,
  }),
];

describe('the seed article and its highlights', () => {
  it('are what the table assumes', () => {
    expect(ORIGINAL).toHaveLength(8);
    expect(Object.fromEntries(NAMES.map((name) => [name, countOf(TEXT, HIGHLIGHTS[name].passage)]))).toEqual({
      phrase: 1,
      sentence: 1,
      word: 2,
      span: 1,
      sentences: 1,
    });
    expect(HIGHLIGHTS.word.passage.length).toBeLessThan(DISTINCTIVE_QUOTE_LENGTH);
    expect(HIGHLIGHTS.sentence.passage.length).toBeGreaterThanOrEqual(DISTINCTIVE_QUOTE_LENGTH);
    // The messy file really differs from the seed file, yet reads as the same paragraphs.
    expect(MESSY_FILE).toContain('\r\n\r\n');
    expect(MESSY_FILE).toContain(',  ');
    expect(bodyParagraphs(MESSY_FILE)).toEqual(ORIGINAL);
    // "Moved by quote" always means the very same words.
    expect(
      ROWS.filter(
        (r) => r.expected.outcome === 'moved' && r.expected.method === 'quote' && r.expected.passage !== undefined,
      ),
    ).toEqual([]);
  });
});

/** What an anchoring came to, in terms the table can state exactly. */
type Outcome =
  | { readonly status: 'orphan'; readonly bestScoreBelowOne: boolean }
  | {
      readonly status: 'anchored';
      readonly method: AnchorMethod;
      readonly start: number;
      readonly end: number;
      readonly text: string;
      /** Never the wrong words: what is anchored keeps at least three quarters of the quote. */
      readonly keepsQuote: boolean;
      readonly scoreInRange: boolean;
    };

function observed(text: string, result: AnchorResult, quote: string): Outcome {
  if (result.status === 'orphan') return { status: 'orphan', bestScoreBelowOne: result.bestScore < 1 };
  const anchored = text.slice(result.start, result.end);
  return {
    status: 'anchored',
    method: result.method,
    start: result.start,
    end: result.end,
    text: anchored,
    keepsQuote: similarity(anchored, quote) >= MIN_QUOTE_SIMILARITY,
    scoreInRange: result.score > 0 && result.score <= 1 && (result.method !== 'position' || result.score === 1),
  };
}

function wanted(text: string, highlight: HighlightName, expected: Expected): Outcome {
  if (expected.outcome === 'orphan') return { status: 'orphan', bestScoreBelowOne: true };
  const quote = HIGHLIGHTS[highlight].passage;
  const passage = expected.outcome === 'moved' ? (expected.passage ?? quote) : quote;
  const place = expected.outcome === 'moved' ? locate(text, passage, expected.occurrence ?? 0) : placeOf(highlight);
  const method = expected.outcome === 'moved' ? expected.method : 'position';
  return { status: 'anchored', method, ...place, text: passage, keepsQuote: true, scoreInRange: true };
}

describe('anchorHighlight after an edit', () => {
  it.each(ROWS)('$edit: $highlight', ({ highlight, paragraphs, expected }) => {
    const text = articleText(paragraphs);
    const result = anchorHighlight(text, selectorsOf(highlight));
    expect(observed(text, result, HIGHLIGHTS[highlight].passage)).toEqual(wanted(text, highlight, expected));
  });
});

/** The quote with `count` of its letters (never the first or last) replaced by a character the text lacks. */
function damage(quote: string, count: number): string {
  const chars = [...quote];
  const step = (chars.length - 2) / count;
  for (let n = 0; n < count; n++) chars[1 + Math.floor(n * step)] = '#';
  return chars.join('');
}

describe('a quote changed too much', () => {
  const longOnes: HighlightName[] = ['phrase', 'sentence', 'span', 'sentences'];

  it.each(longOnes)('%s: with a quarter of its characters changed it is still found over them', (name) => {
    const { passage } = HIGHLIGHTS[name];
    const count = Math.floor(passage.length / 4);
    const damaged = damage(passage, count);
    expect([...damaged].filter((c) => c === '#')).toHaveLength(count);
    const text = TEXT.replace(passage, damaged);
    expect(anchorHighlight(text, selectorsOf(name))).toMatchObject({
      status: 'anchored',
      method: 'fuzzy',
      ...locate(text, damaged),
    });
  });

  it.each(longOnes)('%s: with one character more changed it is an orphan', (name) => {
    const { passage } = HIGHLIGHTS[name];
    const count = Math.floor(passage.length / 4) + 1;
    const damaged = damage(passage, count);
    expect([...damaged].filter((c) => c === '#')).toHaveLength(count);
    expect(anchorHighlight(TEXT.replace(passage, damaged), selectorsOf(name)).status).toBe('orphan');
  });

  it('a reworded sentence is an orphan, not the nearest sentence that looks alike', () => {
    const text = articleText(
      replaceIn(
        ORIGINAL,
        ACCUSE,
        HIGHLIGHTS.sentence.passage,
        'Washington and Kyiv say Moscow is getting ready to invade.',
      ),
    );
    expect(anchorHighlight(text, selectorsOf('sentence')).status).toBe('orphan');
  });

  it('a short word changed everywhere is an orphan', () => {
    const text = articleText(ORIGINAL.map((p) => p.replaceAll('ANI', 'PTI')));
    expect(anchorHighlight(text, selectorsOf('word'))).toEqual({ status: 'orphan', bestScore: 0 });
  });

  it('a short word whose own paragraph went is not moved onto the same word elsewhere', () => {
    // Without the dateline the only "ANI" left closes the second paragraph: same letters, other words.
    const text = articleText(removeAt(ORIGINAL, DATELINE));
    expect(countOf(text, 'ANI')).toBe(1);
    expect(anchorHighlight(text, selectorsOf('word')).status).toBe('orphan');
    // The same word with its context intact is found wherever it moved.
    const moved = articleText(insertAt(removeAt(ORIGINAL, DATELINE), TENSIONS, NEW_FIRST, ORIGINAL[DATELINE] ?? ''));
    expect(anchorHighlight(moved, selectorsOf('word'))).toMatchObject({
      status: 'anchored',
      method: 'quote',
      ...locate(moved, 'ANI', 1),
    });
  });
});

const at = (exact: string, prefix: string, suffix: string, start: number): StoredSelectors => ({
  quote: { exact, prefix, suffix },
  position: { start, end: start + exact.length },
});

describe('anchorHighlight on small texts', () => {
  it('takes the stored position when the text there is the quote and its context holds', () => {
    expect(anchorHighlight('alpha beta gamma', at('beta', 'alpha ', ' gamma', 6))).toEqual({
      status: 'anchored',
      start: 6,
      end: 10,
      method: 'position',
      score: 1,
    });
  });

  it('a quote without any context (the whole text) is anchored where it is', () => {
    expect(anchorHighlight('whole text', at('whole text', '', '', 0))).toMatchObject({
      status: 'anchored',
      method: 'position',
      start: 0,
      end: 10,
    });
  });

  it('does not take the stored position when the same word sits there in other words', () => {
    // "beta" moved; another "beta" now sits at the old offset with different context.
    const text = 'zzzzz beta qqqqq. alpha beta gamma';
    const result = anchorHighlight(text, at('beta', 'alpha ', ' gamma', 6));
    expect(result).toMatchObject({ status: 'anchored', method: 'quote', start: 24, end: 28 });
  });

  it('an empty text leaves every highlight an orphan', () => {
    expect(anchorHighlight('', at('beta', 'alpha ', ' gamma', 6))).toEqual({ status: 'orphan', bestScore: 0 });
  });
});
