// Export of all the analyst's work to JSON and import back, merging: a record already present is
// kept unless the imported one is newer, so importing the same file twice changes nothing.
import { UNCLAIMED, type DossierDb } from './schema';
import { fromWebAnnotations, toWebAnnotations, type ArticleInfo } from './web-annotation';

/** `articles` name the records of library `articlesLibrary` (of any library when null), as listed now. */
export async function exportAnnotations(
  db: DossierDb,
  articles: ReadonlyMap<string, ArticleInfo>,
  articlesLibrary: string | null = null,
): Promise<string> {
  const [highlights, annotations, palette] = await Promise.all([
    db.highlights.toArray(),
    db.articleAnnotations.toArray(),
    db.palette.orderBy('order').toArray(),
  ]);
  const collection = toWebAnnotations(highlights, annotations, palette, articles, Date.now(), articlesLibrary);
  return JSON.stringify(collection, null, 2);
}

export interface ImportSummary {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly skipped: readonly string[];
}

/** Records the file does not file under a library (older exports) go to `intoLibrary`: the one open. */
export async function importAnnotations(
  db: DossierDb,
  text: string,
  intoLibrary: string = UNCLAIMED,
): Promise<ImportSummary> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('this file is not JSON');
  }
  const imported = fromWebAnnotations(json);
  const filed = <T extends { libraryId: string }>(r: T): T =>
    r.libraryId === UNCLAIMED ? { ...r, libraryId: intoLibrary } : r;
  const work = { highlights: imported.highlights.map(filed), annotations: imported.annotations.map(filed) };
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  await db.transaction('rw', db.highlights, db.articleAnnotations, async () => {
    for (const h of work.highlights) {
      const existing = await db.highlights.get(h.id);
      if (!existing) added++;
      else if (existing.updatedAt < h.updatedAt) updated++;
      else {
        unchanged++;
        continue;
      }
      await db.highlights.put(h);
    }
    for (const a of work.annotations) {
      const existing = await db.articleAnnotations.get([a.libraryId, a.articleId]);
      if (!existing) added++;
      else if (existing.updatedAt < a.updatedAt) updated++;
      else {
        unchanged++;
        continue;
      }
      await db.articleAnnotations.put(a);
    }
  });
  return { added, updated, unchanged, skipped: imported.skipped };
}
