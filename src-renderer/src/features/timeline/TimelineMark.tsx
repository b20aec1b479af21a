// One mark on a lane: an article at its publication date, an event at its date (over its days, when it spans
// several) with a line back to its report from its first day (the gap in days on it), or a cluster counting what
// a bucket holds. A button: Enter or a click opens it.
import type { ReactNode } from 'react';
import type { Mark, TimeUnit } from '../../../../src-shared/analysis/timeline-scale';
import { dayNumber } from '../../../../src-shared/analysis/timeline-dates';
import { rowTop, ROW_HEIGHT } from './chart-layout';
import { clusterName, compactCount, itemName, shortGap } from './mark-text';

interface Props {
  readonly id: string;
  readonly lane: number;
  readonly mark: Mark;
  readonly unit: TimeUnit;
  readonly x: number;
  readonly width: number;
  /** A day's x on the track. */
  readonly dayX: (day: number) => number;
  readonly tabbable: boolean;
  readonly onFocus: () => void;
  readonly onActivate: () => void;
}

/** Marks keep a little air between neighbours. */
const GAP = 2;

export function TimelineMark({
  id,
  lane,
  mark,
  unit,
  x,
  width,
  dayX,
  tabbable,
  onFocus,
  onActivate,
}: Props): ReactNode {
  const top = rowTop(mark.row);
  const common = {
    id,
    type: 'button' as const,
    tabIndex: tabbable ? 0 : -1,
    'data-lane': lane,
    'data-mark': mark.key,
    onFocus,
    onClick: onActivate,
    style: { insetInlineStart: x + GAP / 2, width: Math.max(6, width - GAP), top, height: ROW_HEIGHT - 4 },
  };
  if (mark.kind === 'cluster') {
    const total = mark.articles + mark.events;
    const name = clusterName(mark, unit);
    // Denser buckets read darker: a log scale, so one busy day does not wash the rest out.
    const density = Math.min(1, Math.log10(total + 1) / 3);
    return (
      <button
        {...common}
        className={`tl-mark tl-cluster${mark.events > 0 ? ' has-events' : ''}`}
        style={{ ...common.style, ['--density' as string]: density.toFixed(2) }}
        aria-label={name}
        title={name}
        data-testid="timeline-cluster"
      >
        {mark.after > 0 ? '+' : ''}
        {compactCount(total)}
      </button>
    );
  }
  const { item } = mark.at;
  const name = itemName(item);
  if (item.kind === 'article') {
    return (
      <button
        {...common}
        className="tl-mark tl-article"
        aria-label={`${name}. Enter opens the article.`}
        title={name}
        data-testid="timeline-article"
        data-date={item.date}
      >
        <span className="tl-text" dir="auto">
          {item.title}
        </span>
      </button>
    );
  }
  const report = item.reportDate ? dayNumber(item.reportDate) : null;
  // At day zoom the line runs from the middle of the report's day to the event's mark.
  const eventX = dayX(mark.at.day) + (unit === 'day' ? dayX(1) - dayX(0) : 0) / 2;
  const reportX = report === null ? null : dayX(report) + (unit === 'day' ? dayX(1) - dayX(0) : 0) / 2;
  return (
    <>
      {reportX !== null && reportX !== eventX && (
        <span
          className="tl-gap"
          aria-hidden="true"
          style={{
            insetInlineStart: Math.min(reportX, eventX),
            width: Math.abs(eventX - reportX),
            // Just under the row's marks, so the articles between report and event do not hide it.
            top: top + ROW_HEIGHT - 3,
          }}
          data-from={reportX < eventX ? 'start' : 'end'}
        />
      )}
      <button
        {...common}
        className={`tl-mark tl-event${item.end ? ' tl-span' : ''}`}
        aria-label={`${name}. Enter opens the quote.`}
        title={name}
        data-testid="timeline-event"
        data-date={item.date}
        data-end={item.end}
        // The gap's badge is drawn from this (CSS): the accessible name says it in words.
        data-gap={item.reportDate ? shortGap(item.date, item.reportDate) : undefined}
      >
        <span className="tl-text" dir="auto">
          {item.quote}
        </span>
      </button>
    </>
  );
}
