// Reads what the analyst typed into a query tree (query-tree.ts): words (implicit AND), "quoted phrases",
// -excluded words, OR, parentheses, NEAR, title:, source: and language:. Nothing typed becomes FTS5 syntax: every
// term later goes into the MATCH expression as a quoted string. What cannot be read is said in plain
// words (query-problems.ts), and the rest is still searched. Pure.
import { languageTag } from '../../src-shared/search/languages';
import { PROBLEMS, shown } from './query-problems';
import { NEAR_DISTANCE, type ParsedQuery, type QueryNode, type QueryTerm, type SourceWords } from './query-tree';
import { MAX_NEAR_DISTANCE, QueryScanner } from './query-scan';

export type { QueryTerm } from './query-tree';

const MAX_DEPTH = 8;

type Part =
  | { readonly kind: 'node'; readonly node: QueryNode; readonly negated: boolean }
  /** source: and language: narrow the whole search: they are filters, not text to match. */
  | { readonly kind: 'filter'; readonly field: FilterField; readonly text: string; readonly negated: boolean };

type FilterField = 'source' | 'language';
type Source = Extract<Part, { kind: 'filter' }>;

interface Group {
  readonly node: QueryNode | null;
  /** source: and language: words at the top level (elsewhere they are left out, and said so). */
  readonly sources: readonly Source[];
  /** Only exclusions were typed (as shown): nothing to exclude them from. */
  readonly onlyExcluded: string | null;
}

class Parser extends QueryScanner {
  parse(): ParsedQuery {
    const parts: QueryNode[] = [];
    const sources: Source[] = [];
    let onlyExcluded: string | null = null;
    // A ")" without its "(" is left out, and the rest is read on.
    for (let first = true; first || this.pos < this.input.length; first = false) {
      if (!first) {
        this.pos++;
        this.problems.add(PROBLEMS.strayClose);
      }
      const group = this.parseAnd(0, false);
      if (group.node) parts.push(group.node);
      sources.push(...group.sources);
      onlyExcluded ??= group.onlyExcluded;
    }
    if (parts.length > 0) onlyExcluded = null;
    if (onlyExcluded !== null) this.problems.add(PROBLEMS.onlyExcluded(onlyExcluded));
    return {
      root: parts.length === 0 ? null : parts.length === 1 ? (parts[0] ?? null) : and(parts, []),
      sources: wordsOf(sources.filter((s) => s.field === 'source')),
      languages: this.languagesOf(sources.filter((s) => s.field === 'language')),
      onlyExcluded: onlyExcluded !== null,
      problems: [...this.problems],
    };
  }

  /** language: words as language tags ("russian" -> "ru"); one that names no language is said and left out. */
  private languagesOf(words: readonly Source[]): SourceWords {
    const known: Source[] = [];
    for (const word of words) {
      const tag = languageTag(word.text);
      if (tag !== null) known.push({ ...word, text: tag });
      // One letter is a name still being typed.
      else if ([...word.text].length > 1) this.problems.add(PROBLEMS.unknownLanguage(word.text));
    }
    return wordsOf(known);
  }

  /** Units side by side: every one must match (implicit AND), the excluded ones must not. */
  private parseAnd(depth: number, excluded: boolean): Group {
    const parts: Part[] = [];
    for (;;) {
      this.skipSpace();
      const at = this.pos;
      const char = this.input[this.pos];
      if (char === undefined || char === ')') break;
      if (this.takeOperator('AND')) continue;
      if (this.takeOperator('OR') || this.takeInfixNear() !== null) {
        this.problems.add(this.input.startsWith('OR', at) ? PROBLEMS.danglingOr : PROBLEMS.nearInfix);
        continue;
      }
      const part = this.parseAlternatives(depth, excluded);
      if (part) parts.push(part);
      if (this.pos === at) this.pos++; // never stuck on a character nothing above reads
    }
    const positive = parts.flatMap((p) => (p.kind === 'node' && !p.negated ? [p.node] : []));
    const negative = parts.flatMap((p) => (p.kind === 'node' && p.negated ? [p.node] : []));
    const sources = parts.flatMap((p) => (p.kind === 'filter' ? [p] : []));
    if (depth > 0) for (const s of sources) this.problems.add(PROBLEMS.filterInGroup(s.field, s.text));
    const onlyExcluded = positive.length === 0 && negative.length > 0 ? this.typed(negative) : null;
    const single = positive.length === 1 && negative.length === 0;
    const node = positive.length === 0 ? null : single ? (positive[0] ?? null) : and(positive, negative);
    return { node, sources: depth > 0 ? [] : sources, onlyExcluded };
  }

  /** a OR b OR c: OR joins the units right beside it, so "ukraine lavrov OR blinken" needs ukraine. */
  private parseAlternatives(depth: number, excluded: boolean): Part | null {
    const first = this.parseNearChain(depth, excluded);
    const alternatives = first ? [first] : [];
    let dangling = false;
    while (this.takeOperator('OR')) {
      this.skipSpace();
      const next = this.input[this.pos];
      const part =
        next === undefined || next === ')' || this.atOperator('OR') ? null : this.parseNearChain(depth, excluded);
      if (part) alternatives.push(part);
      else dangling = true;
    }
    if (dangling || (alternatives.length === 1 && first === null)) this.problems.add(PROBLEMS.danglingOr);
    if (alternatives.length <= 1) return alternatives[0] ?? null;
    const nodes: QueryNode[] = [];
    for (const part of alternatives) {
      if (part.kind === 'filter') this.problems.add(PROBLEMS.filterInGroup(part.field, part.text));
      else if (part.negated) this.problems.add(PROBLEMS.excludedAlone(this.typed([part.node])));
      else nodes.push(part.node);
    }
    if (nodes.length <= 1) return nodes[0] ? { kind: 'node', negated: false, node: nodes[0] } : null;
    return { kind: 'node', negated: false, node: { kind: 'or', children: nodes } };
  }

  /** "a NEAR b", "a NEAR/5 b NEAR c": plain words and phrases joined into one NEAR group. */
  private parseNearChain(depth: number, excluded: boolean): Part | null {
    let part = this.parseUnary(depth, excluded);
    for (;;) {
      const distance = this.takeInfixNear();
      if (distance === null) return part;
      const right = this.parseUnary(depth, excluded);
      const a = part ? plainTerms(part) : null;
      const b = right ? plainTerms(right) : null;
      if (a === null || b === null) {
        this.problems.add(PROBLEMS.nearInfix);
        part ??= right;
        continue;
      }
      part = { kind: 'node', negated: false, node: { kind: 'near', terms: [...a, ...b], distance } };
    }
  }

  private parseUnary(depth: number, excluded: boolean): Part | null {
    let negated = false;
    while (this.takeOperator('NOT')) negated = true;
    this.skipSpace();
    if (this.input[this.pos] === '-') {
      this.pos++;
      const next = this.input[this.pos];
      if (next === undefined || /\s/u.test(next)) return null; // a lone "-"
      negated = true;
    }
    const next = this.input[this.pos];
    if (negated && (next === undefined || next === ')')) {
      this.problems.add(PROBLEMS.danglingNot);
      return null;
    }
    const inExclusion = excluded || negated;
    const field = this.takeField();
    if (field === 'invalid') return null;
    if (field === 'source' || field === 'language') {
      const node = this.parsePrimary(depth, inExclusion, true);
      if (node === null) return null;
      if (node.kind === 'term') return { kind: 'filter', field, text: node.term.text, negated };
      this.problems.add(PROBLEMS.filterShape(field));
      return null;
    }
    const node = this.parsePrimary(depth, inExclusion, false);
    if (node === null) return null;
    return { kind: 'node', negated, node: field === 'title' ? { kind: 'title', child: node } : node };
  }

  private parsePrimary(depth: number, excluded: boolean, single: boolean): QueryNode | null {
    const char = this.input[this.pos];
    if (char === '(') {
      this.pos++;
      if (depth + 1 > MAX_DEPTH) {
        this.problems.add(PROBLEMS.tooDeep(MAX_DEPTH));
        return null;
      }
      const group = this.parseAnd(depth + 1, excluded);
      if (this.input[this.pos] === ')') this.pos++;
      else this.problems.add(PROBLEMS.unclosedGroup);
      if (group.node === null && group.onlyExcluded !== null)
        this.problems.add(PROBLEMS.excludedAlone(group.onlyExcluded));
      return group.node;
    }
    if (!single && this.input.startsWith('NEAR(', this.pos)) return this.parseNear(excluded);
    const term = char === '"' ? this.phrase(excluded) : this.word(excluded, false);
    return term ? { kind: 'term', term } : null;
  }

  /** NEAR(a "b c" d, 5): words and phrases, then an optional distance after a comma. */
  private parseNear(excluded: boolean): QueryNode | null {
    this.pos += 'NEAR('.length;
    const terms: QueryTerm[] = [];
    let distance = NEAR_DISTANCE;
    for (;;) {
      this.skipSpace();
      const char = this.input[this.pos];
      if (char === undefined) {
        this.problems.add(PROBLEMS.unclosedNear);
        break;
      }
      if (char === ')') {
        this.pos++;
        break;
      }
      if (char === ',') {
        this.pos++;
        this.skipSpace();
        const raw = this.rawWord(true);
        if (/^\d+$/u.test(raw)) distance = Math.min(Number(raw), MAX_NEAR_DISTANCE);
        else this.problems.add(PROBLEMS.nearDistance(raw));
        continue;
      }
      if (char === '(' || char === '-' || /^(AND|OR|NOT)$/u.test(this.peekWord(true))) {
        this.problems.add(PROBLEMS.nearContent(char === '(' ? '(' : this.peekWord(true) || char));
        if (char === '(' || char === '-') this.pos++;
        else this.rawWord(true);
        continue;
      }
      const term = char === '"' ? this.phrase(excluded) : this.word(excluded, true);
      if (term) terms.push(term);
    }
    if (terms.length >= 2) return { kind: 'near', terms, distance };
    if (terms.length === 1) this.problems.add(PROBLEMS.nearTooFew);
    return terms[0] ? { kind: 'term', term: terms[0] } : null;
  }

  private typed(nodes: readonly QueryNode[]): string {
    return shown(nodes.map((n) => `-${n.kind === 'term' ? n.term.text : '(…)'}`).join(' '));
  }
}

function wordsOf(filters: readonly Source[]): SourceWords {
  return {
    include: filters.filter((s) => !s.negated).map((s) => s.text),
    exclude: filters.filter((s) => s.negated).map((s) => s.text),
  };
}

function and(children: readonly QueryNode[], excluded: readonly QueryNode[]): QueryNode {
  return { kind: 'and', children, excluded };
}

/** The words and phrases a NEAR can join: a positive term or NEAR group, outside any field. */
function plainTerms(part: Part): readonly QueryTerm[] | null {
  if (part.kind !== 'node' || part.negated) return null;
  if (part.node.kind === 'term') return [part.node.term];
  if (part.node.kind === 'near') return part.node.terms;
  return null;
}

export function parseQuery(input: string): ParsedQuery {
  return new Parser(input).parse();
}

/**
 * A term as an FTS5 string: its folded words (the index is fed folded text: text-form.ts) in double quotes,
 * which make every character literal, including AND, NEAR, *, ( and :. A word of Chinese or Japanese is
 * a phrase of its characters.
 */
export function quoted(term: QueryTerm): string {
  return `"${term.tokens.join(' ').replaceAll('"', '""')}"${term.prefix ? '*' : ''}`;
}
