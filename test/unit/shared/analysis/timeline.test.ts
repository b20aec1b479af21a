// The timeline's pure parts: calendar days, lanes by story and tag, the units and clusters of a zoom (an event
// spanning days keeping its row over them), and the range that goes out as a brief's list or CSV.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayIso,
  dayNumber,
  daysBetween,
  isIsoDate,
  mondayOf,
} from '../../../../src-shared/analysis/timeline-dates';
import {
  laneItems,
  NO_STORY,
  NO_TAG,
  type GroupingContext,
  type TimelineArticle,
  type TimelineEvent,
} from '../../../../src-shared/analysis/timeline-model';
import { csvRows, entriesInRange, itemsTouching, spanReach } from '../../../../src-shared/analysis/timeline-range';
import { deepestDay, marksOf, ticks, unitFor, unitStart } from '../../../../src-shared/analysis/timeline-scale';

const article = (id: string, date: string, story: string | null = null): TimelineArticle => ({
  kind: 'article',
  id,
  title: `Title ${id}`,
  date,
  day: dayNumber(date),
  domain: 'example.com',
  story,
});
const event = (id: string, date: string, articleId: string, tags: string[] = []): TimelineEvent => ({
  kind: 'event',
  id,
  articleId,
  articleTitle: `Title ${articleId}`,
  quote: `Quote ${id}`,
  date,
  day: dayNumber(date),
  reportDate: '2022-02-11',
  domain: 'example.com',
  tags,
});
/** An event over days, `date` to `end`. */
const span = (id: string, date: string, end: string, articleId: string, tags: string[] = []): TimelineEvent => ({
  ...event(id, date, articleId, tags),
  end,
  lastDay: dayNumber(end),
});
const context = (stories: Record<string, string>, tags: Record<string, string[]> = {}): GroupingContext => ({
  storyOf: (id) => stories[id] ?? null,
  storyLabel: (story) => `Story ${story}`,
  articleTags: (id) => tags[id] ?? [],
});

describe('calendar days', () => {
  it('counts days across months, years and leap days, free of time zones', () => {
    expect(daysBetween('2022-02-11', '2022-02-17')).toBe(6);
    expect(daysBetween('2022-02-17', '2022-02-11')).toBe(-6);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(dayIso(dayNumber('1969-07-20'))).toBe('1969-07-20');
    expect(dayIso(mondayOf(dayNumber('2022-02-13')))).toBe('2022-02-07');
    expect(dayIso(mondayOf(dayNumber('2022-02-14')))).toBe('2022-02-14');
    expect(isIsoDate('2022-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('20220211')).toBe(false);
  });
});

describe('laneItems', () => {
  const items = [
    article('a', '2022-02-11', 's1'),
    article('b', '2022-02-12', 's1'),
    article('c', '2022-02-10'),
    event('e', '2022-02-17', 'a', ['talks', 'russia']),
  ];

  it('puts everything in one lane in date order when not grouped', () => {
    const [lane, ...rest] = laneItems(items, 'none', context({}));
    expect(rest).toEqual([]);
    expect(lane?.items.map((p) => p.item.id)).toEqual(['c', 'a', 'b', 'e']);
  });

  it('groups by story: an event goes with its article, the rest last', () => {
    const lanes = laneItems(items, 'story', context({ a: 's1', b: 's1' }));
    expect(lanes.map((l) => [l.label, l.items.map((p) => p.item.id)])).toEqual([
      ['Story s1', ['a', 'b', 'e']],
      [NO_STORY, ['c']],
    ]);
  });

  it('groups by tag: an item with two tags is in both lanes, the untagged last', () => {
    const lanes = laneItems(items, 'tag', context({}, { c: ['talks'] }));
    expect(lanes.map((l) => [l.label, l.items.map((p) => p.item.id)])).toEqual([
      ['talks', ['c', 'e']],
      ['russia', ['e']],
      [NO_TAG, ['a', 'b']],
    ]);
  });
});

describe('the scale', () => {
  it('picks a unit by zoom and starts each unit where the calendar does', () => {
    expect([160, 48, 24, 6, 1.5, 0.6, 0.25].map(unitFor)).toEqual([
      'day',
      'day',
      'week',
      'week',
      'month',
      'month',
      'year',
    ]);
    const day = dayNumber('2022-02-17');
    expect(dayIso(unitStart(day, 'week'))).toBe('2022-02-14');
    expect(dayIso(unitStart(day, 'month'))).toBe('2022-02-01');
    expect(dayIso(unitStart(day, 'year'))).toBe('2022-01-01');
    expect(ticks(dayNumber('2022-01-15'), dayNumber('2022-04-01'), 'month').map(dayIso)).toEqual([
      '2022-01-01',
      '2022-02-01',
      '2022-03-01',
      '2022-04-01',
    ]);
  });

  it('shows single items, and clusters a bucket that holds more than fits', () => {
    const [lane] = laneItems(
      [
        article('a', '2022-02-11'),
        article('b', '2022-02-11'),
        article('c', '2022-02-11'),
        event('e', '2022-02-17', 'a'),
      ],
      'none',
      context({}),
    );
    const items = lane?.items ?? [];
    // Day zoom with two rows: one item and "+2" on the 11th, the event alone on the 17th.
    expect(marksOf(items, 'day', 2).map((m) => [m.kind, dayIso(m.day), m.row])).toEqual([
      ['item', '2022-02-11', 0],
      ['cluster', '2022-02-11', 1],
      ['item', '2022-02-17', 0],
    ]);
    expect(marksOf(items, 'day', 3).filter((m) => m.kind === 'cluster')).toEqual([]);
    // Month zoom: one cluster of three articles and an event.
    const [month] = marksOf(items, 'month', 4);
    expect(month).toMatchObject({ kind: 'cluster', articles: 3, events: 1, day: dayNumber('2022-02-01') });
    expect(marksOf(items, 'month', 4)).toHaveLength(1);
  });

  it('keeps an event over its days in its row: later days stack in the rows it leaves free', () => {
    const [lane] = laneItems(
      [
        span('s', '2022-02-17', '2022-02-18', 'a'),
        article('b', '2022-02-18'),
        article('c', '2022-02-19'),
        article('d', '2022-02-17'),
      ],
      'none',
      context({}),
    );
    const items = lane?.items ?? [];
    // Two items on the 17th, and on the 18th the span still there beside the article: two rows at day zoom.
    expect(deepestDay(items)).toBe(2);
    const marks = marksOf(items, 'day', 2);
    // Keyboard order is by first day: the span first (its first day), then the 18th, then the 19th.
    expect(marks.map((m) => [m.key, dayIso(m.day), m.row])).toEqual([
      ['event:s', '2022-02-17', 0],
      ['article:d', '2022-02-17', 1],
      // Row 0 is the span's on the 18th: the article takes the free row.
      ['article:b', '2022-02-18', 1],
      // The span is over: row 0 is free again.
      ['article:c', '2022-02-19', 0],
    ]);
    // Folded to one row, the 18th has no free row: its article takes the span's (which then stops there).
    const folded = marksOf(
      items.filter((p) => p.item.id !== 'd'),
      'day',
      1,
    );
    expect(folded.map((m) => [m.key, m.row])).toEqual([
      ['event:s', 0],
      ['article:b', 0],
      ['article:c', 0],
    ]);
    // Wider units count an event in the bucket of its first day.
    expect(marksOf(items, 'week', 1).map((m) => [m.kind, dayIso(m.day)])).toEqual([['cluster', '2022-02-14']]);
  });

  it('counts a long span on every day it covers', () => {
    const [lane] = laneItems(
      [
        span('s', '2022-02-01', '2022-02-28', 'a'),
        span('t', '2022-02-10', '2022-02-12', 'a'),
        article('b', '2022-02-11'),
      ],
      'none',
      context({}),
    );
    expect(deepestDay(lane?.items ?? [])).toBe(3);
    const [lone] = laneItems(
      [span('s', '2022-02-01', '2022-02-02', 'a'), article('b', '2022-02-03')],
      'none',
      context({}),
    );
    expect(deepestDay(lone?.items ?? [])).toBe(1);
  });

  it('lays out 100,000 articles in one lane at every unit', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      article(String(i), dayIso(dayNumber('2010-01-01') + (i % 4000))),
    );
    const started = performance.now();
    const [lane] = laneItems(many, 'none', context({}));
    const years = marksOf(lane?.items ?? [], 'year', 1);
    const days = marksOf(lane?.items ?? [], 'day', 4);
    console.info(`100,000 articles: lanes and marks in ${Math.round(performance.now() - started)} ms`);
    expect(years.reduce((n, m) => n + (m.kind === 'cluster' ? m.articles : 1), 0)).toBe(100_000);
    expect(years).toHaveLength(11);
    expect(days.filter((m) => m.kind === 'cluster')).toHaveLength(4000);
  });
});

describe('a range going out', () => {
  const lanes = laneItems(
    [
      article('a', '2022-02-11'),
      event('e', '2022-02-17', 'a', ['talks']),
      span('s', '2022-02-28', '2022-03-02', 'a'),
      article('z', '2022-03-01'),
    ],
    'tag',
    context({}),
  );

  it('lists every lane’s entries between two days, by date', () => {
    expect(entriesInRange(lanes, '2022-02-01', '2022-02-28', true).map((e) => [e.item.id, e.group])).toEqual([
      ['a', NO_TAG],
      ['e', 'talks'],
      // A span is in the range of its first day.
      ['s', NO_TAG],
    ]);
    expect(entriesInRange(lanes, '2022-02-12', '2022-02-16', true)).toEqual([]);
    expect(entriesInRange(lanes, '2022-02-17', '2022-02-17', false).map((e) => e.group)).toEqual(['']);
  });

  it('takes in a span that began before the range and runs into it, and not one that ended before it', () => {
    expect(entriesInRange(lanes, '2022-03-01', '2022-03-31', true).map((e) => e.item.id)).toEqual(['s', 'z']);
    expect(entriesInRange(lanes, '2022-03-02', '2022-03-02', false).map((e) => e.item.id)).toEqual(['s']);
    expect(entriesInRange(lanes, '2022-03-03', '2022-12-31', false)).toEqual([]);
    const noTag = lanes.find((lane) => lane.label === NO_TAG);
    expect(noTag && spanReach(noTag)).toBe(2);
    expect(
      noTag && itemsTouching(noTag, dayNumber('2022-03-01'), dayNumber('2022-03-01')).map((p) => p.item.id),
    ).toEqual(['s', 'z']);
  });

  it('writes CSV rows with the days in words, a span’s last day, and the gap from the report to its first day', () => {
    expect(csvRows(entriesInRange(lanes, '2022-02-01', '2022-02-28', true))).toEqual([
      ['Date', 'End date', 'When', 'Kind', 'Group', 'Text', 'Article', 'Outlet', 'Report date', 'Gap (days)'],
      ['2022-02-11', null, '11 Feb 2022', 'article', NO_TAG, 'Title a', 'Title a', 'example.com', null, null],
      ['2022-02-17', null, '17 Feb 2022', 'event', 'talks', 'Quote e', 'Title a', 'example.com', '2022-02-11', 6],
      [
        '2022-02-28',
        '2022-03-02',
        '28 Feb – 2 Mar 2022',
        'event',
        NO_TAG,
        'Quote s',
        'Title a',
        'example.com',
        '2022-02-11',
        17,
      ],
    ]);
  });
});
