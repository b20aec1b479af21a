// Loads a story's members from main, again whenever the library's list changes (a copy added, edited or
// removed moves the story); the members already shown stay while a newer answer comes.
import { useEffect, useState } from 'react';
import type { StoryInfo } from '../../../../src-preload/contract';
import { errorMessage } from '../../platform/errors';
import { useLibrary } from '../library/library-context';
import { loadStory, loadStoryId } from './story-api';

export type StoryState =
  | { readonly kind: 'none' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly story: StoryInfo }
  | { readonly kind: 'error'; readonly message: string };

interface Answer {
  readonly key: string;
  readonly state: StoryState;
}

/** The story with this id (null: none asked for). */
export function useStory(storyId: string | null): StoryState {
  const { listVersion } = useLibrary();
  return useAnswer(storyId === null ? null : `${listVersion}:${storyId}`, storyId, loadStory);
}

/** The story the article is a copy of; `none` when it has no copy. */
export function useArticleStory(articleId: string | null): StoryState {
  const { listVersion } = useLibrary();
  return useAnswer(articleId === null ? null : `${listVersion}:${articleId}`, articleId, loadArticleStory);
}

async function loadArticleStory(articleId: string): Promise<StoryInfo | null> {
  const storyId = await loadStoryId(articleId);
  return storyId === null ? null : loadStory(storyId);
}

function useAnswer(key: string | null, id: string | null, load: (id: string) => Promise<StoryInfo | null>): StoryState {
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (key === null || id === null) return;
    let live = true;
    load(id).then(
      (story) => live && setAnswer({ key, state: story ? { kind: 'loaded', story } : { kind: 'none' } }),
      (error: unknown) => live && setAnswer({ key, state: { kind: 'error', message: errorMessage(error) } }),
    );
    return () => {
      live = false;
    };
  }, [key, id, load]);
  if (key === null) return { kind: 'none' };
  if (answer?.key === key) return answer.state;
  // Keep the story on screen while the library's change is asked about, when it is the same one.
  if (answer?.state.kind === 'loaded' && answer.key.endsWith(`:${id}`)) return answer.state;
  return { kind: 'loading' };
}
