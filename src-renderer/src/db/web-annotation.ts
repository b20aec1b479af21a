// The analyst's annotations as W3C Web Annotations (the items of an AnnotationCollection): highlights with
// their selectors, colour, note, tags, credibility (with the grade it makes, "B2", for a person reading) and
// event date (both under dossier:extra), and notes and tags on whole articles. Pure conversion; reading them
// back, checked record by record, is web-annotation-read.ts.
import { describeGrade, formatGrade } from '../../../src-shared/sources/grades';
import type { ArticleAnnotation, Highlight, PaletteEntry, SourceRecord } from './schema';
import { storedExtras } from './work-records';

export const DOSSIER_NS = 'https://dossier.invalid/ns#';

export interface ArticleInfo {
  readonly title: string;
  readonly url: string | null;
  /** The article's outlet as the catalog names it: its highlights' grades are read from the register by it. */
  readonly domain?: string | null;
}

export const HIGHLIGHT_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'articleId',
  'articleHash',
  'articleTitle',
  'quote',
  'position',
  'color',
  'note',
  'tags',
  'createdAt',
  'updatedAt',
]);
export const ANNOTATION_FIELDS: ReadonlySet<string> = new Set([
  'articleId',
  'articleHash',
  'articleTitle',
  'note',
  'tags',
  'updatedAt',
]);

const iso = (ms: number): string => new Date(ms).toISOString();

const noteAndTagBodies = (note: string, tags: readonly string[]): object[] => [
  ...(note ? [{ type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: note }] : []),
  ...tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
];

/** Fields a newer version added to a record travel under dossier:extra, so nothing is lost on the way. */
function extraField(record: object, known: ReadonlySet<string>): object {
  const extra = storedExtras(record, known);
  return Object.keys(extra).length > 0 ? { 'dossier:extra': extra } : {};
}

/**
 * The highlight's grade as the analyst sees it, from its outlet's reliability and its own credibility (which
 * travels under dossier:extra): derived for a person reading the file, never read back. Only where the
 * article's outlet is known.
 */
function gradeField(
  h: Highlight,
  article: ArticleInfo | undefined,
  sources: ReadonlyMap<string, SourceRecord>,
): object {
  const domain = article?.domain;
  if (!domain) return {};
  const reliability = sources.get(domain)?.reliability;
  return {
    'dossier:source': domain,
    'dossier:grade': formatGrade(reliability, h.credibility),
    'dossier:gradeMeaning': describeGrade(reliability, h.credibility),
  };
}

export function toAnnotationItems(
  highlights: readonly Highlight[],
  annotations: readonly ArticleAnnotation[],
  palette: readonly PaletteEntry[],
  articles: ReadonlyMap<string, ArticleInfo>,
  articlesLibrary: string | null = null,
  sources: ReadonlyMap<string, SourceRecord> = new Map(),
): object[] {
  const label = new Map(palette.map((p) => [p.key, p.label]));
  // The title the work was made on is kept as it is; the library's URL for the article is added when known,
  // from `articles`, which are library `articlesLibrary`'s (any's when null): another library's same-named
  // file never lends its own.
  const articleOf = (record: Highlight | ArticleAnnotation): ArticleInfo | undefined =>
    articlesLibrary === null || articlesLibrary === record.libraryId ? articles.get(record.articleId) : undefined;
  const target = (record: Highlight | ArticleAnnotation) => ({
    source: record.articleId,
    'dossier:hash': record.articleHash,
    'dossier:title': record.articleTitle,
    'dossier:url': articleOf(record)?.url ?? null,
  });
  return [
    ...highlights.map((h) => ({
      id: `urn:uuid:${h.id}`,
      type: 'Annotation',
      motivation: 'highlighting',
      created: iso(h.createdAt),
      modified: iso(h.updatedAt),
      body: [
        { type: 'TextualBody', purpose: 'classifying', value: h.color, 'dossier:label': label.get(h.color) ?? h.color },
        ...noteAndTagBodies(h.note, h.tags),
      ],
      target: {
        ...target(h),
        selector: [
          { type: 'TextQuoteSelector', ...h.quote },
          // A highlight made without a position (an old import) has none to export.
          ...(h.position.end > h.position.start ? [{ type: 'TextPositionSelector', ...h.position }] : []),
        ],
      },
      ...gradeField(h, articleOf(h), sources),
      ...extraField(h, HIGHLIGHT_FIELDS),
    })),
    ...annotations.map((a) => ({
      id: `urn:dossier:article:${encodeURIComponent(a.articleId)}`,
      type: 'Annotation',
      motivation: 'commenting',
      modified: iso(a.updatedAt),
      body: noteAndTagBodies(a.note, a.tags),
      target: target(a),
      ...extraField(a, ANNOTATION_FIELDS),
    })),
  ];
}
