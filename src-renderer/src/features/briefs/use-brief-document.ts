// Live BriefDocument for a brief: its highlights, the ACH matrices its sections show and the source
// register's grades from Dexie, the sources' catalog entries asked of main by id, and the current text of
// each quoted article (read once per version of the file) to number paragraphs and spot orphans. Null until
// all of that has arrived, so an export is never half-cited.
import { useEffect, useMemo, useState } from 'react';
import type { Article, BriefDocument, CatalogEntry } from '../../../../src-preload/contract';
import { matricesByIds } from '../../db/brief-matrices';
import { highlightsByIds } from '../../db/highlights';
import { useLive } from '../../db/live';
import { usePalette } from '../../db/palette';
import { reliabilityByDomain } from '../../db/source-grades';
import type { AchMatrix, Brief } from '../../db/schema';
import { getApi } from '../../platform/api';
import { useEntries } from '../library/use-entries';
import { briefDocument, type DocumentInputs } from './brief-document';

/** Reads the articles of these entries; null until the reads for the current versions have returned. */
function useArticles(entries: readonly (CatalogEntry & { ok: true })[]): ReadonlyMap<string, Article> | null {
  const wanted = entries
    .map((e) => `${e.id}\u0000${e.hash}`)
    .sort()
    .join('\u0001');
  const [read, setRead] = useState<{ key: string; articles: ReadonlyMap<string, Article> } | null>(null);
  useEffect(() => {
    let live = true;
    const ids = wanted ? wanted.split('\u0001').map((pair) => pair.split('\u0000')[0] ?? '') : [];
    void Promise.all(
      ids.map((id) =>
        getApi()
          .readArticle(id)
          .catch(() => null),
      ),
    ).then((found) => {
      const articles = new Map(found.filter((a): a is Article => a !== null).map((a) => [a.id, a]));
      if (live) setRead({ key: wanted, articles });
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return read?.key === wanted ? read.articles : null;
}

/**
 * What a brief needs from the database and main: the highlights it quotes, and the catalog entries of their
 * articles and of `citedArticleIds` (articles cited as a whole, which are named but not read).
 */
export function useDocumentInputs(
  highlightIds: readonly string[],
  citedArticleIds: readonly string[] = [],
): DocumentInputs | null {
  const palette = usePalette();
  const reliabilities = useLive(reliabilityByDomain);
  const highlights = useLive(highlightsByIds, highlightIds.join('\u0000'));
  const quotedIds = useMemo(
    () => [...new Set([...(highlights?.values() ?? [])].map((h) => h.articleId))],
    [highlights],
  );
  const cited = citedArticleIds.join('\u0000');
  const articleIds = useMemo(
    () => [...new Set([...quotedIds, ...(cited === '' ? [] : cited.split('\u0000'))])],
    [quotedIds, cited],
  );
  const found = useEntries(articleIds);
  const entries = useMemo(() => {
    const present = articleIds
      .map((id) => found.get(id))
      .filter((e): e is CatalogEntry => e !== null && e !== undefined);
    return new Map(present.map((e) => [e.id, e]));
  }, [articleIds, found]);
  // Only quoted articles are read (to number paragraphs); an article cited whole needs only its entry.
  const readable = useMemo(
    () =>
      quotedIds.map((id) => entries.get(id)).filter((e): e is CatalogEntry & { ok: true } => e !== undefined && e.ok),
    [quotedIds, entries],
  );
  const articles = useArticles(readable);
  return useMemo(
    () =>
      highlights && found.ready && articles && reliabilities
        ? { highlights, entries, articles, palette, reliabilities }
        : null,
    [highlights, found.ready, entries, articles, palette, reliabilities],
  );
}

/** The highlight ids a brief's sections quote: items, the rows of the matrices they show, timeline events. */
function quotedHighlights(brief: Brief | undefined, matrices: ReadonlyMap<string, AchMatrix> | undefined): string[] {
  return (brief?.sections ?? []).flatMap((s) => [
    ...s.items.map((i) => i.highlightId),
    ...(s.ach
      ? (matrices?.get(s.ach.matrixId)?.rows ?? []).flatMap((r) => (r.highlightId ? [r.highlightId] : []))
      : []),
    ...(s.timeline?.entries ?? []).flatMap((e) => (e.kind === 'event' ? [e.highlightId] : [])),
  ]);
}

export function useBriefDocument(brief: Brief | undefined): BriefDocument | null {
  const matrixIds = brief?.sections.flatMap((s) => (s.ach ? [s.ach.matrixId] : [])).join('\u0000') ?? '';
  const matrices = useLive(matricesByIds, matrixIds);
  const ids = useMemo(() => quotedHighlights(brief, matrices), [brief, matrices]);
  const citedArticles = useMemo(
    () =>
      brief?.sections.flatMap((s) =>
        (s.timeline?.entries ?? []).flatMap((e) => (e.kind === 'article' ? [e.articleId] : [])),
      ) ?? [],
    [brief],
  );
  const inputs = useDocumentInputs(ids, citedArticles);
  return useMemo(
    () => (brief && inputs && matrices ? briefDocument(brief, { ...inputs, matrices }) : null),
    [brief, inputs, matrices],
  );
}
