// Export of all the analyst's work to JSON and import back, merging: a record already present is
// kept unless the imported one is newer, so importing the same file twice changes nothing.
import type { DossierDb } from './schema';
import { fromWebAnnotations, toWebAnnotations, type ArticleInfo } from './web-annotation';

export async function exportAnnotations(db: DossierDb, articles: ReadonlyMap<string, ArticleInfo>): Promise<string> {
  const [highlights, annotations, palette] = await Promise.all([
    db.highlights.toArray(),
    db.articleAnnotations.toArray(),
    db.palette.orderBy('order').toArray(),
  ]);
  return JSON.stringify(toWebAnnotations(highlights, annotations, palette, articles), null, 2);
}

export interface ImportSummary {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly skipped: readonly string[];
}

export async function importAnnotations(db: DossierDb, text: string): Promise<ImportSummary> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('this file is not JSON');
  }
  const work = fromWebAnnotations(json);
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
      const existing = await db.articleAnnotations.get(a.articleId);
      if (!existing) added++;
      else if (existing.updatedAt < a.updatedAt) updated++;
      else {
        unchanged++;
        continue;
      }
      await db.articleAnnotations.put(a);
    }
  });
  return { added, updated, unchanged, skipped: work.skipped };
}
