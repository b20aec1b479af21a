// Quote matching: similarity of two strings, exact occurrences ranked by context, approximate ones within bounds.
import { describe, expect, it } from 'vitest';
import { exactMatches, fuzzyMatches, similarity } from '../../../../src-renderer/src/anchoring/match-quote';
import { articleText } from '../../../../src-renderer/src/anchoring/text-model';
import { SEED_ARTICLE } from '../../../fixtures/anchoring/seed-article';

const TEXT = articleText(SEED_ARTICLE.paragraphs);

/** Textbook Levenshtein distance, the full table: the reference that similarity() must agree with. */
function levenshtein(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_row, i) =>
    Array.from({ length: b.length + 1 }, (_cell, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const cell = (i: number, j: number): number => table[i]?.[j] ?? Number.NaN;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = table[i] ?? [];
      row[j] = Math.min(cell(i - 1, j) + 1, cell(i, j - 1) + 1, cell(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return cell(a.length, b.length);
}

/** A small deterministic generator, so the comparison below checks the same strings on every run. */
function* randomStrings(seed: number, count: number): Generator<[string, string]> {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const word = (): string => Array.from({ length: next(12) }, () => 'abc '[next(4)]).join('');
  for (let k = 0; k < count; k++) yield [word(), word()];
}

describe('similarity', () => {
  it.each([
    ['', '', 1],
    ['abc', 'abc', 1],
    ['abc', '', 0],
    ['', 'abc', 0],
    ['abcd', 'abXd', 0.75],
    ['abcd', 'abd', 0.75],
    ['kitten', 'sitting', 1 - 3 / 7],
    ['abc', 'xyz', 0],
    // Strings that share no letter are wholly different, whatever their lengths.
    ['ba', 'c', 0],
    ['aaba', 'bab', 0.5],
  ])('similarity(%j, %j) is %d', (a, b, expected) => {
    expect(similarity(a, b)).toBeCloseTo(expected, 10);
  });

  // Which also keeps it within 0..1 (the distance is at most the longer length) and symmetric.
  it('is one minus the edit distance over the longer length, either way round, for any pair of strings', () => {
    for (const [a, b] of randomStrings(20220211, 2000)) {
      const longer = Math.max(a.length, b.length);
      const expected = longer === 0 ? 1 : 1 - levenshtein(a, b) / longer;
      expect(similarity(a, b), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBeCloseTo(expected, 10);
      expect(similarity(b, a), `${JSON.stringify(b)} vs ${JSON.stringify(a)}`).toBeCloseTo(expected, 10);
    }
  });

  it('scores contexts of real text: one changed word is close, another sentence is not', () => {
    const prefix = 'try.\nWashington US, February 18 ';
    expect(similarity(prefix, 'try.\nWashington DC, February 18 ')).toBeCloseTo(1 - 2 / 32, 10);
    expect(similarity(prefix, 'sporadic clashes continue. ')).toBeLessThan(0.5);
  });
});

describe('exactMatches', () => {
  it('finds nothing for an empty quote or a quote not in the text', () => {
    expect(exactMatches(TEXT, '', { prefix: '', suffix: '' })).toEqual([]);
    expect(exactMatches(TEXT, 'Kyiv', { prefix: '', suffix: '' })).toEqual([]);
  });

  it('finds every occurrence, overlapping ones too', () => {
    const found = exactMatches('aaaa', 'aa', { prefix: '', suffix: '' });
    expect(found.map((m) => m.start).sort((a, b) => a - b)).toEqual([0, 1, 2]);
    for (const m of found) expect(m).toMatchObject({ end: m.start + 2, quoteScore: 1, exact: true });
  });

  it('puts first the occurrence whose context matches, wherever it is in the text', () => {
    // "ANI" closes the second paragraph and opens the dateline of the fifth.
    const first = TEXT.indexOf('ANI');
    const second = TEXT.indexOf('ANI', first + 1);
    const dateline = { prefix: 'try.\nWashington US, February 18 ', suffix: ': Russian Foreign Minister Serge' };
    const closing = { prefix: 'and sporadic clashes continue. ', suffix: '\nTensions over Ukraine have incr' };
    expect(exactMatches(TEXT, 'ANI', dateline).map((m) => m.start)).toEqual([second, first]);
    expect(exactMatches(TEXT, 'ANI', closing).map((m) => m.start)).toEqual([first, second]);
    // Context outweighs a position hint that points at the other one.
    expect(exactMatches(TEXT, 'ANI', { ...dateline, hint: first }).map((m) => m.start)).toEqual([second, first]);
  });

  it('with equal context, the occurrence nearest the hint comes first; without a hint, text order', () => {
    const text = 'one fish, two fish, red fish';
    const none = { prefix: '', suffix: '' };
    expect(exactMatches(text, 'fish', none).map((m) => m.start)).toEqual([4, 14, 24]);
    expect(exactMatches(text, 'fish', { ...none, hint: 23 }).map((m) => m.start)).toEqual([24, 14, 4]);
    expect(exactMatches(text, 'fish', { ...none, hint: 13 }).map((m) => m.start)).toEqual([14, 4, 24]);
  });

  it('scores 1 where quote, context and position all match, less elsewhere', () => {
    const at = TEXT.indexOf('Sergey Lavrov');
    const [best] = exactMatches(TEXT, 'Sergey Lavrov', {
      prefix: TEXT.slice(at - 32, at),
      suffix: TEXT.slice(at + 13, at + 45),
      hint: at,
    });
    expect(best).toEqual({ start: at, end: at + 13, quoteScore: 1, score: 1, exact: true });
    const [elsewhere] = exactMatches(TEXT, 'Sergey Lavrov', {
      prefix: 'nothing like it',
      suffix: 'at all, really',
      hint: 0,
    });
    expect(elsewhere?.score).toBeLessThan(0.7);
    expect(elsewhere?.score).toBeGreaterThan(0.5);
  });
});

describe('fuzzyMatches', () => {
  const quote = 'designed to find a political resolution to the conflict';
  const at = TEXT.indexOf(quote);
  const context = {
    prefix: TEXT.slice(at - 32, at),
    suffix: TEXT.slice(at + quote.length, at + quote.length + 32),
    hint: at,
  };

  it('finds the passage with a word changed, scored by how much of the quote is left', () => {
    const edited = TEXT.replace('political', 'peaceful');
    const [best] = fuzzyMatches(edited, quote, context);
    const passage = 'designed to find a peaceful resolution to the conflict';
    expect(best).toMatchObject({ start: at, end: at + passage.length, exact: false });
    const errors = Math.round((1 - (best?.quoteScore ?? 0)) * quote.length);
    expect(errors).toBeGreaterThan(0);
    expect(errors).toBeLessThanOrEqual(Math.floor(quote.length / 4));
    expect(best?.score).toBeGreaterThan(0.9);
    expect(best?.score).toBeLessThan(1);
  });

  it('finds nothing when more than the allowed share of the quote changed', () => {
    // 15 edits to a 55-character quote: over the quarter (13).
    const edited = TEXT.replace(quote, 'designed to reach a political settlement of the conflict');
    expect(fuzzyMatches(edited, quote, context)).toEqual([]);
    // A looser bound (half the characters) finds it.
    expect(fuzzyMatches(edited, quote, context, 0.5).length).toBeGreaterThan(0);
  });

  it('matches a quote shorter than four characters only exactly', () => {
    expect(fuzzyMatches(TEXT, 'ANX', { prefix: '', suffix: '' })).toEqual([]);
    expect(fuzzyMatches(TEXT, 'ANI', { prefix: '', suffix: '' }).map((m) => m.quoteScore)).toEqual([1, 1]);
  });

  it('finds nothing for an empty quote', () => {
    expect(fuzzyMatches(TEXT, '', { prefix: '', suffix: '' })).toEqual([]);
  });

  it('ranks the candidate with matching context first', () => {
    // Two slightly damaged copies of the quote; only the second keeps its context.
    const preface = 'Preface: designed to find a political solution to the conflict here.';
    const text = `${preface}\n${TEXT.replace('political', 'politcal')}`;
    const [best, ...rest] = fuzzyMatches(text, quote, { ...context, hint: 0 });
    const expectedStart = text.indexOf('designed to find a politcal');
    expect(best?.start).toBe(expectedStart);
    for (const other of rest) expect(other.score).toBeLessThanOrEqual(best?.score ?? 0);
  });
});
