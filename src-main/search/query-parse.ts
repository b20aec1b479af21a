// Reads what the analyst typed into terms: words, "quoted phrases", -excluded words. Nothing the analyst
// types is FTS5 syntax; every term later goes into the MATCH expression as a quoted string. Pure.
import { tokensOf } from './tokens';

export interface QueryTerm {
  /** The term as typed (without quotes or the leading "-"). */
  readonly text: string;
  /** Its tokens as the index sees them; a term without any is dropped. */
  readonly tokens: readonly string[];
  readonly phrase: boolean;
  /** The last term, still being typed: its last token matches as a prefix. */
  readonly prefix: boolean;
  readonly negated: boolean;
}

/** One-letter prefixes match most of a large library and say little; they are matched as whole words. */
const MIN_PREFIX_LENGTH = 2;

const TERM = /(-?)(?:"([^"]*)("?)|([^\s"]+))/gu;

export function parseQuery(input: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  let lastEnd = -1;
  let lastClosed = false;
  for (const match of input.matchAll(TERM)) {
    const [whole, minus, phraseText, closingQuote, word] = match;
    const phrase = phraseText !== undefined;
    const text = phrase ? phraseText : (word ?? '');
    const tokens = tokensOf(text);
    if (tokens.length === 0) continue;
    terms.push({ text, tokens, phrase, prefix: false, negated: minus === '-' });
    lastEnd = (match.index ?? 0) + whole.length;
    lastClosed = phrase && closingQuote === '"';
  }
  const last = terms.at(-1);
  // A closed phrase or a word followed by a space is finished; what is still being typed is a prefix.
  const stillTyping = lastEnd === input.length && !lastClosed;
  if (last && stillTyping && !last.negated && (last.tokens.at(-1) ?? '').length >= MIN_PREFIX_LENGTH) {
    terms[terms.length - 1] = { ...last, prefix: true };
  }
  return terms;
}

/** A term as an FTS5 string: double quotes make every character literal, including AND, NEAR, *, ( and :. */
export function quoted(term: QueryTerm): string {
  return `"${term.text.replaceAll('"', '""')}"${term.prefix ? '*' : ''}`;
}
