// The timeline itself: one horizontal day axis, natively scrollable both ways, with a lane per group. Only the
// lanes and marks in view are drawn. Its marks are one tab stop: ←/→ step through a lane in date order, ↑/↓ to
// the lane above or below, Home/End to a lane's ends, Enter opens an item (or zooms into a cluster).
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { dayIso } from '../../../../src-shared/analysis/timeline-dates';
import type { TimelineItem } from '../../../../src-shared/analysis/timeline-model';
import { unitNext, unitStart, type Mark, type TimeUnit } from '../../../../src-shared/analysis/timeline-scale';
import { plural } from '../../ui/format';
import { TimelineAxis } from './TimelineAxis';
import { AXIS_HEIGHT, LABEL_WIDTH, marksInView, type LaidLane } from './chart-layout';
import { TimelineMark } from './TimelineMark';
import { useChartScroll, type View } from './use-chart-scroll';

interface Props {
  readonly lanes: readonly LaidLane[];
  readonly unit: TimeUnit;
  readonly pxPerDay: number;
  /** The axis's first and last day numbers. */
  readonly first: number;
  readonly last: number;
  /** A request to show this span of days (a new object each time). */
  readonly show: { readonly from: number; readonly to: number } | null;
  readonly onRange: (from: string, to: string) => void;
  /** The day (with its fraction) in the middle of the view, each time the view moves or zooms. */
  readonly onMiddle: (day: number) => void;
  /** Zoom a step in (1) or out (−1), keeping `anchor` (a day and its offset in view) where it is. */
  readonly onZoom: (step: 1 | -1) => void;
  readonly onZoomTo: (from: number, to: number) => void;
  readonly onExpand: (laneKey: string) => void;
  readonly onOpen: (item: TimelineItem) => void;
}

interface Active {
  readonly lane: number;
  readonly mark: string;
}

/** Days drawn beyond each side of the view, so a short scroll shows marks at once. */
const MARGIN_PX = 400;
/** The view before the scroller is first read: nothing is known of it yet. */
const UNREAD: View = { start: 0, width: 800, top: 0, height: 400 };

export function TimelineChart(props: Props): ReactNode {
  const { lanes, unit, pxPerDay, first } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>(UNREAD);
  const scroll = useChartScroll(scroller, setView, { pxPerDay, first, show: props.show, onZoom: props.onZoom });
  // The axis runs on to fill the view when the items span less.
  const last = Math.max(props.last, first + Math.ceil(Math.max(0, view.width - LABEL_WIDTH) / pxPerDay) - 1);
  const [active, setActive] = useState<Active | null>(null);
  const focusPending = useRef(false);
  const trackWidth = Math.max(1, (last - first + 1) * pxPerDay);
  const totalHeight = lanes.reduce((sum, lane) => sum + lane.height, 0);
  const trackView = Math.max(0, view.width - LABEL_WIDTH);
  const fromDay = first + Math.floor(Math.max(0, view.start - MARGIN_PX) / pxPerDay);
  const toDay = first + Math.ceil((view.start + trackView + MARGIN_PX) / pxPerDay);
  const seenFrom = Math.min(last, first + Math.floor(view.start / pxPerDay));
  const seenTo = Math.max(seenFrom, Math.min(last, first + Math.floor((view.start + trackView - 1) / pxPerDay)));
  const visibleFrom = dayIso(seenFrom);
  const visibleTo = dayIso(seenTo);
  const { onRange, onMiddle } = props;
  useEffect(() => onRange(visibleFrom, visibleTo), [onRange, visibleFrom, visibleTo]);
  const middle = view === UNREAD ? null : first + (view.start + trackView / 2) / pxPerDay;
  useEffect(() => {
    if (middle !== null) onMiddle(middle);
  }, [onMiddle, middle]);

  const shownLanes = lanes
    .map((laid, index) => ({ laid, index }))
    .filter(({ laid }) => laid.top + laid.height >= view.top - 200 && laid.top <= view.top + view.height + 200);
  const activeMark = active ? stillThere(lanes, active) : null;
  /** The marks had the focus: a zoom that takes the focused mark away gives it to the mark that took its place. */
  const hadFocus = useRef(false);

  // After a key moved to a mark that had to be scrolled into view, it takes the focus once drawn.
  useEffect(() => {
    if (hadFocus.current && document.activeElement === document.body) focusPending.current = true;
    if (!focusPending.current || !activeMark) return;
    const element = document.getElementById(markId(activeMark.lane, activeMark.mark));
    if (element) {
      focusPending.current = false;
      element.focus();
    }
  });

  const moveTo = (lane: number, mark: Mark): void => {
    focusPending.current = true;
    setActive({ lane, mark: mark.key });
    const laid = lanes[lane];
    if (laid) scroll.reveal(mark.day, mark.kind === 'cluster' ? mark.until : mark.day + 1, laid.top, laid.height);
  };

  const activate = (lane: LaidLane, mark: Mark): void => {
    if (mark.kind === 'item') props.onOpen(mark.at.item);
    else if (unit === 'day') props.onExpand(lane.lane.key);
    else props.onZoomTo(mark.day, mark.until);
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    const laneIndex = Number(target.dataset['lane']);
    const lane = lanes[laneIndex];
    const index = lane?.marks.findIndex((m) => m.key === target.dataset['mark']) ?? -1;
    const mark = lane?.marks[index];
    if (!lane || !mark || event.altKey || event.ctrlKey || event.metaKey) return;
    const rtl = getComputedStyle(target).direction === 'rtl';
    const later = rtl ? 'ArrowLeft' : 'ArrowRight';
    const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
    let next: { lane: number; mark: Mark | undefined } | null = null;
    if (event.key === later) next = { lane: laneIndex, mark: lane.marks[index + 1] };
    else if (event.key === earlier) next = { lane: laneIndex, mark: lane.marks[index - 1] };
    else if (event.key === 'Home') next = { lane: laneIndex, mark: lane.marks[0] };
    else if (event.key === 'End') next = { lane: laneIndex, mark: lane.marks.at(-1) };
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const to = laneIndex + (event.key === 'ArrowDown' ? 1 : -1);
      next = { lane: to, mark: nearest(lanes[to]?.marks ?? [], mark.day) };
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(lane, mark);
      return;
    } else return;
    event.preventDefault();
    if (next.mark) moveTo(next.lane, next.mark);
  };

  const tabStop = activeMark ?? firstShown(shownLanes, seenFrom, seenTo);
  return (
    <div className="timeline-scroller" ref={scroller} data-testid="timeline-scroller">
      <div className="timeline-canvas" style={{ width: LABEL_WIDTH + trackWidth, height: AXIS_HEIGHT + totalHeight }}>
        <TimelineAxis
          unit={unit}
          pxPerDay={pxPerDay}
          first={first}
          from={Math.max(first, fromDay)}
          to={Math.min(last, toDay)}
          width={trackWidth}
        />
        <div
          className="timeline-lanes"
          role="group"
          aria-label="Timeline lanes"
          onKeyDown={onKeyDown}
          onFocus={() => (hadFocus.current = true)}
          onBlur={(e) => {
            // Focus moved elsewhere on purpose (not lost with a mark that went away).
            if (e.relatedTarget !== null) hadFocus.current = false;
          }}
        >
          {shownLanes.map(({ laid, index }) => (
            <div
              key={laid.lane.key}
              className="timeline-lane"
              role="group"
              aria-label={`${laid.lane.label}: ${plural(laid.lane.items.length, 'item')}`}
              data-testid="timeline-lane"
              style={{ top: laid.top, height: laid.height }}
            >
              <div className="timeline-lane-label" title={laid.lane.label} aria-hidden="true">
                <span className="timeline-lane-name" dir="auto">
                  {laid.lane.label}
                </span>
                <span className="timeline-lane-count" dir="auto">
                  {plural(laid.lane.items.length, 'item')}
                </span>
                {laid.folded && <span className="timeline-lane-folded">+ more on some days</span>}
              </div>
              <div className="timeline-track" style={{ width: trackWidth }}>
                {marksInView(laid.marks, fromDay, toDay, laid.reach).map((mark) => (
                  <TimelineMark
                    key={mark.key}
                    id={markId(index, mark.key)}
                    lane={index}
                    mark={mark}
                    unit={unit}
                    x={(spanStart(mark, unit) - first) * pxPerDay}
                    width={(spanEnd(mark, unit, laid.spans) - spanStart(mark, unit)) * pxPerDay}
                    dayX={(day) => (day - first) * pxPerDay}
                    tabbable={tabStop?.lane === index && tabStop.mark === mark.key}
                    onFocus={() => setActive({ lane: index, mark: mark.key })}
                    onActivate={() => activate(laid, mark)}
                  />
                ))}
              </div>
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

/** The active mark as the lanes are now: itself, or the cluster its item went into at another zoom. */
function stillThere(lanes: readonly LaidLane[], active: Active): Active | null {
  const marks = lanes[active.lane]?.marks ?? [];
  if (marks.some((m) => m.key === active.mark)) return active;
  const holder = marks.find(
    (m) => m.kind === 'cluster' && m.items.some((p) => `${p.item.kind}:${p.item.id}` === active.mark),
  );
  return holder ? { lane: active.lane, mark: holder.key } : null;
}

const markId = (lane: number, mark: string): string => `tl-${lane}-${mark.replace(/[^\w-]/g, '_')}`;

/** Where a mark's box starts and ends, in days: its day at day zoom, else its bucket. */
const spanStart = (mark: Mark, unit: TimeUnit): number => (unit === 'day' ? mark.day : unitStart(mark.day, unit));
const spanEnd = (mark: Mark, unit: TimeUnit, spans: ReadonlyMap<string, number>): number =>
  mark.kind === 'cluster'
    ? mark.until
    : unit === 'day'
      ? mark.day + (spans.get(mark.key) ?? 1)
      : unitNext(spanStart(mark, unit), unit);

/** The mark of a lane nearest a day (for ↑/↓). */
function nearest(marks: readonly Mark[], day: number): Mark | undefined {
  let best: Mark | undefined;
  for (const mark of marks) {
    if (!best || Math.abs(mark.day - day) < Math.abs(best.day - day)) best = mark;
    if (mark.day > day && best !== mark) break;
  }
  return best;
}

/** The first mark in view, which takes the tab stop while no mark is active. */
function firstShown(
  shown: readonly { laid: LaidLane; index: number }[],
  from: number,
  to: number,
): { lane: number; mark: string } | null {
  for (const { laid, index } of shown) {
    const mark = marksInView(laid.marks, from, to, laid.reach)[0];
    if (mark) return { lane: index, mark: mark.key };
  }
  return null;
}
