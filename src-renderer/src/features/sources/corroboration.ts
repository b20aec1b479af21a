// Independent corroboration of a claim (a highlight), from the analyst's typed links: who says it, how many
// independent origins that is once copies of one story, one outlet's articles and derived reports fold together.
//
// Who says it: the claim, every highlight joined to it by same-claim or derived-from links (either way, any
// number of steps: a copy of a statement says it too), and every highlight that supports one of those, with
// its own same-claim and derived-from fellows. Who denies it: the highlights that contradict one of those,
// with their fellows. Independence: the articles behind them fold together when they are copies of one story
// (one story cluster), come from one outlet (one domain), or one was derived from the other by a link. The
// claim's own source is one of them, so an origin and its republication read "1 independent source (2 copies)".
import type { HighlightLinkType } from '../../db/schema';

/** A link as the count reads it: `from` <type> `to`. */
export interface ClaimLink {
  readonly from: string;
  readonly to: string;
  readonly type: HighlightLinkType;
}

/** Where an article came from: its outlet (domain, else the outlet's name) and its story cluster. */
export interface ArticleSource {
  readonly outlet: string | null;
  readonly storyId: string | null;
}

export interface CorroborationInput {
  readonly claimId: string;
  /** Each highlight's article, by highlight id; links to highlights not here are left out. */
  readonly articleOf: ReadonlyMap<string, string>;
  readonly links: readonly ClaimLink[];
  /** Each article's outlet and story; an article not known counts as its own outlet with no copies. */
  readonly articles: ReadonlyMap<string, ArticleSource>;
}

export interface SourceCount {
  /** Distinct independent origins (story clusters, outlets and derivations folded together). */
  readonly independent: number;
  /** Distinct articles (copies) behind them. */
  readonly copies: number;
  /** The highlights counted. */
  readonly highlightIds: readonly string[];
}

export interface Corroboration {
  /** The sources that say the claim, the claim's own included. */
  readonly support: SourceCount;
  /** The sources that contradict it. */
  readonly contradiction: SourceCount;
  /** Every article saying it is a copy of one origin (one independent source, two or more copies). */
  readonly singleOrigin: boolean;
  /** Two or more independent sources say it: credibility 1 ("confirmed") may be suggested, never set. */
  readonly confirmable: boolean;
}

/** Folds outlet names so "Reuters.com" and "www.reuters.com" are one outlet. */
export function outletKey(outlet: string | null | undefined): string | null {
  const key = outlet
    ?.trim()
    .toLowerCase()
    .replace(/^www\./, '');
  return key ? key : null;
}

export function corroborate(input: CorroborationInput): Corroboration {
  const { claimId, articleOf, articles } = input;
  const links = input.links.filter((l) => l.from !== l.to && articleOf.has(l.from) && articleOf.has(l.to));
  if (!articleOf.has(claimId)) {
    const none: SourceCount = { independent: 0, copies: 0, highlightIds: [] };
    return { support: none, contradiction: none, singleOrigin: false, confirmable: false };
  }
  const fellows = adjacency(links.filter((l) => l.type === 'same-claim' || l.type === 'derived-from'));
  const sayers = closure([claimId], fellows);
  const supporters = links.filter((l) => l.type === 'supports' && sayers.has(l.to) && !sayers.has(l.from));
  const saying = closure([...sayers, ...supporters.map((l) => l.from)], fellows);
  const denying = new Set<string>();
  for (const l of links) {
    if (l.type !== 'contradicts') continue;
    if (saying.has(l.to) && !saying.has(l.from)) denying.add(l.from);
    if (saying.has(l.from) && !saying.has(l.to)) denying.add(l.to);
  }
  const deniers = [...closure([...denying], fellows)].filter((id) => !saying.has(id));
  const derivations = links.filter((l) => l.type === 'derived-from');
  const support = count([...saying], articleOf, articles, derivations);
  const contradiction = count(deniers, articleOf, articles, derivations);
  return {
    support,
    contradiction,
    singleOrigin: support.independent === 1 && support.copies >= 2,
    confirmable: support.independent >= 2,
  };
}

function adjacency(links: readonly ClaimLink[]): ReadonlyMap<string, readonly string[]> {
  const next = new Map<string, string[]>();
  const add = (a: string, b: string): void => {
    const list = next.get(a);
    if (list) list.push(b);
    else next.set(a, [b]);
  };
  for (const l of links) {
    add(l.from, l.to);
    add(l.to, l.from);
  }
  return next;
}

function closure(start: readonly string[], next: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set(start);
  const queue = [...start];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const other of next.get(id) ?? []) {
      if (seen.has(other)) continue;
      seen.add(other);
      queue.push(other);
    }
  }
  return seen;
}

function count(
  highlightIds: readonly string[],
  articleOf: ReadonlyMap<string, string>,
  articles: ReadonlyMap<string, ArticleSource>,
  derivations: readonly ClaimLink[],
): SourceCount {
  const units = new UnionFind();
  const counted = new Set(highlightIds);
  const articleIds = new Set(highlightIds.map((id) => articleOf.get(id) as string));
  for (const l of derivations) {
    if (counted.has(l.from) && counted.has(l.to)) {
      units.union(`article:${articleOf.get(l.from) as string}`, `article:${articleOf.get(l.to) as string}`);
    }
  }
  for (const articleId of articleIds) {
    const source = articles.get(articleId);
    const outlet = outletKey(source?.outlet);
    if (outlet !== null) units.union(`article:${articleId}`, `outlet:${outlet}`);
    if (source?.storyId) units.union(`article:${articleId}`, `story:${source.storyId}`);
  }
  const origins = new Set([...articleIds].map((id) => units.find(`article:${id}`)));
  return { independent: origins.size, copies: articleIds.size, highlightIds: [...highlightIds].sort() };
}

class UnionFind {
  private readonly parent = new Map<string, string>();

  find(key: string): string {
    let root = key;
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up;
    // Path compression: every key on the way now points at the root.
    for (let at = key; at !== root;) {
      const up = this.parent.get(at) as string;
      this.parent.set(at, root);
      at = up;
    }
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}
