// paragraphSegments: runs of paragraph text under the same highlights, for drawing marks.
import { describe, expect, it } from 'vitest';
import { paragraphSegments, type PlacedHighlight, type Segment } from '../../../../src-renderer/src/anchoring/segments';
import { articleText } from '../../../../src-renderer/src/anchoring/text-model';
import { SEED_ARTICLE } from '../../../fixtures/anchoring/seed-article';

const PARAGRAPHS = ['alpha beta', 'gamma', 'delta epsilon'];
//                   0-9            11-15    17-29

/** Every segment's text must be the article text at its offset, and the runs must tile each paragraph. */
function expectConsistent(paragraphs: readonly string[], segments: readonly Segment[][]): void {
  const text = articleText(paragraphs);
  expect(segments).toHaveLength(paragraphs.length);
  segments.forEach((runs, p) => {
    expect(runs.map((r) => r.text).join('')).toBe(paragraphs[p]);
    for (const run of runs) expect(text.slice(run.start, run.start + run.text.length)).toBe(run.text);
  });
}

describe('paragraphSegments', () => {
  it('gives one plain run per paragraph without highlights', () => {
    expect(paragraphSegments(PARAGRAPHS, [])).toEqual([
      [{ text: 'alpha beta', ids: [], start: 0 }],
      [{ text: 'gamma', ids: [], start: 11 }],
      [{ text: 'delta epsilon', ids: [], start: 17 }],
    ]);
  });

  it('cuts a paragraph around one highlight', () => {
    const segments = paragraphSegments(PARAGRAPHS, [{ id: 'h', start: 6, end: 10 }]);
    expect(segments[0]).toEqual([
      { text: 'alpha ', ids: [], start: 0 },
      { text: 'beta', ids: ['h'], start: 6 },
    ]);
    expect(segments[1]).toEqual([{ text: 'gamma', ids: [], start: 11 }]);
    expectConsistent(PARAGRAPHS, segments);
  });

  it('splits overlapping highlights into runs carrying each set of ids', () => {
    const highlights: PlacedHighlight[] = [
      { id: 'a', start: 0, end: 8 }, // "alpha be"
      { id: 'b', start: 6, end: 10 }, // "beta"
    ];
    const [first] = paragraphSegments(PARAGRAPHS, highlights);
    expect(first).toEqual([
      { text: 'alpha ', ids: ['a'], start: 0 },
      { text: 'be', ids: ['a', 'b'], start: 6 },
      { text: 'ta', ids: ['b'], start: 8 },
    ]);
  });

  it('keeps the ids in the order the highlights were given, whatever their offsets', () => {
    const [first] = paragraphSegments(PARAGRAPHS, [
      { id: 'late', start: 2, end: 4 },
      { id: 'early', start: 0, end: 10 },
    ]);
    expect(first?.map((s) => s.ids)).toEqual([['early'], ['late', 'early'], ['early']]);
    const [reversed] = paragraphSegments(PARAGRAPHS, [
      { id: 'early', start: 0, end: 10 },
      { id: 'late', start: 2, end: 4 },
    ]);
    expect(reversed?.map((s) => s.ids)).toEqual([['early'], ['early', 'late'], ['early']]);
  });

  it('a highlight nested in another and one with the same bounds', () => {
    const [first] = paragraphSegments(PARAGRAPHS, [
      { id: 'outer', start: 0, end: 10 },
      { id: 'same', start: 0, end: 10 },
      { id: 'inner', start: 1, end: 3 },
    ]);
    expect(first).toEqual([
      { text: 'a', ids: ['outer', 'same'], start: 0 },
      { text: 'lp', ids: ['outer', 'same', 'inner'], start: 1 },
      { text: 'ha beta', ids: ['outer', 'same'], start: 3 },
    ]);
  });

  it('a highlight over several paragraphs marks each part and skips the line breaks', () => {
    const segments = paragraphSegments(PARAGRAPHS, [{ id: 'span', start: 6, end: 22 }]);
    expect(segments).toEqual([
      [
        { text: 'alpha ', ids: [], start: 0 },
        { text: 'beta', ids: ['span'], start: 6 },
      ],
      [{ text: 'gamma', ids: ['span'], start: 11 }],
      [
        { text: 'delta', ids: ['span'], start: 17 },
        { text: ' epsilon', ids: [], start: 22 },
      ],
    ]);
  });

  it('a highlight that ends on a line break does not reach into the next paragraph', () => {
    const segments = paragraphSegments(PARAGRAPHS, [{ id: 'h', start: 6, end: 11 }]);
    expect(segments[0]?.at(-1)).toEqual({ text: 'beta', ids: ['h'], start: 6 });
    expect(segments[1]).toEqual([{ text: 'gamma', ids: [], start: 11 }]);
  });

  it('ignores highlights outside every paragraph and empty ones', () => {
    const segments = paragraphSegments(PARAGRAPHS, [
      { id: 'after', start: 40, end: 50 },
      { id: 'empty', start: 3, end: 3 },
    ]);
    expect(segments.flat().flatMap((s) => s.ids)).toEqual([]);
    expectConsistent(PARAGRAPHS, segments);
  });

  it('tiles a real article under many overlapping highlights', () => {
    const { paragraphs } = SEED_ARTICLE;
    const text = articleText(paragraphs);
    const find = (passage: string): { start: number; end: number } => {
      const start = text.indexOf(passage);
      if (start === -1) throw new Error(passage);
      return { start, end: start + passage.length };
    };
    const highlights: PlacedHighlight[] = [
      { id: 'span', ...find('no intention of attacking any country.\nWashington US, February 18') },
      { id: 'sentence', ...find('The United States and Ukraine accuse Russia of preparing to invade.') },
      { id: 'word', ...find('Russia of') },
      { id: 'dateline', ...find('Washington US, February 18 ANI:') },
    ];
    const segments = paragraphSegments(paragraphs, highlights);
    expectConsistent(paragraphs, segments);
    // Each highlight's runs put back together give its text, less the line breaks.
    for (const h of highlights) {
      const runs = segments.flat().filter((s) => s.ids.includes(h.id));
      expect(runs.map((s) => s.text).join('')).toBe(text.slice(h.start, h.end).replace('\n', ''));
    }
    expect(segments[3]?.find((s) => s.text === 'Russia of')?.ids).toEqual(['sentence', 'word']);
    expect(segments[4]?.[0]).toEqual({
      text: 'Washington US, February 18',
      ids: ['span', 'dateline'],
      start: text.indexOf('Washington US'),
    });
  });
});
