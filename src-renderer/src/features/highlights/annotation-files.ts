// Export of all annotations to a JSON file the analyst chooses, and import back with a merge. The export
// names each annotated article as the library lists it now, asked of main by id.
import { annotatedArticles } from '../../db/identity';
import { inDb } from '../../db/live';
import { exportAnnotations, importAnnotations, type ImportSummary } from '../../db/portability';
import { UNCLAIMED } from '../../db/schema';
import type { ArticleInfo } from '../../db/web-annotation';
import { getApi } from '../../platform/api';
import { entriesOf } from '../../platform/lookups';

const JSON_FILTER = [{ name: 'Annotations (JSON)', extensions: ['json'] }];

/** Exports every library's work; the open library's articles are named as main lists them now. */
export async function exportAnnotationsToFile(libraryId: string | null): Promise<string | null> {
  const ids = (await inDb(annotatedArticles, libraryId)).map((a) => a.articleId);
  const articles = new Map<string, ArticleInfo>();
  for (const entry of await entriesOf(ids))
    if (entry?.ok) articles.set(entry.id, { title: entry.title, url: entry.url });
  const content = await inDb(exportAnnotations, articles, libraryId);
  const day = new Date().toISOString().slice(0, 10);
  return getApi().saveFile({
    title: 'Export annotations',
    defaultName: `dossier-annotations-${day}.json`,
    filters: JSON_FILTER,
    content,
  });
}

/** Work the file does not file under a library (an older export) goes to the library open, `libraryId`. */
export async function importAnnotationsFromFile(
  libraryId: string | null,
): Promise<(ImportSummary & { name: string }) | null> {
  const file = await getApi().openTextFile({ title: 'Import annotations', filters: JSON_FILTER });
  if (!file) return null;
  return { name: file.name, ...(await inDb(importAnnotations, file.text, libraryId ?? UNCLAIMED)) };
}
