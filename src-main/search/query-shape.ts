// What a parsed query asks for, in counts the page turns into advice when nothing matches. Pure.
import type { QueryShape } from '../../src-preload/contract';
import type { ParsedQuery, QueryNode } from './query-tree';

interface Counts {
  words: number;
  phrases: number;
  excluded: number;
  alternatives: boolean;
  near: boolean;
  title: boolean;
}

function visit(node: QueryNode, counts: Counts): void {
  switch (node.kind) {
    case 'term':
      if (node.term.phrase) counts.phrases++;
      else counts.words++;
      return;
    case 'near':
      counts.near = true;
      counts.words += node.terms.length;
      return;
    case 'or':
      counts.alternatives = true;
      for (const child of node.children) visit(child, counts);
      return;
    case 'title':
      counts.title = true;
      visit(node.child, counts);
      return;
    case 'and':
      for (const child of node.children) visit(child, counts);
      counts.excluded += node.excluded.length;
      for (const excluded of node.excluded) if (excluded.kind === 'title') counts.title = true;
  }
}

export function shapeOf(parsed: ParsedQuery): QueryShape {
  const counts: Counts = { words: 0, phrases: 0, excluded: 0, alternatives: false, near: false, title: false };
  if (parsed.root) visit(parsed.root, counts);
  const { include, exclude } = parsed.sources;
  const fields: QueryShape['fields'][number][] = [];
  if (counts.title) fields.push('title');
  if (include.length + exclude.length > 0) fields.push('source');
  const languages = parsed.languages.include;
  if (languages.length + parsed.languages.exclude.length > 0) fields.push('language');
  return {
    words: counts.words,
    phrases: counts.phrases,
    excluded: counts.excluded + (parsed.onlyExcluded ? 1 : 0),
    alternatives: counts.alternatives,
    near: counts.near,
    fields,
    sources: include,
    ...(languages.length > 0 ? { languages } : {}),
  };
}
