// What the analyst types, read into terms and FTS5 expressions in which nothing typed is syntax.
import { describe, expect, it } from 'vitest';
import { matchExpressions } from '../../../../src-main/search/match-expression';
import { parseQuery } from '../../../../src-main/search/query-parse';
import { prefixEnd, tokensOf } from '../../../../src-main/search/tokens';

describe('parseQuery', () => {
  it('reads words, phrases, exclusions and the prefix being typed', () => {
    expect(parseQuery('Lavrov "foreign minister" -Moscow sanc')).toEqual([
      { text: 'Lavrov', tokens: ['lavrov'], phrase: false, prefix: false, negated: false },
      { text: 'foreign minister', tokens: ['foreign', 'minister'], phrase: true, prefix: false, negated: false },
      { text: 'Moscow', tokens: ['moscow'], phrase: false, prefix: false, negated: true },
      { text: 'sanc', tokens: ['sanc'], phrase: false, prefix: true, negated: false },
    ]);
  });

  it('reads no prefix after a space, a closed phrase, an exclusion or a single letter', () => {
    expect(parseQuery('sanc ').at(-1)?.prefix).toBe(false);
    expect(parseQuery('"foreign minister"').at(-1)?.prefix).toBe(false);
    expect(parseQuery('"foreign minis').at(-1)?.prefix).toBe(true);
    expect(parseQuery('ukraine -mosc').at(-1)?.prefix).toBe(false);
    expect(parseQuery('ukraine s').at(-1)?.prefix).toBe(false);
  });

  it('drops terms without a word character', () => {
    expect(parseQuery('* ( ) - "" : ^ + --')).toEqual([]);
    expect(parseQuery('')).toEqual([]);
  });
});

describe('matchExpressions', () => {
  it('quotes every term, with NOT for exclusions and * for the prefix', () => {
    expect(matchExpressions(parseQuery('NEAR(a b) -"x y" cd*'))).toEqual({
      all: '(("NEAR(a" AND "b)" AND "cd*"*) NOT "x y")',
      title: '(({title} : ("NEAR(a" AND "b)" AND "cd*"*)) NOT "x y")',
      rest: '((("NEAR(a" AND "b)" AND "cd*"*) NOT "x y") NOT ({title} : ("NEAR(a" AND "b)" AND "cd*"*)))',
      prefix: true,
    });
    expect(matchExpressions(parseQuery('cd '))?.prefix).toBe(false);
  });

  it('has nothing to match without a positive term', () => {
    expect(matchExpressions(parseQuery('-lavrov'))).toBeNull();
    expect(matchExpressions([])).toBeNull();
  });
});

describe('tokens', () => {
  it('folds case and diacritics and splits on separators like unicode61', () => {
    expect(tokensOf("Café-Crème Lavrov's ŁÓDŹ 2014")).toEqual(['cafe', 'creme', 'lavrov', 's', 'łodz', '2014']);
  });

  it('gives the end of a prefix range', () => {
    expect(prefixEnd('s')).toBe('t');
    expect(prefixEnd('ab')).toBe('ac');
    const word = 'sanctions';
    expect(word < prefixEnd('s')).toBe(true);
    expect(prefixEnd('')).toBe('\u{10FFFF}');
  });
});
