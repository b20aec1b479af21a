// The story cluster of each article asked for (null: no copies), from main's catalog; asked again when the
// library changes, since a file arriving or leaving can join or split a story.
import { useEffect, useState } from 'react';
import { getApi } from '../../platform/api';
import { useLibrary } from '../library/library-context';

/** Until main answers: no article is known to have copies. */
const NONE: ReadonlyMap<string, string | null> = new Map();

interface Answer {
  /** The article ids asked about, joined. */
  readonly key: string;
  /** The library's version when asked. */
  readonly version: string;
  readonly stories: ReadonlyMap<string, string | null>;
}

export function useStoryIds(articleIds: readonly string[]): {
  stories: ReadonlyMap<string, string | null>;
  ready: boolean;
} {
  const { listVersion } = useLibrary();
  const key = articleIds.join('\u0000');
  const [answer, setAnswer] = useState<Answer | null>(null);
  const lookup = key !== '';
  useEffect(() => {
    if (!lookup) return undefined;
    const api = getApi();
    const ids = key.split('\u0000');
    let live = true;
    const deliver = (stories: ReadonlyMap<string, string | null>): void => {
      if (live) setAnswer({ key, version: listVersion, stories });
    };
    api.getStoryIds(ids).then(
      (stories) => deliver(new Map(ids.map((id, i) => [id, stories[i] ?? null]))),
      // Without clusters each article counts as its own story: the count may read higher, never lower.
      () => deliver(NONE),
    );
    return () => {
      live = false;
    };
  }, [lookup, key, listVersion]);
  if (!lookup) return { stories: NONE, ready: true };
  // A change to the library keeps the last answer on screen while it is asked again.
  return { stories: answer?.stories ?? NONE, ready: answer?.key === key };
}
