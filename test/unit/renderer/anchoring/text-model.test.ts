// The article text model: paragraph start offsets, the paragraph at an offset, and ranges cut per paragraph.
import { describe, expect, it } from 'vitest';
import {
  articleText,
  PARAGRAPH_SEPARATOR,
  paragraphAt,
  paragraphStarts,
  sliceByParagraph,
} from '../../../../src-renderer/src/anchoring/text-model';
import { SEED_ARTICLE } from '../../../fixtures/anchoring/seed-article';

const PARAGRAPHS = ['alpha', 'be', 'gamma delta'];
//                   0-4     6-7   9-19          (separators at 5 and 8)

describe('articleText', () => {
  it('joins paragraphs with single line breaks', () => {
    expect(PARAGRAPH_SEPARATOR).toBe('\n');
    expect(articleText(PARAGRAPHS)).toBe('alpha\nbe\ngamma delta');
    expect(articleText([])).toBe('');
    expect(articleText(['only'])).toBe('only');
  });
});

describe('paragraphStarts', () => {
  it('gives the offset of every paragraph in the joined text', () => {
    expect(paragraphStarts(PARAGRAPHS)).toEqual([0, 6, 9]);
    expect(paragraphStarts([])).toEqual([]);
    expect(paragraphStarts([''])).toEqual([0]);
    expect(paragraphStarts(['', '', 'x'])).toEqual([0, 1, 2]);
  });

  it('points at each paragraph of a real article', () => {
    const text = articleText(SEED_ARTICLE.paragraphs);
    const starts = paragraphStarts(SEED_ARTICLE.paragraphs);
    expect(starts).toHaveLength(SEED_ARTICLE.paragraphs.length);
    SEED_ARTICLE.paragraphs.forEach((paragraph, i) => {
      const start = starts[i] ?? -1;
      expect(text.slice(start, start + paragraph.length)).toBe(paragraph);
      expect(text.slice(start - 1, start)).toBe(i === 0 ? '' : '\n');
    });
  });
});

describe('paragraphAt', () => {
  const starts = paragraphStarts(PARAGRAPHS);

  it.each([
    [0, 0],
    [4, 0],
    [5, 0], // the separator after "alpha" belongs to it
    [6, 1],
    [7, 1],
    [8, 1],
    [9, 2],
    [19, 2],
    [20, 2], // the end of the text
    [500, 2],
  ])('offset %i is in paragraph %i', (offset, paragraph) => {
    expect(paragraphAt(starts, offset)).toBe(paragraph);
  });

  it('a negative offset or an empty article gives the first paragraph', () => {
    expect(paragraphAt(starts, -3)).toBe(0);
    expect(paragraphAt([], 10)).toBe(0);
  });

  it('agrees with a linear search over every offset of a real article', () => {
    const realStarts = paragraphStarts(SEED_ARTICLE.paragraphs);
    const length = articleText(SEED_ARTICLE.paragraphs).length;
    for (let offset = 0; offset <= length; offset++) {
      const linear = realStarts.findLastIndex((start) => start <= offset);
      expect(paragraphAt(realStarts, offset)).toBe(linear);
    }
  });

  it('finds the last of several empty paragraphs that start at or before the offset', () => {
    const emptyStarts = paragraphStarts(['', '', 'abc']);
    expect(paragraphAt(emptyStarts, 0)).toBe(0);
    expect(paragraphAt(emptyStarts, 1)).toBe(1);
    expect(paragraphAt(emptyStarts, 3)).toBe(2);
  });
});

describe('sliceByParagraph', () => {
  const starts = paragraphStarts(PARAGRAPHS);
  const slices = (start: number, end: number): ReturnType<typeof sliceByParagraph> =>
    sliceByParagraph(PARAGRAPHS, starts, start, end);

  it('keeps a range inside one paragraph whole, in paragraph offsets', () => {
    expect(slices(1, 4)).toEqual([{ paragraph: 0, start: 1, end: 4 }]);
    expect(slices(9, 14)).toEqual([{ paragraph: 2, start: 0, end: 5 }]);
  });

  it('cuts a range over several paragraphs and leaves out the separators', () => {
    expect(slices(3, 12)).toEqual([
      { paragraph: 0, start: 3, end: 5 },
      { paragraph: 1, start: 0, end: 2 },
      { paragraph: 2, start: 0, end: 3 },
    ]);
    expect(slices(0, 20)).toEqual([
      { paragraph: 0, start: 0, end: 5 },
      { paragraph: 1, start: 0, end: 2 },
      { paragraph: 2, start: 0, end: 11 },
    ]);
  });

  it('gives nothing for a range on a separator alone or an empty range', () => {
    expect(slices(5, 6)).toEqual([]);
    expect(slices(7, 7)).toEqual([]);
  });

  it('a range that starts on a separator begins in the next paragraph', () => {
    expect(slices(5, 8)).toEqual([{ paragraph: 1, start: 0, end: 2 }]);
  });

  it('a range that ends on a separator stops at the end of the paragraph', () => {
    expect(slices(6, 8)).toEqual([{ paragraph: 1, start: 0, end: 2 }]);
    expect(slices(6, 9)).toEqual([{ paragraph: 1, start: 0, end: 2 }]);
  });

  it('puts back together the text of a range in a real article', () => {
    const { paragraphs } = SEED_ARTICLE;
    const text = articleText(paragraphs);
    const realStarts = paragraphStarts(paragraphs);
    const start = text.indexOf('no intention of attacking');
    const end = text.indexOf('Russian Foreign Minister') + 'Russian Foreign Minister'.length;
    const parts = sliceByParagraph(paragraphs, realStarts, start, end);
    expect(parts.map((s) => s.paragraph)).toEqual([3, 4]);
    expect(parts.map((s) => (paragraphs[s.paragraph] ?? '').slice(s.start, s.end)).join('\n')).toBe(
      text.slice(start, end),
    );
  });
});
