// Reading and writing highlights and article notes: the only code that touches those tables.
import type { DossierDb, ArticleAnnotation, ColorKey, Highlight, StoredPosition, StoredQuote } from './schema';
import { normaliseTags } from './tags';

export interface NewHighlight {
  readonly articleId: string;
  readonly articleHash: string;
  readonly articleTitle: string;
  readonly quote: StoredQuote;
  readonly position: StoredPosition;
  readonly color: ColorKey;
}

export async function createHighlight(db: DossierDb, input: NewHighlight): Promise<Highlight> {
  const now = Date.now();
  const highlight: Highlight = {
    ...input,
    id: crypto.randomUUID(),
    note: '',
    tags: [],
    createdAt: now,
    updatedAt: now,
  };
  await db.highlights.add(highlight);
  return highlight;
}

export type HighlightPatch = Partial<
  Pick<Highlight, 'color' | 'note' | 'tags' | 'quote' | 'position' | 'articleHash' | 'articleTitle'>
>;

export async function updateHighlight(db: DossierDb, id: string, patch: HighlightPatch): Promise<void> {
  const changes = patch.tags ? { ...patch, tags: normaliseTags(patch.tags) } : patch;
  await db.highlights.update(id, { ...changes, updatedAt: Date.now() });
}

/** Deletes and returns the highlight, so the caller can offer to undo. */
export async function deleteHighlight(db: DossierDb, id: string): Promise<Highlight | undefined> {
  return db.transaction('rw', db.highlights, async () => {
    const existing = await db.highlights.get(id);
    if (existing) await db.highlights.delete(id);
    return existing;
  });
}

export async function restoreHighlight(db: DossierDb, highlight: Highlight): Promise<void> {
  await db.highlights.put(highlight);
}

/** An article's highlights; none for no article. */
export async function highlightsForArticle(db: DossierDb, articleId: string | null): Promise<Highlight[]> {
  return articleId === null ? [] : db.highlights.where('articleId').equals(articleId).toArray();
}

/** An article's highlights in the order their passages were in the text when they were made. */
export function highlightsInTextOrder(db: DossierDb, articleId: string): Promise<Highlight[]> {
  return db.highlights.where('articleId').equals(articleId).sortBy('position.start');
}

/** The highlights with these ids that exist, by id ("\u0000"-joined ids keep the argument a stable value). */
export async function highlightsByIds(db: DossierDb, joinedIds: string): Promise<ReadonlyMap<string, Highlight>> {
  const found = await db.highlights.bulkGet(joinedIds ? joinedIds.split('\u0000') : []);
  return new Map(found.filter((h): h is Highlight => h !== undefined).map((h) => [h.id, h]));
}

export function allHighlights(db: DossierDb): Promise<Highlight[]> {
  return db.highlights.toArray();
}

export function articleAnnotation(db: DossierDb, articleId: string): Promise<ArticleAnnotation | undefined> {
  return db.articleAnnotations.get(articleId);
}

export interface ArticleRef {
  readonly id: string;
  readonly hash: string;
  readonly title: string;
}

export async function saveArticleAnnotation(
  db: DossierDb,
  article: ArticleRef,
  patch: Partial<Pick<ArticleAnnotation, 'note' | 'tags'>>,
): Promise<void> {
  await db.transaction('rw', db.articleAnnotations, async () => {
    const existing = await db.articleAnnotations.get(article.id);
    const next: ArticleAnnotation = {
      articleId: article.id,
      articleHash: article.hash,
      articleTitle: article.title,
      note: patch.note ?? existing?.note ?? '',
      tags: normaliseTags(patch.tags ?? existing?.tags ?? []),
      updatedAt: Date.now(),
    };
    if (!next.note && next.tags.length === 0) await db.articleAnnotations.delete(article.id);
    else await db.articleAnnotations.put(next);
  });
}
