// "Export annotations…" writes all the analyst's work (the snapshot format) to a JSON file the analyst
// chooses, naming each article's URL as the library lists it now; "Import…" starts by reading such a file.
import { annotatedArticles } from '../../db/identity';
import { inDb } from '../../db/live';
import { exportWork, readWorkFile } from '../../db/portability';
import { UNCLAIMED } from '../../db/schema';
import type { ArticleInfo } from '../../db/web-annotation';
import type { ParsedWork } from '../../db/work-document';
import { getApi } from '../../platform/api';
import { entriesOf } from '../../platform/lookups';

const JSON_FILTER = [{ name: 'Dossier work (JSON)', extensions: ['json'] }];

/** Exports every library's work; the open library's (`libraryId`'s) articles are named as main lists them now. */
export async function exportWorkToFile(libraryId: string | null): Promise<string | null> {
  const ids = (await inDb(annotatedArticles, libraryId)).map((a) => a.articleId);
  const articles = new Map<string, ArticleInfo>();
  for (const entry of await entriesOf(ids))
    if (entry?.ok) articles.set(entry.id, { title: entry.title, url: entry.url, domain: entry.domain });
  const content = await inDb(exportWork, articles, libraryId);
  const day = new Date().toISOString().slice(0, 10);
  return getApi().saveFile({
    title: 'Export annotations',
    defaultName: `dossier-work-${day}.json`,
    filters: JSON_FILTER,
    content,
  });
}

/**
 * The work in a file the analyst picks; null when they cancel. Throws when the file is not Dossier work. Work
 * the file does not file under a library (an older export) goes to the library open, `libraryId`.
 */
export async function chooseWorkFile(
  libraryId: string | null,
): Promise<{ readonly name: string; readonly work: ParsedWork } | null> {
  const file = await getApi().openTextFile({ title: 'Import annotations', filters: JSON_FILTER });
  return file && { name: file.name, work: readWorkFile(file.text, libraryId ?? UNCLAIMED) };
}
