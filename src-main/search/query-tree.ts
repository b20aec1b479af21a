// The query as the parser reads it (query-parse.ts): a tree of words and phrases joined by AND, OR and
// NEAR, with exclusions and the title: field, plus the source: and language: words that filter the whole
// search. Pure.

export interface QueryTerm {
  /** The term as typed (without quotes, field or the leading "-"). */
  readonly text: string;
  /** Its tokens as the index sees them; a term without any is dropped. */
  readonly tokens: readonly string[];
  readonly phrase: boolean;
  /** Its last token matches as a prefix: the word still being typed, or one typed with a trailing "*". */
  readonly prefix: boolean;
}

export type QueryNode =
  | { readonly kind: 'term'; readonly term: QueryTerm }
  | { readonly kind: 'near'; readonly terms: readonly QueryTerm[]; readonly distance: number }
  /** Every child matches and no excluded one does; at least one child. */
  | { readonly kind: 'and'; readonly children: readonly QueryNode[]; readonly excluded: readonly QueryNode[] }
  | { readonly kind: 'or'; readonly children: readonly QueryNode[] }
  /** The node matched in the title only. */
  | { readonly kind: 'title'; readonly child: QueryNode };

export interface SourceWords {
  /** The article's source (outlet, domain, source line) contains one of these. */
  readonly include: readonly string[];
  /** ...and none of these. */
  readonly exclude: readonly string[];
}

export interface ParsedQuery {
  /** What the article text must match; null when nothing positive is left to match. */
  readonly root: QueryNode | null;
  readonly sources: SourceWords;
  /** language: words as language tags ("ru"; "und" for articles whose language is not known). */
  readonly languages: SourceWords;
  /** Exclusions typed with nothing to exclude them from: the query matches nothing. */
  readonly onlyExcluded: boolean;
  /** What could not be read as typed, in plain words; what could be read is still searched. */
  readonly problems: readonly string[];
}

/** The default number of words NEAR allows between its words, as FTS5's own default. */
export const NEAR_DISTANCE = 10;

/** Every term of the tree, excluded ones included. */
export function termsOf(node: QueryNode | null): QueryTerm[] {
  if (node === null) return [];
  switch (node.kind) {
    case 'term':
      return [node.term];
    case 'near':
      return [...node.terms];
    case 'and':
      return [...node.children, ...node.excluded].flatMap(termsOf);
    case 'or':
      return node.children.flatMap(termsOf);
    case 'title':
      return termsOf(node.child);
  }
}

/** The same tree with each positive single term replaced by `map` (typo corrections). */
export function mapPositiveTerms(node: QueryNode, map: (term: QueryTerm) => QueryTerm): QueryNode {
  switch (node.kind) {
    case 'term':
      return { kind: 'term', term: map(node.term) };
    case 'near':
      return { ...node, terms: node.terms.map(map) };
    case 'and':
      return { ...node, children: node.children.map((child) => mapPositiveTerms(child, map)) };
    case 'or':
      return { kind: 'or', children: node.children.map((child) => mapPositiveTerms(child, map)) };
    case 'title':
      return { kind: 'title', child: mapPositiveTerms(node.child, map) };
  }
}

export function usesTitle(node: QueryNode | null): boolean {
  if (node === null) return false;
  switch (node.kind) {
    case 'title':
      return true;
    case 'and':
      return [...node.children, ...node.excluded].some(usesTitle);
    case 'or':
      return node.children.some(usesTitle);
    default:
      return false;
  }
}
