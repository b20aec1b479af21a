// Which highlights are orphaned: their article is no longer listed, or their quote is no longer found in its
// current text. A highlight last anchored in the file as it is now (same content hash) still anchors; the
// others are anchored in the background, one article at a time between frames, and the answers are kept
// per file content, so the table never waits for it.
import { useEffect, useMemo, useState } from 'react';
import { anchorHighlight } from '../../anchoring/anchor';
import { articleText } from '../../anchoring/text-model';
import { getApi } from '../../platform/api';
import type { Highlight } from '../../db/schema';
import type { EvidenceRow } from './evidence-rows';

/** Whether each highlight anchored, by file content, highlight and its selectors' version. */
const anchoredCache = new Map<string, boolean>();
const cacheKey = (hash: string, h: Highlight): string => `${hash}\u0000${h.id}\u0000${h.updatedAt}`;

export interface Orphans {
  readonly ids: ReadonlySet<string>;
  /** Articles still being checked: the orphans listed may grow. */
  readonly checking: number;
}

interface Work {
  readonly articleId: string;
  readonly hash: string;
  readonly highlights: readonly Highlight[];
}

/** What is known so far: a new wrapper each time the cache grows, so what reads it is computed again. */
interface Known {
  readonly cache: ReadonlyMap<string, boolean>;
}

/** The articles whose highlights must be anchored to tell (hash changed and not already known). */
function pendingWork(rows: readonly EvidenceRow[], known: Known): Work[] {
  const byArticle = new Map<string, { hash: string; highlights: Highlight[] }>();
  for (const { highlight, entry } of rows) {
    if (!entry || highlight.articleHash === entry.hash) continue;
    if (known.cache.has(cacheKey(entry.hash, highlight))) continue;
    const work = byArticle.get(entry.id) ?? { hash: entry.hash, highlights: [] };
    work.highlights.push(highlight);
    byArticle.set(entry.id, work);
  }
  return [...byArticle].map(([articleId, work]) => ({ articleId, ...work }));
}

async function anchorArticle(item: Work): Promise<void> {
  try {
    const article = await getApi().readArticle(item.articleId);
    const text = articleText(article.paragraphs);
    for (const h of item.highlights) {
      anchoredCache.set(cacheKey(item.hash, h), anchorHighlight(text, h).status === 'anchored');
    }
  } catch {
    // The file went between listing and reading: its highlights are orphaned until it is listed again.
    for (const h of item.highlights) anchoredCache.set(cacheKey(item.hash, h), false);
  }
}

/**
 * `ready`: the rows' entries are known (a row without one is then an article no longer listed). One article
 * is anchored per turn, in a task of its own; the answer re-renders, and the next turn takes the next.
 */
export function useOrphans(rows: readonly EvidenceRow[], ready: boolean): Orphans {
  const [known, setKnown] = useState<Known>({ cache: anchoredCache });
  const work = useMemo(() => (ready ? pendingWork(rows, known) : []), [rows, ready, known]);
  const next = work[0];

  useEffect(() => {
    if (!next) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      void anchorArticle(next).then(() => {
        if (live) setKnown({ cache: anchoredCache });
      });
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [next]);

  const ids = useMemo(() => {
    const orphans = new Set<string>();
    if (!ready) return orphans;
    for (const { highlight, entry } of rows) {
      if (!entry) orphans.add(highlight.id);
      else if (highlight.articleHash !== entry.hash && known.cache.get(cacheKey(entry.hash, highlight)) === false) {
        orphans.add(highlight.id);
      }
    }
    return orphans;
  }, [rows, ready, known]);
  return { ids, checking: work.length };
}
