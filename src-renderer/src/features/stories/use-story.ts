// Loads the story an article is a copy in (its copies, the origin first) from main, again whenever the
// library's list changes (a copy added, edited or removed changes the story); the story already shown stays
// while the newer answer comes.
import { useEffect, useState } from 'react';
import type { StoryInfo } from '../../../../src-preload/contract';
import { getApi } from '../../platform/api';
import { errorMessage } from '../../platform/errors';
import { useLibrary } from '../library/library-context';

export type StoryState =
  | { readonly kind: 'none' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly story: StoryInfo }
  | { readonly kind: 'error'; readonly message: string };

interface Answer {
  readonly articleId: string;
  readonly version: string;
  readonly state: StoryState;
}

export function useArticleStory(articleId: string): StoryState {
  const { listVersion } = useLibrary();
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    let live = true;
    const answered = (state: StoryState): void => {
      if (live) setAnswer({ articleId, version: listVersion, state });
    };
    getApi()
      .getStory(articleId)
      .then(
        (story) => answered(story ? { kind: 'loaded', story } : { kind: 'none' }),
        (error: unknown) => answered({ kind: 'error', message: errorMessage(error) }),
      );
    return () => {
      live = false;
    };
  }, [articleId, listVersion]);
  if (answer?.articleId !== articleId) return { kind: 'loading' };
  return answer.state;
}
