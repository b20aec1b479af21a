// Turns a stored brief (or one article's highlights) into the BriefDocument every export renders:
// each evidence item with its source, paragraph number, grade, and whether it can still be found.
import type {
  Article,
  ArticleMeta,
  BriefDocument,
  BriefEvidence,
  CatalogEntry,
} from '../../../../src-preload/contract';
import { evidenceGrade } from '../../../../src-shared/briefs/evidence-grade';
import type { Reliability } from '../../../../src-shared/sources/grades';
import { anchorHighlight } from '../../anchoring/anchor';
import { articleText, paragraphAt, paragraphStarts } from '../../anchoring/text-model';
import type { Brief, BriefItem, Highlight, PaletteEntry } from '../../db/schema';

export interface DocumentInputs {
  readonly highlights: ReadonlyMap<string, Highlight>;
  readonly entries: ReadonlyMap<string, CatalogEntry>;
  /** Current text of every article the brief quotes that is in the library. */
  readonly articles: ReadonlyMap<string, Article>;
  readonly palette: readonly PaletteEntry[];
  /** The source register's reliabilities by outlet domain, in lower case; an outlet not in it is not judged. */
  readonly reliabilities?: ReadonlyMap<string, Reliability>;
}

const iso = (ms: number): string => new Date(ms).toISOString();

interface Placement {
  readonly paragraph: number | null;
  readonly orphaned: boolean;
}

function place(highlight: Highlight, article: Article | undefined): Placement {
  if (!article) return { paragraph: null, orphaned: true };
  const text = articleText(article.paragraphs);
  const anchored = anchorHighlight(text, highlight);
  if (anchored.status !== 'anchored') return { paragraph: null, orphaned: true };
  return { paragraph: paragraphAt(paragraphStarts(article.paragraphs), anchored.start) + 1, orphaned: false };
}

/** The brief format's bounds on a source (brief-json.ts): a longer title or source line is cut, not refused. */
const MAX_TITLE = 2000;
const MAX_URL = 8192;
const MAX_OUTLET = 253;
const MAX_AUTHOR = 500;

function clamp(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const clampName = (text: string | null, max: number): string | null => (text === null ? null : clamp(text, max));

/**
 * Where a citation points: the web link, else a source the file names that is not its outlet (an identifier
 * such as urn: or doi:, a link of another scheme), which every format writes as text, never as a link.
 */
function citedLocator(meta: Pick<ArticleMeta, 'url' | 'source' | 'domain'> | null): string | null {
  if (meta?.url) return clamp(meta.url, MAX_URL);
  if (meta?.source && meta.domain === null) return clamp(meta.source, MAX_URL);
  return null;
}

function evidence(
  item: Pick<BriefItem, 'id' | 'highlightId' | 'comment' | 'quote' | 'articleId' | 'articleTitle'>,
  inputs: DocumentInputs,
): BriefEvidence {
  const highlight = inputs.highlights.get(item.highlightId);
  const articleId = highlight?.articleId ?? item.articleId;
  const entry = inputs.entries.get(articleId);
  // The catalog first; the article as read names its own source when the catalog has no entry for it.
  const meta = entry?.ok ? entry : (inputs.articles.get(articleId) ?? null);
  const placement = highlight ? place(highlight, inputs.articles.get(articleId)) : { paragraph: null, orphaned: true };
  return {
    id: item.id,
    highlightId: item.highlightId,
    quote: highlight?.quote.exact ?? item.quote,
    prefix: highlight?.quote.prefix ?? '',
    suffix: highlight?.quote.suffix ?? '',
    position: highlight?.position ?? { start: 0, end: 0 },
    articleHash: highlight?.articleHash ?? '',
    colour: highlight?.color ?? 'yellow',
    meaning: inputs.palette.find((p) => p.key === highlight?.color)?.label ?? '',
    note: highlight?.note ?? '',
    tags: highlight?.tags ?? [],
    comment: item.comment,
    source: {
      articleId,
      title: clamp(meta?.title ?? highlight?.articleTitle ?? item.articleTitle, MAX_TITLE),
      // The outlet's own name when the original gives it ("The Guardian"), else the link's host.
      outlet: clampName(meta?.outlet ?? meta?.domain ?? null, MAX_OUTLET),
      author: clampName(meta?.author ?? null, MAX_AUTHOR),
      date: meta?.date ?? null,
      url: citedLocator(meta),
    },
    ...placement,
    grade: evidenceGrade(reliabilityOf(meta?.domain, inputs), highlight?.credibility),
  };
}

/** The reliability the register gives the outlet of this domain; undefined when it has none. */
function reliabilityOf(domain: string | null | undefined, inputs: DocumentInputs): Reliability | undefined {
  return domain ? inputs.reliabilities?.get(domain.toLowerCase()) : undefined;
}

export function briefDocument(brief: Brief, inputs: DocumentInputs, now = Date.now()): BriefDocument {
  return {
    format: 'dossier-brief',
    version: 1,
    id: brief.id,
    title: brief.title,
    summary: brief.summary,
    sections: brief.sections.map((s) => ({
      id: s.id,
      heading: s.heading,
      text: s.text,
      evidence: s.items.map((i) => evidence(i, inputs)),
    })),
    createdAt: iso(brief.createdAt),
    updatedAt: iso(brief.updatedAt),
    exportedAt: iso(now),
  };
}

/** One article with its annotations, as a brief: its note as the summary, its highlights in text order. */
export function articleDocument(
  article: Article,
  highlights: readonly Highlight[],
  note: string,
  inputs: DocumentInputs,
  now = Date.now(),
): BriefDocument {
  const text = articleText(article.paragraphs);
  // Orphans go last, in the order given (sort is stable).
  const ordered = highlights
    .map((h) => {
      const at = anchorHighlight(text, h);
      return { h, start: at.status === 'anchored' ? at.start : Number.MAX_SAFE_INTEGER };
    })
    .sort((a, b) => a.start - b.start);
  const items = ordered.map(({ h }) => ({
    id: h.id,
    highlightId: h.id,
    comment: '',
    quote: h.quote.exact,
    articleId: h.articleId,
    articleTitle: h.articleTitle,
  }));
  // The article and highlights given are the ones to place, whatever the shared inputs hold.
  const own: DocumentInputs = {
    ...inputs,
    highlights: new Map([...inputs.highlights, ...highlights.map((h) => [h.id, h] as const)]),
    articles: new Map([...inputs.articles, [article.id, article]]),
  };
  return {
    format: 'dossier-brief',
    version: 1,
    id: `article:${article.id}`,
    title: article.title,
    summary: note,
    sections: [{ id: 'highlights', heading: 'Highlights', text: '', evidence: items.map((i) => evidence(i, own)) }],
    createdAt: iso(now),
    updatedAt: iso(now),
    exportedAt: iso(now),
  };
}
