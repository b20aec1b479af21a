// The query tree (query-tree.ts) as FTS5 MATCH expressions. Every term is a quoted string, so nothing typed
// is syntax; only this module writes AND, OR, NOT, NEAR, parentheses and the {title} column filter.
// Besides the whole query, the title-only and not-in-title variants let large result sets be ranked
// in two parts (large-results.ts). Pure.
import { quoted } from './query-parse';
import { termsOf, usesTitle, type ParsedQuery, type QueryNode } from './query-tree';

export interface MatchExpressions {
  /** The whole query. */
  readonly all: string;
  /** Its positive part in the title (and no excluded term anywhere). */
  readonly title: string;
  /** Matches of `all` that are not matches of `title`. */
  readonly rest: string;
  /**
   * For marking matches in snippets, over article text and annotations alike (which have no title column):
   * `all` without title: and without the exclusions that hold one, so it matches every article `all` does.
   */
  readonly marks: string;
  /** Some term is a prefix: FTS5 merges its doclists again for every single-row lookup. */
  readonly prefix: boolean;
  /** title: looks in article titles only, so the analyst's annotations are not searched. */
  readonly titleOnly: boolean;
}

interface Emit {
  /** Leave {title} filters out (and the exclusions holding one). */
  readonly plain: boolean;
}

function emit(node: QueryNode, how: Emit): string {
  switch (node.kind) {
    case 'term':
      return quoted(node.term);
    case 'near':
      return `NEAR(${node.terms.map(quoted).join(' ')}, ${node.distance})`;
    case 'or':
      return `(${node.children.map((child) => emit(child, how)).join(' OR ')})`;
    case 'title':
      return how.plain ? emit(node.child, how) : `({title} : ${emit(node.child, how)})`;
    case 'and': {
      const children = node.children.map((child) => emit(child, how));
      let result = children.length === 1 ? (children[0] ?? '') : `(${children.join(' AND ')})`;
      for (const excluded of node.excluded) {
        if (how.plain && usesTitle(excluded)) continue;
        result = `(${result} NOT ${emit(excluded, how)})`;
      }
      return result;
    }
  }
}

/** The root without its top-level exclusions, and those exclusions. */
function split(root: QueryNode): { positive: QueryNode; excluded: readonly QueryNode[] } {
  if (root.kind !== 'and' || root.excluded.length === 0) return { positive: root, excluded: [] };
  return { positive: { kind: 'and', children: root.children, excluded: [] }, excluded: root.excluded };
}

function excluding(expression: string, excluded: readonly QueryNode[]): string {
  let result = expression;
  for (const node of excluded) result = `(${result} NOT ${emit(node, { plain: false })})`;
  return result;
}

/** null when nothing positive is left to match: FTS5 cannot match on exclusions alone. */
export function matchExpressions(parsed: ParsedQuery): MatchExpressions | null {
  const { root } = parsed;
  if (root === null) return null;
  const { positive, excluded } = split(root);
  const inTitle = `({title} : ${emit(positive, { plain: false })})`;
  const all = emit(root, { plain: false });
  return {
    all,
    title: excluding(inTitle, excluded),
    rest: `(${all} NOT ${inTitle})`,
    marks: emit(root, { plain: true }),
    prefix: termsOf(root).some((t) => t.prefix),
    titleOnly: usesTitle(root),
  };
}
