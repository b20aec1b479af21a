// Each highlight's links as the evidence table shows and filters them: the types, either way, by highlight.
import { useMemo } from 'react';
import { linksOfLibrary } from '../../db/links';
import { useLive } from '../../db/live';
import type { HighlightLink, HighlightLinkType } from '../../db/schema';
import { useLibraryId } from '../library/library-context';

const NO_LINKS: readonly HighlightLink[] = [];

export interface LinkFacts {
  readonly types: ReadonlyMap<string, ReadonlySet<HighlightLinkType>>;
  readonly counts: ReadonlyMap<string, number>;
}

export function linkFacts(links: readonly HighlightLink[]): LinkFacts {
  const types = new Map<string, Set<HighlightLinkType>>();
  const counts = new Map<string, number>();
  for (const link of links) {
    for (const end of [link.from, link.to]) {
      let set = types.get(end);
      if (!set) types.set(end, (set = new Set()));
      set.add(link.type);
      counts.set(end, (counts.get(end) ?? 0) + 1);
    }
  }
  return { types, counts };
}

export function useLinkFacts(): LinkFacts {
  const links = useLive(linksOfLibrary, useLibraryId()) ?? NO_LINKS;
  return useMemo(() => linkFacts(links), [links]);
}
