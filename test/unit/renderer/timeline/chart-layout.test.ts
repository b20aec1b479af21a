// Where the timeline's lanes and marks sit: rows stacked at day zoom (folded past four until expanded), lanes
// one under another, a mark widened over the free days after it, and only the marks in view picked out.
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../../src-shared/analysis/timeline-dates';
import { laneItems, type TimelineArticle } from '../../../../src-shared/analysis/timeline-model';
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
