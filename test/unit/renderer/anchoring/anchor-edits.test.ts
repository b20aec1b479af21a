// Re-anchoring highlights in a real article after realistic edits: the table (anchor-edit-table.ts) says
// where each one lands, and the table's own assumptions about the article are checked first.
import { describe, expect, it } from 'vitest';
import {
  anchorHighlight,
  DISTINCTIVE_QUOTE_LENGTH,
  MIN_QUOTE_SIMILARITY,
  type AnchorMethod,
  type AnchorResult,
} from '../../../../src-renderer/src/anchoring/anchor';
import { similarity } from '../../../../src-renderer/src/anchoring/match-quote';
import { articleText } from '../../../../src-renderer/src/anchoring/text-model';
import {
  bodyParagraphs,
  countOf,
  HIGHLIGHTS,
  locate,
  MESSY_FILE,
  NAMES,
  ORIGINAL,
  placeOf,
  selectorsOf,
  TEXT,
  type HighlightName,
} from './anchor-fixture';
import { ROWS, type Expected } from './anchor-edit-table';

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
