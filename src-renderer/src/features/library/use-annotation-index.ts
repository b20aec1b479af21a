// Per-article summary of the analyst's work (highlight count, colours, tags), live from Dexie, for the
// library list's badges.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/db';
import type { ColorKey } from '../../db/schema';

export interface ArticleWork {
  highlights: number;
  colours: Set<ColorKey>;
  tags: Set<string>;
  hasNote: boolean;
}

export type AnnotationIndex = ReadonlyMap<string, ArticleWork>;

export async function buildAnnotationIndex(): Promise<Map<string, ArticleWork>> {
  const db = getDb();
  const index = new Map<string, ArticleWork>();
  const at = (id: string): ArticleWork => {
    let work = index.get(id);
    if (!work) {
      work = { highlights: 0, colours: new Set(), tags: new Set(), hasNote: false };
      index.set(id, work);
    }
    return work;
  };
  await db.highlights.each((h) => {
    const work = at(h.articleId);
    work.highlights++;
    work.colours.add(h.color);
    for (const tag of h.tags) work.tags.add(tag);
  });
  await db.articleAnnotations.each((a) => {
    const work = at(a.articleId);
    work.hasNote = work.hasNote || a.note.length > 0;
    for (const tag of a.tags) work.tags.add(tag);
  });
  return index;
}

const EMPTY: AnnotationIndex = new Map();

export function useAnnotationIndex(): AnnotationIndex {
  return useLiveQuery(buildAnnotationIndex, []) ?? EMPTY;
}
