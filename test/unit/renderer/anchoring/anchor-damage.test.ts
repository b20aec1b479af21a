// Re-anchoring a quote whose own words changed: up to a quarter of its characters it is found over the
// changed words; past that, or reworded, or a short word whose context went, it is an orphan.
import { describe, expect, it } from 'vitest';
import { anchorHighlight } from '../../../../src-renderer/src/anchoring/anchor';
import { articleText } from '../../../../src-renderer/src/anchoring/text-model';
import {
  ACCUSE,
  countOf,
  DATELINE,
  HIGHLIGHTS,
  insertAt,
  locate,
  NEW_FIRST,
  ORIGINAL,
  removeAt,
  replaceIn,
  selectorsOf,
  TENSIONS,
  TEXT,
  type HighlightName,
} from './anchor-fixture';

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
