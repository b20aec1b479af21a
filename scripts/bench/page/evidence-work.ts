// The evidence bench's work: N highlights on real passages of the library's articles, spread as an analyst's
// are (a few articles read closely, many touched once), with colours, notes, tags by what the passage is
// about, credibility, event dates near the report date, links between them and the outlets graded; as the
// app's own work document (toWorkDocument), the file an analyst imports. Pure and seeded.
import type { WorkDocument } from '../../../src-preload/contract';
import { describeRange } from '../../../src-renderer/src/anchoring/selectors';
import {
  DEFAULT_PALETTE,
  HIGHLIGHT_LINK_TYPES,
  UNCLAIMED,
  type ColorKey,
  type Highlight,
  type HighlightLink,
  type SourceRecord,
} from '../../../src-renderer/src/db/schema';
import { toWorkDocument, type WorkRecords } from '../../../src-renderer/src/db/work-document';
import type { ArticleInfo } from '../../../src-renderer/src/db/web-annotation';
import { RELIABILITIES, type Credibility } from '../../../src-shared/sources/grades';
import { createRng, type Rng } from '../../corpus/prng';
import { drawSpan, sentenceSpans, type Span } from './evidence-spans';

/** An article of the library as the catalog reads it: its id, hash, title, text model, outlet and date. */
export interface EvidenceArticle {
  readonly id: string;
  readonly hash: string;
  readonly title: string;
  /** The reader's text model: the paragraphs joined by '\n' (anchoring/text-model.ts). */
  readonly text: string;
  readonly url: string | null;
  readonly domain: string | null;
  /** ISO yyyy-mm-dd, or null. */
  readonly date: string | null;
}

/** Highlights per highlighted article, on average: most of the library is read, a share of it marked. */
export const PER_ARTICLE = 5;
const DAY = 86_400_000;
const COLOURS: readonly [ColorKey, number][] = [
  ['yellow', 0.4],
  ['red', 0.2],
  ['blue', 0.2],
  ['purple', 0.1],
  ['green', 0.1],
];
const CREDIBILITY: readonly [Credibility, number][] = [
  [1, 0.1],
  [2, 0.3],
  [3, 0.3],
  [4, 0.15],
  [5, 0.1],
  [6, 0.05],
];
const TOPICS: readonly [string, RegExp][] = [
  ['energy', /\b(oil|gas|energy|crude|opec|fuel)/i],
  ['economy', /\b(econom|inflation|growth|jobs|unemploy|recession)/i],
  ['budget', /\b(budget|deficit|tax|spending|debt)/i],
  ['trade', /\b(trade|tariff|export|import)/i],
  ['security', /\b(war|defen[cs]e|military|security|terror|troops)/i],
  ['markets', /\b(stock|shares|market|bank|dollar|prices)/i],
  ['health', /\b(health|medic|hospital|disease)/i],
];
const NOTES: readonly string[] = [
  'Second source needed before this goes in the brief.',
  'The figure differs from the official release; check the tables.',
  'Contradicts the earlier wire report.',
  'Quoted without attribution.',
  'Follow up with the ministry for the date this took effect.',
  'Key claim: repeated in the other outlets the same week.',
];

function weighted<T>(rng: Rng, choices: readonly [T, number][]): T {
  let roll = rng.next();
  for (const [value, weight] of choices) {
    if ((roll -= weight) < 0) return value;
  }
  return (choices.at(-1) as [T, number])[0];
}

/** A UUID-shaped id (the app's own ids are crypto.randomUUID()), from the seeded draws. */
function uuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function shiftDate(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** How many highlights each marked article gets: one, and more by a log-normal weight each. */
function spread(rng: Rng, candidates: number, count: number): number[] {
  const weights = Array.from({ length: candidates }, () => rng.logNormal(1, 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => 1 + Math.floor((w / total) * (count - candidates)));
  let left = count - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % candidates, left--) shares[i] = (shares[i] ?? 0) + 1;
  return shares;
}

function highlightOn(rng: Rng, article: EvidenceArticle, span: Span, now: number): Highlight {
  const { quote, position } = describeRange(article.text, span[0], span[1]);
  const tags = TOPICS.filter(([, re]) => re.test(quote.exact) && rng.next() < 0.7).map(([tag]) => tag);
  if (rng.next() < 0.05) tags.push('follow-up');
  const createdAt = now - rng.int(73, 120 * 24) * 3_600_000;
  const credibility = rng.next() < 0.55 ? weighted(rng, CREDIBILITY) : undefined;
  const eventDate = article.date !== null && rng.next() < 0.25 ? shiftDate(article.date, rng.int(-10, 14)) : undefined;
  return {
    id: uuid(rng),
    libraryId: UNCLAIMED,
    articleId: article.id,
    articleHash: article.hash,
    articleTitle: article.title,
    quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    position: { start: position.start, end: position.end },
    color: weighted(rng, COLOURS),
    note: rng.next() < 0.15 ? rng.pick(NOTES) : '',
    tags: tags.sort(),
    ...(credibility === undefined ? {} : { credibility }),
    ...(eventDate === undefined ? {} : { eventDate }),
    createdAt,
    updatedAt: rng.next() < 0.3 ? createdAt + rng.int(1, 72) * 3_600_000 : createdAt,
  };
}

/** Highlights on distinct passages where the article has enough of them. */
function highlightsOf(rng: Rng, article: EvidenceArticle, sentences: readonly Span[], n: number, now: number) {
  const taken = new Set<string>();
  const out: Highlight[] = [];
  for (let i = 0; i < n; i++) {
    let span = drawSpan(rng, article.text, sentences);
    for (let retry = 0; retry < 5 && taken.has(String(span)); retry++) span = drawSpan(rng, article.text, sentences);
    taken.add(String(span));
    out.push(highlightOn(rng, article, span, now));
  }
  return out;
}

/** About one highlight in ten linked to another: mostly within its article's neighbours in the list. */
function linksOf(rng: Rng, highlights: readonly Highlight[]): HighlightLink[] {
  const links: HighlightLink[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < Math.floor(highlights.length / 10); i++) {
    const a = rng.int(0, highlights.length - 1);
    const b =
      rng.next() < 0.6 ? Math.min(highlights.length - 1, a + rng.int(1, 40)) : rng.int(0, highlights.length - 1);
    const from = highlights[a] as Highlight;
    const to = highlights[b] as Highlight;
    if (a === b || seen.has(`${from.id} ${to.id}`)) continue;
    seen.add(`${from.id} ${to.id}`);
    const at = Math.max(from.createdAt, to.createdAt) + 60_000;
    const type = rng.pick(HIGHLIGHT_LINK_TYPES);
    links.push({ id: uuid(rng), libraryId: UNCLAIMED, from: from.id, to: to.id, type, createdAt: at, updatedAt: at });
  }
  return links;
}

/** The outlets of the articles, each graded A–F (a few regraded once). */
function sourcesOf(rng: Rng, articles: readonly EvidenceArticle[], now: number): SourceRecord[] {
  const domains = [...new Set(articles.flatMap((a) => (a.domain ? [a.domain] : [])))].sort();
  return domains.map((domain) => {
    const reliability = weighted(rng, [
      ['A', 0.1],
      ['B', 0.3],
      ['C', 0.3],
      ['D', 0.15],
      ['E', 0.05],
      ['F', 0.1],
    ] as const);
    const regraded = rng.next() < 0.2;
    const from = rng.pick(RELIABILITIES.filter((r) => r !== reliability));
    const history = regraded ? [{ at: now - 30 * DAY, from, to: reliability, reason: 'Track record reviewed.' }] : [];
    const name = domain.replace(/^www\./, '').split('.')[0] ?? domain;
    return { domain, name, reliability, note: '', history, updatedAt: now - 30 * DAY };
  });
}

/** `count` highlights (and links and graded outlets) over `articles`, the same for the same seed. */
export function evidenceWork(articles: readonly EvidenceArticle[], count: number, now: number, seed = 14): WorkRecords {
  const rng = createRng(seed);
  const usable = articles
    .map((article) => ({ article, sentences: sentenceSpans(article.text) }))
    .filter((a) => a.sentences.length > 0);
  if (usable.length === 0) throw new Error('no article has a passage to highlight');
  // A seeded shuffle picks which articles were read closely; the rest are left unmarked.
  for (let i = usable.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [usable[i], usable[j]] = [usable[j] as (typeof usable)[number], usable[i] as (typeof usable)[number]];
  }
  const marked = usable.slice(0, Math.min(usable.length, Math.ceil(count / PER_ARTICLE)));
  const shares = spread(rng, marked.length, count);
  const highlights = marked.flatMap(({ article, sentences }, i) =>
    highlightsOf(rng, article, sentences, shares[i] ?? 0, now),
  );
  return {
    highlights,
    annotations: [],
    briefs: [],
    matrices: [],
    palette: DEFAULT_PALETTE.map((p) => ({ ...p })),
    sources: sourcesOf(
      rng,
      marked.map((m) => m.article),
      now,
    ),
    links: linksOf(rng, highlights),
  };
}

/** The work as the file "Import…" reads: the app's own work document. */
export function evidenceDocument(work: WorkRecords, articles: readonly EvidenceArticle[], now: number): WorkDocument {
  const info = new Map<string, ArticleInfo>(
    articles.map((a) => [a.id, { title: a.title, url: a.url, domain: a.domain }]),
  );
  return toWorkDocument(work, info, now);
}
