// Tags on highlights and articles: normalising, and per library (the one open) listing with counts, rename
// and merge.
import type { DossierDb } from './schema';

/** Tags are trimmed, single-spaced and lower-case, so "Sanctions " and "sanctions" are one tag. */
export function normaliseTag(tag: string): string {
  return tag.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normaliseTag).filter((t) => t.length > 0))].sort();
}

export interface TagCount {
  readonly tag: string;
  readonly count: number;
}

/** Every tag in use in the library, with how many highlights and articles carry it, most used first. */
export async function listTags(db: DossierDb, libraryId: string | null): Promise<TagCount[]> {
  if (libraryId === null) return [];
  const counts = new Map<string, number>();
  const add = (tags: readonly string[]): void => {
    for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  };
  await db.highlights
    .where('libraryId')
    .equals(libraryId)
    .each((h) => add(h.tags));
  await db.articleAnnotations
    .where('libraryId')
    .equals(libraryId)
    .each((a) => add(a.tags));
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** The names of the tags in use, most used first: what tag inputs and filters offer. */
export async function tagNames(db: DossierDb, libraryId: string | null): Promise<string[]> {
  return (await listTags(db, libraryId)).map((t) => t.tag);
}

/**
 * Renames `from` to `to` throughout the library; when `to` already exists the two tags merge. Returns
 * records changed. Other libraries' tags are theirs: they are not renamed.
 */
export async function renameTag(db: DossierDb, libraryId: string, from: string, to: string): Promise<number> {
  return mergeTags(db, libraryId, [from], to);
}

export async function mergeTags(
  db: DossierDb,
  libraryId: string,
  sources: readonly string[],
  target: string,
): Promise<number> {
  const into = normaliseTag(target);
  const olds = new Set(sources.map(normaliseTag).filter((t) => t !== into));
  if (!into) throw new Error('a tag cannot be empty');
  if (olds.size === 0) return 0;
  const retag = (tags: string[]): string[] => normaliseTags(tags.map((t) => (olds.has(t) ? into : t)));
  return db.transaction('rw', db.highlights, db.articleAnnotations, async () => {
    const now = Date.now();
    const a = await db.highlights
      .where('tags')
      .anyOf([...olds])
      .distinct()
      .and((h) => h.libraryId === libraryId)
      .modify((h) => {
        h.tags = retag(h.tags);
        h.updatedAt = now;
      });
    const b = await db.articleAnnotations
      .where('tags')
      .anyOf([...olds])
      .distinct()
      .and((r) => r.libraryId === libraryId)
      .modify((r) => {
        r.tags = retag(r.tags);
        r.updatedAt = now;
      });
    return a + b;
  });
}

/** Each article's own tags (its note's), by article id: only the articles that have some. */
export async function articleTagsOf(db: DossierDb, libraryId: string | null): Promise<ReadonlyMap<string, string[]>> {
  if (libraryId === null) return new Map();
  const notes = await db.articleAnnotations.where('libraryId').equals(libraryId).toArray();
  return new Map(notes.filter((n) => n.tags.length > 0).map((n) => [n.articleId, n.tags]));
}
