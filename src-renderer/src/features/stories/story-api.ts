// Main's answers about stories (copies of one article across outlets), through the typed bridge. Until
// main offers them (an older main), each answer is "no story", so the views show nothing of stories.
import type { Api, ArticleId, StoryInfo } from '../../../../src-preload/contract';
import { getApi } from '../../platform/api';

interface StoryMethods {
  getStory(id: ArticleId): Promise<StoryInfo | null>;
}

/** The story the article is a copy in: every copy, the origin first; null when it has no copy. */
export async function loadStory(article: ArticleId): Promise<StoryInfo | null> {
  const api: Partial<StoryMethods> = getApi() as Api & Partial<StoryMethods>;
  return api.getStory ? api.getStory(article) : null;
}
