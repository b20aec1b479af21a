// The character level of the query parser (query-parse.ts): words, "phrases", operators in capitals,
// fields and NEAR/n, read at a cursor, with the prefix rule for the word still being typed. Pure.
import { PROBLEMS } from './query-problems';
import { NEAR_DISTANCE, type QueryTerm } from './query-tree';
import { tokensOf } from './tokens';

/** One-letter prefixes match most of a large library and say little; they are matched as whole words. */
const MIN_PREFIX_LENGTH = 2;
const MAX_TERMS = 64;
export const MAX_NEAR_DISTANCE = 1000;
/** A field name and its colon, not a link's scheme ("https://"). */
const FIELD = /^([A-Za-z]+):(?!\/)/;

export class QueryScanner {
  protected pos = 0;
  private terms = 0;
  readonly problems = new Set<string>();

  constructor(protected readonly input: string) {}

  protected phrase(excluded: boolean): QueryTerm | null {
    const start = this.pos + 1;
    const close = this.input.indexOf('"', start);
    const closed = close >= 0;
    const text = this.input.slice(start, closed ? close : this.input.length);
    this.pos = closed ? close + 1 : this.input.length;
    if (!closed) this.problems.add(PROBLEMS.unclosedQuote(text));
    let star = false;
    while (this.input[this.pos] === '*') {
      this.pos++;
      star = true;
    }
    return this.term(text.trim(), true, star || (!closed && !excluded));
  }

  protected word(excluded: boolean, inNear: boolean): QueryTerm | null {
    const raw = this.rawWord(inNear);
    if (raw === '') return null; // at a ")": the group above takes it
    const star = raw.endsWith('*');
    const text = raw.replace(/\*+$/u, '');
    return this.term(text, false, star || (this.pos === this.input.length && !excluded));
  }

  protected term(text: string, phrase: boolean, prefixWanted: boolean): QueryTerm | null {
    const tokens = tokensOf(text);
    if (tokens.length === 0) return null;
    if (++this.terms > MAX_TERMS) {
      this.problems.add(PROBLEMS.tooManyTerms(MAX_TERMS));
      return null;
    }
    const prefix = prefixWanted && (tokens.at(-1) ?? '').length >= MIN_PREFIX_LENGTH;
    return { text, tokens, phrase, prefix };
  }

  /** title:, source: or language: (lower or upper case); an unknown field is said, and read as words. */
  protected takeField(): 'title' | 'source' | 'language' | 'invalid' | null {
    const match = FIELD.exec(this.input.slice(this.pos, this.pos + 40));
    if (!match) return null;
    const name = (match[1] ?? '').toLowerCase();
    const after = this.input[this.pos + match[0].length];
    const bare = after === undefined || /\s/u.test(after);
    if (name !== 'title' && name !== 'source' && name !== 'language') {
      if (!bare) this.problems.add(PROBLEMS.unknownField(match[1] ?? '', this.peekWord(false)));
      return null;
    }
    this.pos += match[0].length;
    if (bare || after === ')') {
      this.problems.add(PROBLEMS.emptyField(name));
      return 'invalid';
    }
    return name;
  }

  protected takeInfixNear(): number | null {
    const save = this.pos;
    this.skipSpace();
    const raw = this.peekWord(false);
    const match = /^NEAR(?:\/(\d+))?$/u.exec(raw);
    if (!match || this.input[this.pos + raw.length] === '(') {
      this.pos = save;
      return null;
    }
    this.pos += raw.length;
    return match[1] === undefined ? NEAR_DISTANCE : Math.min(Number(match[1]), MAX_NEAR_DISTANCE);
  }

  protected atOperator(name: string): boolean {
    return this.peekWord(false) === name;
  }

  protected takeOperator(name: string): boolean {
    this.skipSpace();
    if (!this.atOperator(name)) return false;
    this.pos += name.length;
    return true;
  }

  protected peekWord(inNear: boolean): string {
    const stop = inNear ? /[\s"(),]/u : /[\s"()]/u;
    let end = this.pos;
    while (end < this.input.length && !stop.test(this.input[end] ?? '')) end++;
    return this.input.slice(this.pos, end);
  }

  protected rawWord(inNear: boolean): string {
    const raw = this.peekWord(inNear);
    this.pos += raw.length;
    return raw;
  }

  protected skipSpace(): void {
    while (this.pos < this.input.length && /\s/u.test(this.input[this.pos] ?? '')) this.pos++;
  }
}
