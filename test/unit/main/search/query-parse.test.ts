// What the analyst types, read into a query tree and FTS5 expressions in which nothing typed is syntax:
// operators, fields and NEAR as documented, and hostile or half-typed input explained, never passed raw.
import { describe, expect, it } from 'vitest';
import { matchExpressions } from '../../../../src-main/search/match-expression';
import { parseQuery } from '../../../../src-main/search/query-parse';
import { termsOf } from '../../../../src-main/search/query-tree';
import { prefixEnd, tokensOf } from '../../../../src-main/search/tokens';

const all = (text: string): string | null => matchExpressions(parseQuery(text))?.all ?? null;
const problems = (text: string): readonly string[] => parseQuery(text).problems;
const last = (text: string): boolean | undefined => termsOf(parseQuery(text).root).at(-1)?.prefix;

describe('parseQuery: words, phrases, exclusions, prefixes', () => {
  it('reads words, phrases, exclusions and the prefix being typed', () => {
    const parsed = parseQuery('Lavrov "foreign minister" -Moscow sanc');
    expect(termsOf(parsed.root)).toEqual([
      { text: 'Lavrov', tokens: ['lavrov'], phrase: false, prefix: false },
      { text: 'foreign minister', tokens: ['foreign', 'minister'], phrase: true, prefix: false },
      { text: 'sanc', tokens: ['sanc'], phrase: false, prefix: true },
      { text: 'Moscow', tokens: ['moscow'], phrase: false, prefix: false },
    ]);
    expect(all('Lavrov "foreign minister" -Moscow sanc')).toBe(
      '(("lavrov" AND "foreign minister" AND "sanc"*) NOT "moscow")',
    );
    expect(parsed.problems).toEqual([]);
  });

  it('reads no prefix after a space, a closed phrase, an exclusion or a single letter', () => {
    expect(last('sanc ')).toBe(false);
    expect(last('"foreign minister"')).toBe(false);
    expect(last('"foreign minis')).toBe(true);
    expect(all('ukraine -mosc')).toBe('("ukraine" NOT "mosc")');
    expect(last('ukraine s')).toBe(false);
    expect(last('ukrain* ')).toBe(true);
    expect(all('ukrain* talks')).toBe('("ukrain"* AND "talks"*)');
  });

  it('drops terms without a word character, silently', () => {
    expect(parseQuery('* - "" ^ + --').root).toBeNull();
    expect(parseQuery('* - "" ^ + --').problems).toEqual([]);
    expect(parseQuery('').root).toBeNull();
    expect(parseQuery('-').problems).toEqual([]);
  });

  it('keeps FTS5 keywords typed in lower case, and quoted ones, as words', () => {
    expect(all('war and peace or near not')).toBe('("war" AND "and" AND "peace" AND "or" AND "near" AND "not"*)');
    expect(all('"OR" "NEAR(a b)" ')).toBe('("or" AND "near a b")');
    expect(all('cd* {title}:x "a""b" ')).toBe('("cd"* AND "title x" AND "a" AND "b")');
  });

  it('reads right-to-left text as words and phrases like any other', () => {
    expect(all('لافروف OR "وزير الخارجية" -موسكو ')).toBe('(("لافروف" OR "وزير الخارجيه") NOT "موسكو")');
    expect(all('title:שלום')).toBe('({title} : "שלום"*)');
    expect(problems('عنوان:سلام')).toEqual([]);
  });
});

describe('parseQuery: OR, parentheses, NOT', () => {
  it('reads OR between words, joining the words beside it', () => {
    expect(all('Lavrov OR Minsk')).toBe('("lavrov" OR "minsk"*)');
    expect(all('ukraine lavrov OR blinken ')).toBe('("ukraine" AND ("lavrov" OR "blinken"))');
    expect(all('a OR b OR c ')).toBe('("a" OR "b" OR "c")');
  });

  it('reads parentheses and exclusions of groups', () => {
    expect(all('(lavrov OR minsk) -grain ')).toBe('(("lavrov" OR "minsk") NOT "grain")');
    expect(all('ukraine -(grain OR wheat) ')).toBe('("ukraine" NOT ("grain" OR "wheat"))');
    expect(all('ukraine NOT grain ')).toBe('("ukraine" NOT "grain")');
    expect(all('ukraine AND grain ')).toBe('("ukraine" AND "grain")');
  });

  it('explains a dangling OR and still searches the words', () => {
    expect(all('lavrov OR ')).toBe('"lavrov"');
    expect(problems('lavrov OR ')).toEqual([expect.stringContaining('OR needs a word on each side')]);
    expect(all('OR minsk ')).toBe('"minsk"');
    expect(problems('OR minsk ')).toHaveLength(1);
    expect(all('a OR OR b ')).toBe('("a" OR "b")');
    expect(problems('(a OR) b ')).toHaveLength(1);
  });

  it('explains unbalanced parentheses, reading what it can', () => {
    expect(all('(lavrov OR minsk ')).toBe('("lavrov" OR "minsk")');
    expect(problems('(lavrov OR minsk ')).toEqual([expect.stringContaining('“(” is not closed')]);
    expect(all('lavrov) minsk ')).toBe('("lavrov" AND "minsk")');
    expect(problems('lavrov) minsk ')).toEqual([expect.stringContaining('“)” has no “(”')]);
    expect(all(')))')).toBeNull();
    expect(all('((((( ab')).toBe('"ab"*');
  });

  it('explains exclusions with nothing to exclude them from', () => {
    const parsed = parseQuery('-lavrov');
    expect(parsed.root).toBeNull();
    expect(parsed.onlyExcluded).toBe(true);
    expect(parsed.problems).toEqual([expect.stringContaining('-lavrov only leaves articles out')]);
    expect(all('ukraine OR -lavrov ')).toBe('"ukraine"');
    expect(problems('ukraine OR -lavrov ')).toEqual([expect.stringContaining('cannot stand alone')]);
    expect(all('ukraine (-lavrov) ')).toBe('"ukraine"');
    expect(problems('ukraine NOT')).toEqual([expect.stringContaining('NOT and “-” need a word')]);
  });

  it('limits nesting and the number of terms', () => {
    const deep = `${'('.repeat(20)}lavrov${')'.repeat(20)}`;
    expect(all(deep)).toBe('"lavrov"');
    expect(problems(deep)).toContainEqual(expect.stringContaining('nest at most 8 deep'));
    const many = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    expect(termsOf(parseQuery(many).root)).toHaveLength(64);
    expect(problems(many)).toContainEqual('Only the first 64 words are searched.');
  });
});

describe('parseQuery: NEAR', () => {
  it('reads NEAR(…) with and without a distance, and the infix NEAR', () => {
    expect(all('NEAR(lavrov minsk, 5)')).toBe('NEAR("lavrov" "minsk", 5)');
    expect(all('NEAR(lavrov "peace talks")')).toBe('NEAR("lavrov" "peace talks", 10)');
    expect(all('lavrov NEAR minsk ')).toBe('NEAR("lavrov" "minsk", 10)');
    expect(all('lavrov NEAR/3 minsk NEAR/3 kyiv ')).toBe('NEAR("lavrov" "minsk" "kyiv", 3)');
    expect(all('ukraine lavrov NEAR mins')).toBe('("ukraine" AND NEAR("lavrov" "mins"*, 10))');
  });

  it('explains a NEAR it cannot read, and searches its words', () => {
    expect(all('NEAR(')).toBeNull();
    expect(problems('NEAR(')).toEqual([expect.stringContaining('“NEAR(” is not closed')]);
    expect(all('NEAR(lavrov')).toBe('"lavrov"*');
    expect(problems('NEAR(lavrov)')).toEqual([expect.stringContaining('NEAR needs two words')]);
    expect(all('NEAR(a OR b, x)')).toBe('NEAR("a" "b", 10)');
    expect(problems('NEAR(a OR b, x)')).toEqual([
      expect.stringContaining('“OR” was left out'),
      expect.stringContaining('“x” was left out'),
    ]);
    expect(all('lavrov NEAR ')).toBe('"lavrov"');
    expect(problems('NEAR minsk ')).toEqual([expect.stringContaining('NEAR joins two words')]);
    expect(all('near(a b)')).toBe('("near" AND ("a" AND "b"))');
  });
});

describe('parseQuery: title: and source:', () => {
  it('reads title: on a word, a phrase, a group or NEAR', () => {
    expect(all('title:ukraine')).toBe('({title} : "ukraine"*)');
    expect(all('Title:"peace talks" lavrov ')).toBe('(({title} : "peace talks") AND "lavrov")');
    expect(all('title:(lavrov OR minsk) ')).toBe('({title} : ("lavrov" OR "minsk"))');
    expect(all('-title:grain ukraine ')).toBe('("ukraine" NOT ({title} : "grain"))');
  });

  it('keeps source: words apart, for the whole search', () => {
    const parsed = parseQuery('source:reuters -source:"Moscow Times" ukraine ');
    expect(parsed.sources).toEqual({ include: ['reuters'], exclude: ['Moscow Times'] });
    expect(matchExpressions(parsed)?.all).toBe('"ukraine"');
    expect(parseQuery('source:reuters').root).toBeNull();
    expect(parseQuery('source:reuters').onlyExcluded).toBe(false);
  });

  it('explains source: inside a group, an empty field and an unknown field', () => {
    expect(parseQuery('(source:reuters OR lavrov) ').sources.include).toEqual([]);
    expect(problems('(source:reuters OR lavrov) ')).toEqual([expect.stringContaining('source:reuters narrows')]);
    expect(problems('lavrov OR source:tass ')).toEqual([expect.stringContaining('source:tass narrows')]);
    expect(all('title: ukraine')).toBe('"ukraine"*');
    expect(problems('title: ukraine')).toEqual([expect.stringContaining('“title:” needs a word')]);
    expect(problems('title:')).toHaveLength(1);
    expect(all('author:smith lavrov ')).toBe('("author smith" AND "lavrov")');
    expect(problems('author:smith lavrov ')).toEqual([expect.stringContaining('“author:” is not a field')]);
    expect(problems('https://example.org/x note: 10:30')).toEqual([]);
  });
});

describe('matchExpressions', () => {
  it('quotes every term, with NOT for exclusions and * for the prefix', () => {
    expect(matchExpressions(parseQuery('NEAR(a b -"x y" cd*'))).toMatchObject({ prefix: true });
    expect(matchExpressions(parseQuery('lavrov -"x y" cd*'))).toEqual({
      all: '(("lavrov" AND "cd"*) NOT "x y")',
      title: '(({title} : ("lavrov" AND "cd"*)) NOT "x y")',
      rest: '((("lavrov" AND "cd"*) NOT "x y") NOT ({title} : ("lavrov" AND "cd"*)))',
      marks: '(("lavrov" AND "cd"*) NOT "x y")',
      prefix: true,
      titleOnly: false,
    });
    expect(matchExpressions(parseQuery('cd '))?.prefix).toBe(false);
  });

  it('leaves title: out of the expression that marks snippets, so it matches annotations too', () => {
    const e = matchExpressions(parseQuery('title:ukraine -title:grain lavrov '));
    expect(e?.titleOnly).toBe(true);
    expect(e?.marks).toBe('("ukraine" AND "lavrov")');
  });

  it('escapes quotes inside terms, so nothing typed closes a string', () => {
    expect(all('"a "" OR b" ')).toBe('("a" AND "or b")');
    expect(all('say"hi')).toBe('("say" AND "hi"*)');
  });

  it('has nothing to match without a positive term', () => {
    expect(matchExpressions(parseQuery('-lavrov'))).toBeNull();
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
