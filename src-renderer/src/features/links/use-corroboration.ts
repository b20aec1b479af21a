// A highlight's corroboration as the card shows it: the library's links, the outlets of the articles they
// reach (from the catalog) and their story clusters (from main), counted by corroborate().
import { useMemo } from 'react';
import { linkNetwork } from '../../db/links';
import { useLive } from '../../db/live';
import { useEntries } from '../library/use-entries';
import { corroborate, type ArticleSource, type Corroboration } from '../sources/corroboration';
import { useStoryIds } from './use-story-ids';

export interface CardCorroboration extends Corroboration {
  /** Outlets and stories are all known: until then the count may change. */
  readonly ready: boolean;
}

/** The highlight's corroboration, or null while it has no links (nothing to count yet). */
export function useCorroboration(libraryId: string, highlightId: string): CardCorroboration | null {
  const network = useLive(linkNetwork, libraryId);
  // A highlight without links asks main for nothing.
  const linked = network?.highlights.has(highlightId) ?? false;
  const articleIds = useMemo(
    () => (linked && network ? [...new Set([...network.highlights.values()].map((h) => h.articleId))].sort() : []),
    [network, linked],
  );
  const entries = useEntries(articleIds);
  const { stories, ready: storiesReady } = useStoryIds(articleIds);
  return useMemo(() => {
    if (!network || !linked) return null;
    const articles = new Map<string, ArticleSource>();
    for (const id of articleIds) {
      const entry = entries.get(id);
      const outlet = entry?.ok ? (entry.domain ?? entry.outlet) : null;
      articles.set(id, { outlet, storyId: stories.get(id) ?? null });
    }
    const articleOf = new Map([...network.highlights].map(([id, h]) => [id, h.articleId]));
    const result = corroborate({ claimId: highlightId, articleOf, links: network.links, articles });
    return { ...result, ready: entries.ready && storiesReady };
  }, [network, linked, highlightId, articleIds, entries, stories, storiesReady]);
}
