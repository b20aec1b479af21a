// The analyst's annotations as W3C Web Annotation JSON (an AnnotationCollection), and back.
// Pure conversion; validation of what comes back is strict so a bad file changes nothing.
import { z } from 'zod';
import {
  COLOR_KEYS,
  UNCLAIMED,
  type ArticleAnnotation,
  type ColorKey,
  type Highlight,
  type PaletteEntry,
} from './schema';
import { normaliseTags } from './tags';

export const DOSSIER_NS = 'https://dossier.invalid/ns#';

export interface ArticleInfo {
  readonly title: string;
  readonly url: string | null;
}

const iso = (ms: number): string => new Date(ms).toISOString();

const noteAndTagBodies = (note: string, tags: readonly string[]): object[] => [
  ...(note ? [{ type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: note }] : []),
  ...tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
];

/**
 * `articles` are the articles of library `articlesLibrary` as listed now (any library's when null): only
 * that library's records take their titles and links, so a same-named file elsewhere never lends its own.
 */
export function toWebAnnotations(
  highlights: readonly Highlight[],
  annotations: readonly ArticleAnnotation[],
  palette: readonly PaletteEntry[],
  articles: ReadonlyMap<string, ArticleInfo>,
  now = Date.now(),
  articlesLibrary: string | null = null,
): unknown {
  const label = new Map(palette.map((p) => [p.key, p.label]));
  const target = (record: Highlight | ArticleAnnotation) => {
    const { libraryId, articleId } = record;
    const listed = articlesLibrary === null || articlesLibrary === libraryId ? articles.get(articleId) : undefined;
    return {
      source: articleId,
      'dossier:hash': record.articleHash,
      'dossier:title': listed?.title ?? record.articleTitle,
      'dossier:url': listed?.url ?? null,
    };
  };
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { dossier: DOSSIER_NS }],
    type: 'AnnotationCollection',
    generator: 'Dossier',
    generated: iso(now),
    total: highlights.length + annotations.length,
    items: [
      ...highlights.map((h) => ({
        id: `urn:uuid:${h.id}`,
        type: 'Annotation',
        'dossier:library': h.libraryId,
        motivation: 'highlighting',
        created: iso(h.createdAt),
        modified: iso(h.updatedAt),
        body: [
          {
            type: 'TextualBody',
            purpose: 'classifying',
            value: h.color,
            'dossier:label': label.get(h.color) ?? h.color,
          },
          ...noteAndTagBodies(h.note, h.tags),
        ],
        target: {
          ...target(h),
          selector: [
            { type: 'TextQuoteSelector', ...h.quote },
            { type: 'TextPositionSelector', ...h.position },
          ],
        },
      })),
      ...annotations.map((a) => ({
        id: `urn:dossier:article:${encodeURIComponent(a.articleId)}`,
        type: 'Annotation',
        'dossier:library': a.libraryId,
        motivation: 'commenting',
        modified: iso(a.updatedAt),
        body: noteAndTagBodies(a.note, a.tags),
        target: target(a),
      })),
    ],
  };
}

const BodySchema = z.object({
  type: z.literal('TextualBody'),
  purpose: z.enum(['classifying', 'commenting', 'tagging']),
  value: z.string(),
});
const TargetSchema = z.object({
  source: z.string().min(1),
  'dossier:hash': z.string(),
  'dossier:title': z.string(),
  selector: z
    .array(
      z.discriminatedUnion('type', [
        z.object({
          type: z.literal('TextQuoteSelector'),
          exact: z.string().min(1),
          prefix: z.string(),
          suffix: z.string(),
        }),
        z.object({
          type: z.literal('TextPositionSelector'),
          start: z.number().int().min(0),
          end: z.number().int().min(0),
        }),
      ]),
    )
    .optional(),
});
const ItemSchema = z.object({
  id: z.string().min(1),
  type: z.literal('Annotation'),
  /** The library the work belongs to; absent in files from before libraries had ids (then UNCLAIMED). */
  'dossier:library': z.string().max(100).optional(),
  motivation: z.enum(['highlighting', 'commenting']),
  created: z.string().optional(),
  modified: z.string(),
  body: z.array(z.unknown()),
  target: TargetSchema,
});
const CollectionSchema = z.object({ type: z.literal('AnnotationCollection'), items: z.array(ItemSchema) });

export interface ImportedWork {
  readonly highlights: Highlight[];
  readonly annotations: ArticleAnnotation[];
  /** Items that were not understood, with the reason; they are skipped. */
  readonly skipped: string[];
}

/** Throws with a readable message when the file is not an annotation export at all. */
export function fromWebAnnotations(json: unknown): ImportedWork {
  const parsed = CollectionSchema.safeParse(json);
  if (!parsed.success) throw new Error('this file is not a Dossier annotations export (W3C AnnotationCollection)');
  const work: ImportedWork = { highlights: [], annotations: [], skipped: [] };
  for (const item of parsed.data.items) {
    const bodies = item.body.flatMap((b) => {
      const body = BodySchema.safeParse(b);
      return body.success ? [body.data] : [];
    });
    const note = bodies.find((b) => b.purpose === 'commenting')?.value ?? '';
    const tags = normaliseTags(bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value));
    // An unreadable date counts as oldest: "now" would let it override newer local work on every import.
    const modified = Date.parse(item.modified) || 0;
    const { target } = item;
    const libraryId = item['dossier:library'] ?? UNCLAIMED;
    if (item.motivation === 'commenting' && !target.selector) {
      work.annotations.push({
        libraryId,
        articleId: target.source,
        articleHash: target['dossier:hash'],
        articleTitle: target['dossier:title'],
        note,
        tags,
        updatedAt: modified,
      });
      continue;
    }
    const quote = target.selector?.find((s) => s.type === 'TextQuoteSelector');
    const position = target.selector?.find((s) => s.type === 'TextPositionSelector');
    const color = bodies.find((b) => b.purpose === 'classifying')?.value;
    if (!quote || quote.type !== 'TextQuoteSelector') {
      work.skipped.push(`${item.id}: no quote to anchor`);
      continue;
    }
    work.highlights.push({
      id: item.id.replace(/^urn:uuid:/, ''),
      libraryId,
      articleId: target.source,
      articleHash: target['dossier:hash'],
      articleTitle: target['dossier:title'],
      quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      position:
        position && position.type === 'TextPositionSelector'
          ? { start: position.start, end: position.end }
          : { start: 0, end: 0 },
      color: COLOR_KEYS.includes(color as ColorKey) ? (color as ColorKey) : 'yellow',
      note,
      tags,
      createdAt: item.created ? Date.parse(item.created) || modified : modified,
      updatedAt: modified,
    });
  }
  return work;
}
