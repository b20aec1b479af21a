// Where the timeline's lanes and marks sit: rows stacked at day zoom (folded past four until expanded), lanes
// one under another, a mark widened over the free days after it, an event over the days it spans, and only
// the marks in view picked out.
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../../src-shared/analysis/timeline-dates';
import { laneItems, type TimelineArticle, type TimelineEvent } from '../../../../src-shared/analysis/timeline-model';
import { layLanes, marksInView, ROW_HEIGHT } from '../../../../src-renderer/src/features/timeline/chart-layout';

const article = (id: string, date: string, tags: string[] = []): TimelineArticle & { tags: string[] } => ({
  kind: 'article',
  id,
  title: id,
  date,
  day: dayNumber(date),
  domain: null,
  story: null,
  tags,
});

const lanes = laneItems(
  [
    ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => article(id, '2022-02-11', ['busy'])),
    article('g', '2022-02-20', ['busy']),
    article('h', '2022-02-14', ['quiet']),
  ],
  'tag',
  { storyOf: () => null, storyLabel: (s) => s, articleTags: (id) => (id <= 'g' ? ['busy'] : ['quiet']) },
);

describe('layLanes', () => {
  it('stacks a day’s items in at most four rows until the lane is expanded', () => {
    const [busy, quiet] = layLanes(lanes, 'day', new Set());
    expect(busy?.rows).toBe(4);
    expect(busy?.folded).toBe(true);
    expect(busy?.marks.map((m) => m.kind)).toEqual(['item', 'item', 'item', 'cluster', 'item']);
    expect(quiet?.top).toBe(busy?.height);
    expect(quiet?.height).toBe(ROW_HEIGHT + 16);
    const [open] = layLanes(lanes, 'day', new Set(['busy']));
    expect(open?.rows).toBe(6);
    expect(open?.marks.filter((m) => m.kind === 'cluster')).toEqual([]);
  });

  it('widens a mark over the free days after it in its row, at most three', () => {
    const [busy] = layLanes(lanes, 'day', new Set());
    expect(busy?.spans.get('article:a')).toBe(3);
    expect(busy?.spans.get('article:g')).toBe(3);
    const [week] = layLanes(lanes, 'week', new Set());
    expect(week?.spans.size).toBe(0);
  });

  it('picks the marks that overlap the days in view', () => {
    const [busy] = layLanes(lanes, 'day', new Set());
    const marks = busy?.marks ?? [];
    expect(marksInView(marks, dayNumber('2022-02-15'), dayNumber('2022-02-25')).map((m) => m.key)).toEqual([
      'article:g',
    ]);
    expect(marksInView(marks, dayNumber('2022-02-14'), dayNumber('2022-02-19'))).toEqual([]);
    // Items widened over the days after them still show when only those days are in view (the cluster does not).
    expect(marksInView(marks, dayNumber('2022-02-13'), dayNumber('2022-02-19'))).toHaveLength(3);
    // A month's cluster overlaps any day of its month.
    const [month] = layLanes(lanes, 'month', new Set());
    expect(marksInView(month?.marks ?? [], dayNumber('2022-02-27'), dayNumber('2022-03-05'))).toHaveLength(1);
  });
});

const event = (id: string, date: string, end?: string): TimelineEvent => ({
  kind: 'event',
  id,
  articleId: 'a',
  articleTitle: 'A',
  quote: id,
  date,
  day: dayNumber(date),
  ...(end === undefined ? {} : { end, lastDay: dayNumber(end) }),
  reportDate: '2022-02-11',
  domain: null,
  tags: [],
});
const lay = (items: readonly (TimelineArticle | TimelineEvent)[], rows?: number) => {
  const [lane] = laneItems(items, 'none', { storyOf: () => null, storyLabel: (s) => s, articleTags: () => [] });
  if (!lane) throw new Error('no lane');
  const [laid] = layLanes([lane], 'day', rows === undefined ? new Set() : new Set([lane.key]));
  if (!laid) throw new Error('not laid');
  return laid;
};

describe('an event over days', () => {
  it('covers exactly its days at day zoom, where a one-day event widens for its text', () => {
    const laid = lay([event('talks', '2022-02-17', '2022-02-18'), event('one', '2022-02-24')]);
    expect(laid.spans.get('event:talks')).toBe(2);
    expect(laid.spans.get('event:one')).toBe(3);
    // A month-long span reaches into a view that starts after its first day.
    const long = lay([event('month', '2022-03-01', '2022-03-31')]);
    expect(long.spans.get('event:month')).toBe(31);
    expect(marksInView(long.marks, dayNumber('2022-03-20'), dayNumber('2022-03-25'), long.reach)).toHaveLength(1);
    expect(marksInView(long.marks, dayNumber('2022-04-01'), dayNumber('2022-04-05'), long.reach)).toEqual([]);
  });

  it('takes a row of its own over its days; only when none is free does a later mark cut it short', () => {
    const laid = lay([event('talks', '2022-02-17', '2022-02-20'), article('b', '2022-02-18')]);
    expect(laid.rows).toBe(2);
    expect(laid.marks.map((m) => [m.key, m.row])).toEqual([
      ['event:talks', 0],
      ['article:b', 1],
    ]);
    expect(laid.spans.get('event:talks')).toBe(4);
    // Four spans fill the four folded rows: an article on their second day takes the first row, cutting it short.
    const full = lay([
      ...['p', 'q', 'r', 's'].map((id) => event(id, '2022-02-17', '2022-02-20')),
      article('b', '2022-02-18'),
    ]);
    expect(full.rows).toBe(4);
    expect(full.folded).toBe(true);
    expect(full.marks.find((m) => m.key === 'article:b')?.row).toBe(0);
    expect(['p', 'q', 'r', 's'].map((id) => full.spans.get(`event:${id}`))).toEqual([1, 4, 4, 4]);
    // A span of a year and more: the lane looks back that far for marks in view (the article's days are past).
    const years = lay([event('war', '2020-01-01', '2022-06-30'), article('b', '2022-03-01')]);
    expect(years.reach).toBe(dayNumber('2022-06-30') - dayNumber('2020-01-01') + 1);
    expect(
      marksInView(years.marks, dayNumber('2022-05-01'), dayNumber('2022-05-02'), years.reach).map((m) => m.key),
    ).toEqual(['event:war']);
  });
});
