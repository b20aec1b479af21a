// The timeline's lanes for a grouping and the library's filters: the filtered articles from main, the dated
// highlights (those of articles the filters let through, when filters are set), and each story named by its
// first publisher's title.
import { useMemo } from 'react';
import type { SearchFilters } from '../../../../src-preload/contract';
import type { TimelineGrouping } from '../../../../src-preload/contract/analysis';
import { laneItems, type Lane, type TimelineItem } from '../../../../src-shared/analysis/timeline-model';
import { activeFilterCount } from '../search/SearchFilters';
import { useTimelineArticles, type TimelineArticles } from './use-timeline-articles';
import { useArticleTags, useTimelineEvents } from './use-timeline-events';

export interface TimelineData {
  readonly lanes: readonly Lane[];
  readonly articles: TimelineArticles;
  readonly events: number;
  /** Every item placed (an item in two lanes counts once). */
  readonly items: number;
}

export function useTimelineLanes(grouping: TimelineGrouping, filters: SearchFilters): TimelineData {
  const articles = useTimelineArticles(filters);
  const { events } = useTimelineEvents();
  const articleTags = useArticleTags();
  const filtered = activeFilterCount(filters) > 0;
  return useMemo(() => {
    const byId = new Map(articles.articles.map((a) => [a.id, a]));
    // The earliest copy in view names its story (main lists newest first).
    const storyNames = new Map<string, string>();
    for (const a of articles.articles) if (a.story) storyNames.set(a.story, a.title);
    const shownEvents = filtered ? events.filter((e) => byId.has(e.articleId)) : events;
    const items: TimelineItem[] = [...articles.articles, ...shownEvents];
    const lanes = laneItems(items, grouping, {
      storyOf: (id) => byId.get(id)?.story ?? null,
      storyLabel: (story) => storyNames.get(story) ?? 'A story',
      articleTags: (id) => articleTags.get(id) ?? [],
    });
    return { lanes, articles, events: shownEvents.length, items: items.length };
  }, [articles, events, articleTags, grouping, filtered]);
}
