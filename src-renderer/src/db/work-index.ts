// The analyst's work on one library seen per article: counts and marks for the library list's badges, and
// the documents main's search index takes for that library so that quotes, notes and tags are found.
import type { AnnotationDoc } from '../../../src-preload/contract';
import type { ColorKey, DossierDb } from './schema';

export interface ArticleWork {
  highlights: number;
  colours: Set<ColorKey>;
  tags: Set<string>;
  hasNote: boolean;
}

export type AnnotationIndex = ReadonlyMap<string, ArticleWork>;

export async function annotationIndex(db: DossierDb, libraryId: string | null): Promise<AnnotationIndex> {
  const index = new Map<string, ArticleWork>();
  if (libraryId === null) return index;
  const at = (id: string): ArticleWork => {
    let work = index.get(id);
    if (!work) {
      work = { highlights: 0, colours: new Set(), tags: new Set(), hasNote: false };
      index.set(id, work);
    }
    return work;
  };
  await db.highlights
    .where('libraryId')
    .equals(libraryId)
    .each((h) => {
      const work = at(h.articleId);
      work.highlights++;
      work.colours.add(h.color);
      for (const tag of h.tags) work.tags.add(tag);
    });
  await db.articleAnnotations
    .where('libraryId')
    .equals(libraryId)
    .each((a) => {
      const work = at(a.articleId);
      work.hasNote = work.hasNote || a.note.length > 0;
      for (const tag of a.tags) work.tags.add(tag);
    });
  return index;
}

/** Every highlight and article note of the library as a search document: the quote with its note, and the tags. */
export async function annotationDocs(db: DossierDb, libraryId: string | null): Promise<AnnotationDoc[]> {
  if (libraryId === null) return [];
  const [highlights, notes] = await Promise.all([
    db.highlights.where('libraryId').equals(libraryId).toArray(),
    db.articleAnnotations.where('libraryId').equals(libraryId).toArray(),
  ]);
  return [
    ...highlights.map((h) => ({
      id: h.id,
      articleId: h.articleId,
      kind: 'highlight' as const,
      text: h.note ? `${h.quote.exact}\n${h.note}` : h.quote.exact,
      tags: h.tags,
      colour: h.color,
    })),
    ...notes.map((a) => ({
      id: `article:${a.articleId}`,
      articleId: a.articleId,
      kind: 'article' as const,
      text: a.note,
      tags: a.tags,
      colour: null,
    })),
  ];
}
