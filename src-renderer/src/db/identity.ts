// Keeps the analyst's work attached to the right file of its library: follows renames and moves, and
// reattaches work whose file went missing when a file with the same content appears again.
import type { ArticleAnnotation, DossierDb } from './schema';

/** One article note from two: `moving` joins `already`, or takes its place (under `already`'s key). */
export function mergedNote(already: ArticleAnnotation | undefined, moving: ArticleAnnotation): ArticleAnnotation {
  if (!already) return moving;
  return {
    ...already,
    note: [already.note, moving.note].filter(Boolean).join('\n\n'),
    tags: [...new Set([...already.tags, ...moving.tags])].sort(),
    // New content: stamped now, so importing an export made before the merge cannot replace it.
    updatedAt: Date.now(),
  };
}

/** Moves every highlight and the article note of the library from one article id to another. */
export async function followRename(db: DossierDb, libraryId: string, from: string, to: string): Promise<void> {
  if (from === to) return;
  await db.transaction('rw', db.highlights, db.articleAnnotations, async () => {
    await db.highlights.where('[libraryId+articleId]').equals([libraryId, from]).modify({ articleId: to });
    const moving = await db.articleAnnotations.get([libraryId, from]);
    if (!moving) return;
    const already = await db.articleAnnotations.get([libraryId, to]);
    await db.articleAnnotations.delete([libraryId, from]);
    await db.articleAnnotations.put(mergedNote(already, { ...moving, articleId: to }));
  });
}

/** An article that carries the analyst's work: the ids, contents and title the work was made on. */
export interface AnnotatedArticle {
  readonly articleId: string;
  readonly title: string;
  /** Content hashes the work was anchored in (usually one; more when highlights were made across edits). */
  readonly hashes: readonly string[];
  readonly highlights: number;
  readonly hasNote: boolean;
}

/** Every article of the library with highlights, a note or tags, by title: the ids the page asks main about. */
export async function annotatedArticles(db: DossierDb, libraryId: string | null): Promise<AnnotatedArticle[]> {
  if (libraryId === null) return [];
  const found = new Map<string, { title: string; hashes: Set<string>; highlights: number; hasNote: boolean }>();
  const at = (articleId: string, title: string) => {
    let article = found.get(articleId);
    if (!article) found.set(articleId, (article = { title, hashes: new Set(), highlights: 0, hasNote: false }));
    return article;
  };
  await db.highlights
    .where('libraryId')
    .equals(libraryId)
    .each((h) => {
      const article = at(h.articleId, h.articleTitle);
      article.highlights++;
      if (h.articleHash) article.hashes.add(h.articleHash);
    });
  await db.articleAnnotations
    .where('libraryId')
    .equals(libraryId)
    .each((a) => {
      const article = at(a.articleId, a.articleTitle);
      article.hasNote = article.hasNote || a.note.length > 0 || a.tags.length > 0;
      if (a.articleHash) article.hashes.add(a.articleHash);
    });
  return [...found]
    .map(([articleId, a]) => ({
      articleId,
      title: a.title,
      hashes: [...a.hashes],
      highlights: a.highlights,
      hasNote: a.hasNote,
    }))
    .sort((a, b) => a.title.localeCompare(b.title) || a.articleId.localeCompare(b.articleId));
}

/** Asks the library which of its files hold these contents: a file id per hash, or null. */
export type HashLookup = (hashes: readonly string[]) => Promise<readonly (string | null)[]>;

/**
 * Work on articles missing from the library follows a file of it that has the same content hash (a rename
 * or move made while the app was closed, or a deleted file that came back). Returns the renames it applied.
 */
export async function reattachByHash(
  db: DossierDb,
  libraryId: string,
  missing: readonly AnnotatedArticle[],
  lookup: HashLookup,
): Promise<{ from: string; to: string }[]> {
  const hashes = [...new Set(missing.flatMap((m) => m.hashes))];
  if (hashes.length === 0) return [];
  const answers = await lookup(hashes);
  const fileOf = new Map(hashes.map((hash, i) => [hash, answers[i] ?? null]));
  const moves: { from: string; to: string }[] = [];
  for (const article of missing) {
    const to = article.hashes
      .map((hash) => fileOf.get(hash))
      .find((id): id is string => typeof id === 'string' && id !== article.articleId);
    if (!to) continue;
    await followRename(db, libraryId, article.articleId, to);
    moves.push({ from: article.articleId, to });
  }
  return moves;
}
