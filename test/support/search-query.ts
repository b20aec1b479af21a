// The search query the main-process tests send: every field the contract wants, the rest as given.
import type { SearchQuery } from '../../src-preload/contract';

export function searchQuery(text: string, extra: Partial<SearchQuery> = {}): SearchQuery {
  return { text, filters: {}, sort: 'relevance', offset: 0, limit: 50, ...extra };
}
