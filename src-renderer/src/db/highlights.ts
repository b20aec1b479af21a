// Reading and writing highlights and article notes: the only code that touches those tables. Each reads and
// writes one library's work (its id from main's summary); a highlight's own id is unique across libraries.
import { isIsoDate } from '../../../src-shared/analysis/timeline-dates';
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

export async function createHighlight(db: DossierDb, libraryId: string, input: NewHighlight): Promise<Highlight> {
  const now = Date.now();
  const highlight: Highlight = {
    ...input,
    id: crypto.randomUUID(),
    libraryId,
    note: '',
    tags: [],
    createdAt: now,
    updatedAt: now,
  };
  await db.highlights.add(highlight);
  return highlight;
}

export type HighlightPatch = Partial<
  Pick<
    Highlight,
    | 'color'
    | 'note'
    | 'tags'
    | 'quote'
    | 'position'
    | 'articleHash'
    | 'articleTitle'
    | 'credibility'
    | 'eventDate'
    | 'eventDateEnd'
  >
>;

export async function updateHighlight(db: DossierDb, id: string, patch: HighlightPatch): Promise<void> {
  const changes = patch.tags ? { ...patch, tags: normaliseTags(patch.tags) } : patch;
  await db.highlights.update(id, { ...changes, updatedAt: Date.now() });
}

/** When what a highlight reports happened: a day, or a span of days to `end` (ISO yyyy-mm-dd, both inclusive). */
export interface EventDateRange {
  readonly date: string;
  /** The span's last day; absent (or the same day) for one day. */
  readonly end?: string;
}

/** Why a span cannot be kept, in the analyst's words; null when it can. */
export function eventRangeProblem(range: EventDateRange): string | null {
  if (!isIsoDate(range.date)) return 'The event date is not a date.';
  if (range.end === undefined) return null;
  if (!isIsoDate(range.end)) return 'The end date is not a date.';
  return range.end < range.date ? 'The end date is before the event date: pick a day on or after it.' : null;
}

/**
 * Sets when what the highlight reports happened (a day, or a span of days) or clears it (null: both ends). A
 * span that ends before it starts is refused (it throws); one that ends the day it starts is that one day.
 */
export async function setEventDate(db: DossierDb, id: string, range: EventDateRange | null): Promise<void> {
  const problem = range === null ? null : eventRangeProblem(range);
  if (problem !== null) throw new Error(problem);
  await db.transaction('rw', db.highlights, async () => {
    const highlight = await db.highlights.get(id);
    if (!highlight) return;
    const { eventDate: _date, eventDateEnd: _end, ...rest } = highlight;
    const updatedAt = Date.now();
    if (range === null) return void (await db.highlights.put({ ...rest, updatedAt }));
    const end = range.end !== undefined && range.end > range.date ? { eventDateEnd: range.end } : {};
    await db.highlights.put({ ...rest, eventDate: range.date, ...end, updatedAt });
  });
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

/** An article's highlights in the library; none for no article, or while no library is open. */
export async function highlightsForArticle(
  db: DossierDb,
  libraryId: string | null,
  articleId: string | null,
): Promise<Highlight[]> {
  if (libraryId === null || articleId === null) return [];
  return db.highlights.where('[libraryId+articleId]').equals([libraryId, articleId]).toArray();
}

/** An article's highlights in the order their passages were in the text when they were made. */
export function highlightsInTextOrder(db: DossierDb, libraryId: string, articleId: string): Promise<Highlight[]> {
  return db.highlights.where('[libraryId+articleId]').equals([libraryId, articleId]).sortBy('position.start');
}

/**
 * The highlights with these ids that exist, by id ("\u0000"-joined ids keep the argument a stable value).
 * Not limited to one library: a brief may quote the work of several, and names each by id.
 */
export async function highlightsByIds(db: DossierDb, joinedIds: string): Promise<ReadonlyMap<string, Highlight>> {
  const found = await db.highlights.bulkGet(joinedIds ? joinedIds.split('\u0000') : []);
  return new Map(found.filter((h): h is Highlight => h !== undefined).map((h) => [h.id, h]));
}

/** A library's highlights read: which library they are of, so a reader can tell an answer for one before. */
export interface LibraryHighlights {
  readonly libraryId: string | null;
  readonly highlights: readonly Highlight[];
}

/** Every highlight of the library, as allHighlights, with the library's id. */
export async function libraryHighlights(db: DossierDb, libraryId: string | null): Promise<LibraryHighlights> {
  return { libraryId, highlights: await allHighlights(db, libraryId) };
}

/** Every highlight of the library (none while no library is open). */
export async function allHighlights(db: DossierDb, libraryId: string | null): Promise<Highlight[]> {
  return libraryId === null ? [] : db.highlights.where('libraryId').equals(libraryId).toArray();
}

export async function articleAnnotation(
  db: DossierDb,
  libraryId: string | null,
  articleId: string,
): Promise<ArticleAnnotation | undefined> {
  return libraryId === null ? undefined : db.articleAnnotations.get([libraryId, articleId]);
}

export interface ArticleRef {
  readonly id: string;
  readonly hash: string;
  readonly title: string;
}

export async function saveArticleAnnotation(
  db: DossierDb,
  libraryId: string,
  article: ArticleRef,
  patch: Partial<Pick<ArticleAnnotation, 'note' | 'tags'>>,
): Promise<void> {
  await db.transaction('rw', db.articleAnnotations, async () => {
    const existing = await db.articleAnnotations.get([libraryId, article.id]);
    const next: ArticleAnnotation = {
      libraryId,
      articleId: article.id,
      articleHash: article.hash,
      articleTitle: article.title,
      note: patch.note ?? existing?.note ?? '',
      tags: normaliseTags(patch.tags ?? existing?.tags ?? []),
      updatedAt: Date.now(),
    };
    if (!next.note && next.tags.length === 0) await db.articleAnnotations.delete([libraryId, article.id]);
    else await db.articleAnnotations.put(next);
  });
}
