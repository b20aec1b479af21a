// Query terms as FTS5 MATCH expressions. Every term is a quoted string, so nothing typed is syntax.
// Besides the whole query, the title-only and not-in-title variants let large result sets be ranked
// in two parts (large-results.ts). Pure.
import { quoted, type QueryTerm } from './query-parse';

export interface MatchExpressions {
  /** Every positive term, none of the excluded ones. */
  readonly all: string;
  /** All positive terms in the title (and no excluded term anywhere). */
  readonly title: string;
  /** Matches of `all` that are not matches of `title`. */
  readonly rest: string;
  /** Some term is a prefix: FTS5 merges its doclists again for every single-row lookup. */
  readonly prefix: boolean;
}

function excluding(expression: string, terms: readonly QueryTerm[]): string {
  let result = expression;
  for (const term of terms) if (term.negated) result = `(${result} NOT ${quoted(term)})`;
  return result;
}

/** null when no term is positive: FTS5 cannot match on exclusions alone. */
export function matchExpressions(terms: readonly QueryTerm[]): MatchExpressions | null {
  const positive = terms.filter((t) => !t.negated);
  if (positive.length === 0) return null;
  const both = `(${positive.map(quoted).join(' AND ')})`;
  const inTitle = `({title} : ${both})`;
  const all = excluding(both, terms);
  return {
    all,
    title: excluding(inTitle, terms),
    rest: `(${all} NOT ${inTitle})`,
    prefix: terms.some((t) => t.prefix),
  };
}
