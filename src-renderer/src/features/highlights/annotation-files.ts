// Export of all annotations to a JSON file the analyst chooses, and import back with a merge.
import type { CatalogEntry } from '../../../../src-preload/contract';
import { getDb } from '../../db/db';
import { exportAnnotations, importAnnotations, type ImportSummary } from '../../db/portability';
import type { ArticleInfo } from '../../db/web-annotation';
import { getApi } from '../../platform/api';

const JSON_FILTER = [{ name: 'Annotations (JSON)', extensions: ['json'] }];

export async function exportAnnotationsToFile(entries: Iterable<CatalogEntry>): Promise<string | null> {
  const articles = new Map<string, ArticleInfo>();
  for (const entry of entries) if (entry.ok) articles.set(entry.id, { title: entry.title, url: entry.url });
  const content = await exportAnnotations(getDb(), articles);
  const day = new Date().toISOString().slice(0, 10);
  return getApi().saveFile({
    title: 'Export annotations',
    defaultName: `dossier-annotations-${day}.json`,
    filters: JSON_FILTER,
    content,
  });
}

export async function importAnnotationsFromFile(): Promise<(ImportSummary & { name: string }) | null> {
  const file = await getApi().openTextFile({ title: 'Import annotations', filters: JSON_FILTER });
  if (!file) return null;
  return { name: file.name, ...(await importAnnotations(getDb(), file.text)) };
}
