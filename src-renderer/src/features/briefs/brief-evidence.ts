// One evidence item of a brief as every export cites it: a highlight's quote with its source (catalog entry
// first, else the article as read), paragraph number, grade and whether it can still be found; or an
// article cited as a whole (a timeline's publication entry).
import type { Article, ArticleMeta, BriefEvidence, BriefSource, CatalogEntry } from '../../../../src-preload/contract';
import { evidenceGrade } from '../../../../src-shared/briefs/evidence-grade';
import type { Reliability } from '../../../../src-shared/sources/grades';
import { anchorHighlight } from '../../anchoring/anchor';
import { articleText, paragraphAt, paragraphStarts } from '../../anchoring/text-model';
import type { AchMatrix, BriefItem, Highlight, PaletteEntry } from '../../db/schema';

export interface DocumentInputs {
  readonly highlights: ReadonlyMap<string, Highlight>;
  readonly entries: ReadonlyMap<string, CatalogEntry>;
  /** Current text of every article the brief quotes that is in the library. */
  readonly articles: ReadonlyMap<string, Article>;
  readonly palette: readonly PaletteEntry[];
  /** The source register's reliabilities by outlet domain, in lower case; an outlet not in it is not judged. */
  readonly reliabilities?: ReadonlyMap<string, Reliability>;
  /** The ACH matrices the brief's sections show, by id; a matrix not here is gone. */
  readonly matrices?: ReadonlyMap<string, AchMatrix>;
}

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

type ArticleNaming = Pick<ArticleMeta, 'title' | 'outlet' | 'domain' | 'author' | 'date' | 'url' | 'source'>;

/** What the library knows of an article: the catalog first, else the article as read names its own source. */
function metaOf(articleId: string, inputs: DocumentInputs): ArticleNaming | null {
  const entry = inputs.entries.get(articleId);
  return entry?.ok ? entry : (inputs.articles.get(articleId) ?? null);
}

function sourceOf(articleId: string, fallbackTitle: string, meta: ArticleNaming | null): BriefSource {
  return {
    articleId,
    title: clamp(meta?.title ?? fallbackTitle, MAX_TITLE),
    // The outlet's own name when the original gives it ("The Guardian"), else the link's host.
    outlet: clampName(meta?.outlet ?? meta?.domain ?? null, MAX_OUTLET),
    author: clampName(meta?.author ?? null, MAX_AUTHOR),
    date: meta?.date ?? null,
    url: citedLocator(meta),
  };
}

/** An item that cites an article as a whole, not a quote from it (a timeline's publication entry). */
export function articleCitation(id: string, articleId: string, title: string, inputs: DocumentInputs): BriefEvidence {
  return {
    id,
    highlightId: '',
    quote: '',
    prefix: '',
    suffix: '',
    position: { start: 0, end: 0 },
    articleHash: '',
    colour: '',
    meaning: '',
    note: '',
    tags: [],
    comment: '',
    source: sourceOf(articleId, title, metaOf(articleId, inputs)),
    paragraph: null,
    orphaned: false,
    grade: null,
  };
}

export function evidence(
  item: Pick<BriefItem, 'id' | 'highlightId' | 'comment' | 'quote' | 'articleId' | 'articleTitle'>,
  inputs: DocumentInputs,
): BriefEvidence {
  const highlight = inputs.highlights.get(item.highlightId);
  const articleId = highlight?.articleId ?? item.articleId;
  const meta = metaOf(articleId, inputs);
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
    source: sourceOf(articleId, highlight?.articleTitle ?? item.articleTitle, meta),
    ...placement,
    grade: evidenceGrade(reliabilityOf(meta?.domain, inputs), highlight?.credibility),
  };
}

/** The reliability the register gives the outlet of this domain; undefined when it has none. */
export function reliabilityOf(domain: string | null | undefined, inputs: DocumentInputs): Reliability | undefined {
  return domain ? inputs.reliabilities?.get(domain.toLowerCase()) : undefined;
}
