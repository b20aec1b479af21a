// The timeline's lanes for a grouping and the library's filters: the filtered articles from main, the dated
// highlights the filters let through, and each story named by its first publisher's title.
import { useMemo } from 'react';
import type { SearchFilters } from '../../../../src-preload/contract';
import type { TimelineGrouping } from '../../../../src-preload/contract/analysis';
import { laneItems, type Lane, type TimelineItem } from '../../../../src-shared/analysis/timeline-model';
import { useArticleTags } from '../evidence/use-article-tags';
import { useTimelineArticles, type TimelineArticles } from './use-timeline-articles';
import { useTimelineEvents } from './use-timeline-events';

export interface TimelineData {
  readonly lanes: readonly Lane[];
  readonly articles: TimelineArticles;
  readonly events: number;
  /** Every item placed (an item in two lanes counts once). */
  readonly items: number;
}

export function useTimelineLanes(grouping: TimelineGrouping, filters: SearchFilters): TimelineData {
  const articles = useTimelineArticles(filters);
  const { events } = useTimelineEvents(filters);
  const articleTags = useArticleTags();
  return useMemo(() => {
    const byId = new Map(articles.articles.map((a) => [a.id, a]));
    // The earliest copy in view names its story (main lists newest first).
    const storyNames = new Map<string, string>();
    for (const a of articles.articles) if (a.story) storyNames.set(a.story, a.title);
    const items: TimelineItem[] = [...articles.articles, ...events];
    const lanes = laneItems(items, grouping, {
      storyOf: (id) => byId.get(id)?.story ?? null,
      storyLabel: (story) => storyNames.get(story) ?? 'A story',
      articleTags: (id) => articleTags.get(id) ?? [],
    });
    return { lanes, articles, events: events.length, items: items.length };
  }, [articles, events, articleTags, grouping]);
}
