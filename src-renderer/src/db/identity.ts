// Keeps the analyst's work attached to the right file: follows renames and moves, and reattaches work
// whose file went missing when a file with the same content appears again.
import type { CatalogEntry } from '../../../src-preload/contract';
import type { DossierDb } from './schema';

/** Moves every highlight and the article note from one article id to another. */
export async function followRename(db: DossierDb, from: string, to: string): Promise<void> {
  if (from === to) return;
  await db.transaction('rw', db.highlights, db.articleAnnotations, async () => {
    await db.highlights.where('articleId').equals(from).modify({ articleId: to });
    const moving = await db.articleAnnotations.get(from);
    if (!moving) return;
    const already = await db.articleAnnotations.get(to);
    await db.articleAnnotations.delete(from);
    await db.articleAnnotations.put(
      already
        ? {
            ...already,
            note: [already.note, moving.note].filter(Boolean).join('\n\n'),
            tags: [...new Set([...already.tags, ...moving.tags])].sort(),
            // New content: stamped now, so importing an export made before the merge cannot replace it.
            updatedAt: Date.now(),
          }
        : { ...moving, articleId: to },
    );
  });
}

/**
 * Work whose article id is not in the library follows a file that has the same content hash
 * (a rename or move made while the app was closed, or a deleted file that came back).
 * Returns the renames it applied.
 */
export async function reattachByHash(
  db: DossierDb,
  entries: Iterable<CatalogEntry>,
): Promise<{ from: string; to: string }[]> {
  const present = new Set<string>();
  const byHash = new Map<string, string>();
  for (const entry of entries) {
    present.add(entry.id);
    if (entry.ok && !byHash.has(entry.hash)) byHash.set(entry.hash, entry.id);
  }
  const moves = new Map<string, string>();
  const consider = (articleId: string, hash: string): void => {
    if (present.has(articleId) || moves.has(articleId)) return;
    const target = byHash.get(hash);
    if (target !== undefined) moves.set(articleId, target);
  };
  await db.highlights.each((h) => consider(h.articleId, h.articleHash));
  await db.articleAnnotations.each((a) => consider(a.articleId, a.articleHash));
  for (const [from, to] of moves) await followRename(db, from, to);
  return [...moves].map(([from, to]) => ({ from, to }));
}

export interface MissingArticle {
  readonly articleId: string;
  readonly title: string;
  readonly highlights: number;
  readonly hasNote: boolean;
}

/** Articles that carry the analyst's work but whose file is not in the library now. */
export async function missingArticles(db: DossierDb, present: ReadonlySet<string>): Promise<MissingArticle[]> {
  const missing = new Map<string, { title: string; highlights: number; hasNote: boolean }>();
  await db.highlights.each((h) => {
    if (present.has(h.articleId)) return;
    const m = missing.get(h.articleId) ?? { title: h.articleTitle, highlights: 0, hasNote: false };
    m.highlights++;
    missing.set(h.articleId, m);
  });
  await db.articleAnnotations.each((a) => {
    if (present.has(a.articleId)) return;
    const m = missing.get(a.articleId) ?? { title: a.articleTitle, highlights: 0, hasNote: false };
    m.hasNote = m.hasNote || a.note.length > 0 || a.tags.length > 0;
    missing.set(a.articleId, m);
  });
  return [...missing].map(([articleId, m]) => ({ articleId, ...m })).sort((a, b) => a.title.localeCompare(b.title));
}
