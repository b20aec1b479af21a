// Tags on highlights and articles: normalising, listing with counts, and library-wide rename and merge.
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

/** Every tag in use, with how many highlights and articles carry it, most used first. */
export async function listTags(db: DossierDb): Promise<TagCount[]> {
  const counts = new Map<string, number>();
  const add = (tags: readonly string[]): void => {
    for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  };
  await db.highlights.each((h) => add(h.tags));
  await db.articleAnnotations.each((a) => add(a.tags));
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** The names of the tags in use, most used first: what tag inputs and filters offer. */
export async function tagNames(db: DossierDb): Promise<string[]> {
  return (await listTags(db)).map((t) => t.tag);
}

/** Renames `from` to `to` everywhere; when `to` already exists the two tags merge. Returns records changed. */
export async function renameTag(db: DossierDb, from: string, to: string): Promise<number> {
  return mergeTags(db, [from], to);
}

export async function mergeTags(db: DossierDb, sources: readonly string[], target: string): Promise<number> {
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
      .modify((h) => {
        h.tags = retag(h.tags);
        h.updatedAt = now;
      });
    const b = await db.articleAnnotations
      .where('tags')
      .anyOf([...olds])
      .distinct()
      .modify((r) => {
        r.tags = retag(r.tags);
        r.updatedAt = now;
      });
    return a + b;
  });
}
