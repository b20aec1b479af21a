// The words a library query looks for, to mark them in the text: words and "phrases" (the last one as a
// prefix while it is being typed, or with a *), without -excluded or NOT words, operators (AND, OR, NEAR,
// parentheses), field prefixes (title:, source:) or language: filters, each folded as the index folds it
// (tokens.ts). Pure.
import { isCjkToken, tokensOf } from './tokens';

export interface QueryWord {
  /** One token for a word; several, to be found in a row, for a phrase. */
  readonly tokens: readonly string[];
  /** The last token matches as a prefix: the analyst is still typing it. */
  readonly prefix: boolean;
}

/** As in the index's query reading: a one-letter prefix would mark most of the text, so it is a whole word. */
const MIN_PREFIX_LENGTH = 2;
const FIELD = /^(?:title|source):/i;
/** language:ru filters by language: its word is no word of the text. */
const LANGUAGE = /^language:(?:"[^"]*"?|[^\s"()]*)/i;
const OPERATOR = /^(?:AND|OR|NEAR(?:\/\d*)?)$/;
const WORD_END = /[\s"()]/u;

interface Term {
  readonly text: string;
  readonly negated: boolean;
  /** Nothing follows it: no space, closing quote or parenthesis. */
  readonly open: boolean;
  /** Typed with a trailing *: a prefix wherever it stands. */
  readonly star?: boolean;
}

/** Terms with their negation, through groups: "-(a OR b)" excludes both a and b. */
function termsOf(input: string): Term[] {
  const terms: Term[] = [];
  const groups: boolean[] = [];
  let at = 0;
  let minus = false;
  // NOT excludes the next term or group, across the space that follows it.
  let not = false;
  while (at < input.length) {
    const char = input[at] as string;
    const negated = minus || not || groups.at(-1) === true;
    if (/\s/u.test(char)) {
      minus = false;
      at++;
    } else if (char === '(') {
      groups.push(negated);
      minus = false;
      not = false;
      at++;
    } else if (char === ')') {
      groups.pop();
      minus = false;
      at++;
    } else if (char === '-' && !minus) {
      minus = true;
      at++;
    } else if (LANGUAGE.test(input.slice(at))) {
      at += LANGUAGE.exec(input.slice(at))?.[0].length ?? 1;
      minus = false;
      not = false;
    } else if (FIELD.test(input.slice(at))) {
      at = input.indexOf(':', at) + 1;
    } else if (char === '"') {
      const close = input.indexOf('"', at + 1);
      const end = close === -1 ? input.length : close;
      terms.push({ text: input.slice(at + 1, end), negated, open: close === -1 });
      at = close === -1 ? input.length : close + 1;
      minus = false;
      not = false;
    } else {
      let end = at;
      while (end < input.length && !WORD_END.test(input[end] as string)) end++;
      const text = input.slice(at, end);
      at = end;
      if (text === 'NOT') {
        not = true;
        continue;
      }
      if (!OPERATOR.test(text)) terms.push({ text, negated, open: end === input.length, star: text.endsWith('*') });
      minus = false;
      not = false;
    }
  }
  return terms;
}

/** `"foreign minister" lavr -putin OR title:(blinken)` -> foreign minister (phrase), lavr (prefix)… */
export function queryWords(input: string): QueryWord[] {
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  const terms = termsOf(input).filter((term) => tokensOf(term.text).length > 0);
  terms.forEach((term, index) => {
    if (term.negated) return;
    const tokens = tokensOf(term.text);
    const last = tokens.at(-1) ?? '';
    const typing = index === terms.length - 1 && term.open;
    const prefix = (term.star === true || typing) && last.length >= MIN_PREFIX_LENGTH;
    const key = `${prefix ? '*' : ''}${tokens.join(' ')}`;
    if (seen.has(key)) return;
    seen.add(key);
    words.push({ tokens, prefix });
  });
  return words;
}

/** A word's tokens as typed: a Chinese or Japanese word's characters go together ("北京"), others apart. */
function joined(tokens: readonly string[]): string {
  return tokens.reduce((text, token, i) => {
    const glued = i > 0 && isCjkToken(token) && isCjkToken(tokens[i - 1] ?? '');
    return i === 0 ? token : `${text}${glued ? '' : ' '}${token}`;
  }, '');
}

/** The words as text the find bar can take back (phrases quoted): `"foreign minister" lavr 北京`. */
export function wordsAsText(words: readonly QueryWord[]): string {
  return words
    .map((w) => {
      const text = joined(w.tokens);
      return /\s/u.test(text) ? `"${text}"` : text;
    })
    .join(' ');
}
