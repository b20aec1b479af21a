// Live BriefDocument for a brief: its highlights from Dexie, sources from the catalog, and the current
// text of each quoted article (read once per version of the file) to number paragraphs and spot orphans.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { Article, BriefDocument, CatalogEntry } from '../../../../src-preload/contract';
import { getDb } from '../../db/db';
import type { Brief, Highlight } from '../../db/schema';
import { getApi } from '../../platform/api';
import { usePalette } from '../highlights/use-palette';
import { briefDocument, type DocumentInputs } from './brief-document';

/** Reads the articles with these ids (as the catalog currently knows them), keeping earlier reads. */
export function useArticles(
  ids: readonly string[],
  entries: ReadonlyMap<string, CatalogEntry>,
): ReadonlyMap<string, Article> {
  const [articles, setArticles] = useState<ReadonlyMap<string, Article>>(new Map());
  const wanted = ids
    .map((id) => entries.get(id))
    .filter((e): e is CatalogEntry & { ok: true } => e?.ok === true)
    .map((e) => `${e.id}\u0000${e.hash}`)
    .sort()
    .join('\u0001');
  useEffect(() => {
    let live = true;
    const pairs = wanted ? wanted.split('\u0001').map((p) => p.split('\u0000') as [string, string]) : [];
    void Promise.all(
      pairs.map(([id]) =>
        getApi()
          .readArticle(id)
          .catch(() => null),
      ),
    ).then((read) => {
      if (!live) return;
      setArticles(new Map(read.filter((a): a is Article => a !== null).map((a) => [a.id, a])));
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return articles;
}

export function useDocumentInputs(
  highlightIds: readonly string[],
  entries: ReadonlyMap<string, CatalogEntry>,
): DocumentInputs | null {
  const palette = usePalette();
  const key = highlightIds.join('\u0000');
  const highlights = useLiveQuery(async () => {
    const found = await getDb().highlights.bulkGet(key ? key.split('\u0000') : []);
    return new Map(found.filter((h): h is Highlight => h !== undefined).map((h) => [h.id, h]));
  }, [key]);
  const articleIds = useMemo(
    () => [...new Set([...(highlights?.values() ?? [])].map((h) => h.articleId))],
    [highlights],
  );
  const articles = useArticles(articleIds, entries);
  return useMemo(
    () => (highlights ? { highlights, entries, articles, palette } : null),
    [highlights, entries, articles, palette],
  );
}

export function useBriefDocument(
  brief: Brief | undefined,
  entries: ReadonlyMap<string, CatalogEntry>,
): BriefDocument | null {
  const ids = useMemo(() => brief?.sections.flatMap((s) => s.items.map((i) => i.highlightId)) ?? [], [brief]);
  const inputs = useDocumentInputs(ids, entries);
  return useMemo(() => (brief && inputs ? briefDocument(brief, inputs) : null), [brief, inputs]);
}
