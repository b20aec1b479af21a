// Main's answers about stories (copies of one article across outlets), through the typed bridge. Until
// main offers them (an older main), each answer is "no story", so the views show nothing of stories.
import type { Api, ArticleId, StoryInfo } from '../../../../src-preload/contract';
import { getApi } from '../../platform/api';

interface StoryMethods {
  getStory(id: string): Promise<StoryInfo | null>;
  getStoryIds(ids: ArticleId[]): Promise<(string | null)[]>;
}

const methods = (): Partial<StoryMethods> => getApi() as Api & Partial<StoryMethods>;

/** The story with this id, its members origin first; null when there is none (any more). */
export async function loadStory(id: string): Promise<StoryInfo | null> {
  const api = methods();
  return api.getStory ? api.getStory(id) : null;
}

/** The story the article is a copy of, or null. */
export async function loadStoryId(article: ArticleId): Promise<string | null> {
  const api = methods();
  if (!api.getStoryIds) return null;
  const [id] = await api.getStoryIds([article]);
  return id ?? null;
}
