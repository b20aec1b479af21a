// The timeline's entries and lanes: articles by publication date and highlights by event date, grouped by story
// or tag (or not), each lane sorted by day so a range of it is found by halving.
import type { TimelineGrouping } from '../../src-preload/contract/analysis';

export interface TimelineArticle {
  readonly kind: 'article';
  readonly id: string;
  readonly title: string;
  /** ISO yyyy-mm-dd publication date. */
  readonly date: string;
  /** The date's day number (timeline-dates dayNumber), worked out once as the article arrives. */
  readonly day: number;
  readonly domain: string | null;
  /** The story cluster it is a copy in; null when it has no copy. */
  readonly story: string | null;
}

export interface TimelineEvent {
  readonly kind: 'event';
  readonly id: string;
  readonly articleId: string;
  readonly articleTitle: string;
  readonly quote: string;
  /** ISO yyyy-mm-dd: when it happened (the first day of a span), as the analyst set it. */
  readonly date: string;
  /** The date's day number. */
  readonly day: number;
  /** ISO yyyy-mm-dd: the span's last day, after `date`; absent for an event of one day. */
  readonly end?: string;
  /** The last day's number; absent for an event of one day. */
  readonly lastDay?: number;
  /** The article's publication date (the report), null when it has none. */
  readonly reportDate: string | null;
  readonly domain: string | null;
  readonly tags: readonly string[];
}

export type TimelineItem = TimelineArticle | TimelineEvent;

/** An item placed: its day number, for the axis. */
export interface PlacedItem {
  readonly item: TimelineItem;
  readonly day: number;
}

export interface Lane {
  readonly key: string;
  readonly label: string;
  /** Its items, by day (items of one day in the order given: articles, then events, as the view gives them). */
  readonly items: readonly PlacedItem[];
}

export const NO_TAG = 'No tag';
export const NO_STORY = 'Not in a story';

/** The last day an item covers: a span's last day, else its one day. */
export function lastDayOf(item: TimelineItem): number {
  return item.kind === 'event' ? Math.max(item.day, item.lastDay ?? item.day) : item.day;
}

/** The quote of an event, the title of an article. */
export function itemText(item: TimelineItem): string {
  return item.kind === 'event' ? item.quote : item.title;
}

export interface GroupingContext {
  /** An article's story (for an event: its article's). */
  readonly storyOf: (articleId: string) => string | null;
  /** A story's name (its first publisher's title). */
  readonly storyLabel: (story: string) => string;
  /** An article's own tags (the analyst's, on the article). */
  readonly articleTags: (articleId: string) => readonly string[];
}

/** The lane keys an item goes in: one story or none; each of its tags, or none. */
function keysOf(item: TimelineItem, grouping: TimelineGrouping, context: GroupingContext): readonly string[] {
  if (grouping === 'none') return [''];
  if (grouping === 'story') return [context.storyOf(item.kind === 'event' ? item.articleId : item.id) ?? ''];
  const tags = item.kind === 'event' ? item.tags : context.articleTags(item.id);
  return tags.length > 0 ? tags : [''];
}

/**
 * The lanes: not grouped, one lane of everything; by story, a lane per story (its name the first publisher's
 * title) and one for the rest; by tag, a lane per tag (an item with two tags is in both) and one for the untagged.
 * Named lanes come in order of their first day, the rest lane last.
 */
export function laneItems(
  items: readonly TimelineItem[],
  grouping: TimelineGrouping,
  context: GroupingContext,
): Lane[] {
  const placedAll = items.map((item) => ({ item, day: item.day }));
  // A stable sort by day alone (numbers, fast for 100,000 items): ties keep the order given.
  if (!placedAll.every((p, i) => i === 0 || (placedAll[i - 1]?.day ?? 0) <= p.day)) {
    placedAll.sort((a, b) => a.day - b.day);
  }
  const lanes = new Map<string, PlacedItem[]>();
  for (const placed of placedAll) {
    const { item } = placed;
    for (const key of keysOf(item, grouping, context)) {
      const lane = lanes.get(key);
      if (lane) lane.push(placed);
      else lanes.set(key, [placed]);
    }
  }
  const rest = grouping === 'story' ? NO_STORY : grouping === 'tag' ? NO_TAG : 'Everything';
  const result = [...lanes].map(([key, placed]) => ({
    key,
    label: key === '' ? rest : grouping === 'story' ? context.storyLabel(key) : key,
    items: placed,
  }));
  return result.sort(
    (a, b) =>
      Number(a.key === '') - Number(b.key === '') ||
      (a.items[0]?.day ?? 0) - (b.items[0]?.day ?? 0) ||
      a.label.localeCompare(b.label),
  );
}

/** The first index whose day is at or after `day` (items sorted by day). */
export function firstAtOrAfter(items: readonly { readonly day: number }[], day: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((items[mid]?.day ?? Infinity) < day) low = mid + 1;
    else high = mid;
  }
  return low;
}
