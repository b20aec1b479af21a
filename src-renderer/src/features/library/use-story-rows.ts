// The library list's story rows opened to show their copies: which are open (they close when the query
// changes), each story's copies as main gives them (asked again when the library changes), and the list's
// rows with the copy rows in them.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SearchHit, StoryInfo, StoryMember } from '../../../../src-preload/contract';
import { getApi } from '../../platform/api';
import { errorMessage } from '../../platform/errors';
import { useLibrary } from './library-context';
import { hitRange, orderExpansions, rowAt, rowCount, rowOfHit, type Expansion, type ListRow } from './story-rows';

export interface StoryRows {
  /** The opened story rows, by the order of their hits; a new list whenever the rows change. */
  readonly expansions: readonly Expansion[];
  readonly count: number;
  readonly rowAt: (index: number) => ListRow;
  readonly rowOfHit: (hit: number) => number;
  readonly isOpen: (hit: number) => boolean;
  /** Opens or closes the copies of the story at hit `hit`. */
  readonly setOpen: (hit: number, open: boolean) => void;
  /** Copy `copy` of an opened story: the member, or undefined while asked for, or why it cannot be listed. */
  readonly copyAt: (expansion: Expansion, copy: number) => { member?: StoryMember; error?: string };
  /** The hits the rows from `start` to `end` need. */
  readonly hitRange: (start: number, end: number) => [number, number];
}

interface Opened {
  readonly storyId: string;
  readonly hit: number;
  /** The article the row shows: main gives its story. */
  readonly articleId: string;
}

type Loaded =
  { readonly version: string; readonly story: StoryInfo | null } | { readonly version: string; readonly error: string };

/** `listKey` names the query the hits answer: opened rows close when it changes. */
export function useStoryRows(
  total: number,
  hitAt: (index: number) => SearchHit | undefined,
  listKey: string,
): StoryRows {
  const { listVersion } = useLibrary();
  const [opened, setOpened] = useState<{ key: string; list: readonly Opened[] }>({ key: listKey, list: [] });
  const [stories, setStories] = useState<ReadonlyMap<string, Loaded>>(new Map());
  const asked = useRef(new Set<string>());
  // Rows still open: for this query, and still showing the story they were opened on.
  const open = useMemo(
    () =>
      (opened.key === listKey ? opened.list : []).filter((o) => {
        const hit = hitAt(o.hit);
        return hit === undefined || hit.story?.id === o.storyId;
      }),
    [opened, listKey, hitAt],
  );

  useEffect(() => {
    for (const { storyId, articleId } of open) {
      const version = listVersion;
      if (stories.get(storyId)?.version === version || asked.current.has(`${version}:${storyId}`)) continue;
      asked.current.add(`${version}:${storyId}`);
      getApi()
        .getStory(articleId)
        .then(
          (story) => setStories((map) => new Map(map).set(storyId, { version, story })),
          (error: unknown) => setStories((map) => new Map(map).set(storyId, { version, error: errorMessage(error) })),
        );
    }
  }, [open, stories, listVersion]);

  const expansions = useMemo(() => {
    const list = open.map((o): Expansion => {
      const loaded = stories.get(o.storyId);
      const rows =
        loaded === undefined
          ? (hitAt(o.hit)?.story?.copies ?? 1)
          : 'error' in loaded
            ? 1
            : (loaded.story?.members.length ?? 0);
      return { storyId: o.storyId, hit: o.hit, rows };
    });
    return orderExpansions(list, total);
  }, [open, stories, hitAt, total]);

  const setOpen = useCallback(
    (hit: number, toOpen: boolean) => {
      const shown = hitAt(hit);
      const storyId = shown?.story?.id;
      if (shown === undefined || storyId === undefined) return;
      const rest = open.filter((o) => o.hit !== hit);
      setOpened({ key: listKey, list: toOpen ? [...rest, { storyId, hit, articleId: shown.id }] : rest });
    },
    [hitAt, open, listKey],
  );

  return {
    expansions,
    count: rowCount(total, expansions),
    rowAt: (index) => rowAt(expansions, index),
    rowOfHit: (hit) => rowOfHit(expansions, hit),
    isOpen: (hit) => expansions.some((e) => e.hit === hit),
    setOpen,
    copyAt: (expansion, copy) => {
      const loaded = stories.get(expansion.storyId);
      if (loaded === undefined) return {};
      if ('error' in loaded) return { error: loaded.error };
      return { member: loaded.story?.members[copy] };
    },
    hitRange: useCallback((start: number, end: number) => hitRange(expansions, start, end), [expansions]),
  };
}
