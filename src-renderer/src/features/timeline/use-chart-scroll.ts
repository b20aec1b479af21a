// The timeline's scrolling: what is in view (read on scroll and resize, once a frame), the day kept in place when
// the zoom or the axis's first day changes (the middle of the view, or the day under the pointer for Ctrl+wheel),
// a span asked to be shown, and a mark scrolled into view. Right to left, the axis runs from the right.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { AXIS_HEIGHT, LABEL_WIDTH } from './chart-layout';

export interface View {
  /** Pixels scrolled from the axis's start (its left, or its right in a right-to-left page). */
  readonly start: number;
  readonly width: number;
  readonly top: number;
  readonly height: number;
}

interface Options {
  readonly pxPerDay: number;
  readonly first: number;
  readonly show: { readonly from: number; readonly to: number } | null;
  readonly onZoom: (step: 1 | -1) => void;
}

const isRtl = (element: HTMLElement): boolean => getComputedStyle(element).direction === 'rtl';
const startOf = (element: HTMLElement): number => Math.abs(element.scrollLeft);
function setStart(element: HTMLElement, start: number): void {
  const value = Math.max(0, start);
  element.scrollLeft = isRtl(element) ? -value : value;
}

export function useChartScroll(
  scroller: RefObject<HTMLDivElement | null>,
  setView: (view: View) => void,
  options: Options,
): { reveal: (from: number, until: number, laneTop: number, laneHeight: number) => void } {
  const { pxPerDay, first, show, onZoom } = options;
  /** The day (fractional) kept at `offset` pixels into the track's view when the scale changes. */
  const anchor = useRef<{ day: number; offset: number } | null>(null);
  const scale = useRef({ pxPerDay, first });
  scale.current = { pxPerDay, first };

  useEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    let frame = 0;
    const read = (): void => {
      frame = 0;
      const start = startOf(element);
      const trackView = Math.max(0, element.clientWidth - LABEL_WIDTH);
      const { pxPerDay: px, first: day0 } = scale.current;
      anchor.current = { day: day0 + (start + trackView / 2) / px, offset: trackView / 2 };
      setView({ start, width: element.clientWidth, top: element.scrollTop, height: element.clientHeight });
    };
    const later = (): void => {
      if (frame === 0) frame = requestAnimationFrame(read);
    };
    // Ctrl+wheel zooms about the day under the pointer; the page's own zoom is not what is meant here.
    const onWheel = (event: WheelEvent): void => {
      if (!event.ctrlKey || event.deltaY === 0) return;
      event.preventDefault();
      const box = element.getBoundingClientRect();
      const fromEdge = isRtl(element) ? box.right - event.clientX : event.clientX - box.left;
      const offset = Math.max(0, fromEdge - LABEL_WIDTH);
      const { pxPerDay: px, first: day0 } = scale.current;
      anchor.current = { day: day0 + (startOf(element) + offset) / px, offset };
      onZoom(event.deltaY < 0 ? 1 : -1);
    };
    read();
    element.addEventListener('scroll', later, { passive: true });
    element.addEventListener('wheel', onWheel, { passive: false });
    const resize = new ResizeObserver(later);
    resize.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', later);
      element.removeEventListener('wheel', onWheel);
      resize.disconnect();
    };
  }, [scroller, setView, onZoom]);

  // A new zoom or first day: the anchored day stays where it was in view.
  useLayoutEffect(() => {
    const element = scroller.current;
    const kept = anchor.current;
    if (!element || !kept) return;
    setStart(element, (kept.day - first) * pxPerDay - kept.offset);
  }, [scroller, pxPerDay, first]);

  // A span asked for: centred in view.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !show) return;
    const trackView = Math.max(0, element.clientWidth - LABEL_WIDTH);
    const middle = (show.from + show.to) / 2 - first;
    setStart(element, middle * pxPerDay - trackView / 2);
    anchor.current = { day: first + middle, offset: trackView / 2 };
    // Only a new request moves the view; the scale's changes are the effect above's.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [scroller, show]);

  const reveal = (from: number, until: number, laneTop: number, laneHeight: number): void => {
    const element = scroller.current;
    if (!element) return;
    const trackView = Math.max(0, element.clientWidth - LABEL_WIDTH);
    const start = startOf(element);
    const left = (from - first) * pxPerDay;
    const right = (until - first) * pxPerDay;
    if (left < start || right > start + trackView) setStart(element, (left + right) / 2 - trackView / 2);
    const lanesView = element.clientHeight - AXIS_HEIGHT;
    if (laneTop < element.scrollTop) element.scrollTop = laneTop;
    else if (laneTop + laneHeight > element.scrollTop + lanesView) element.scrollTop = laneTop + laneHeight - lanesView;
  };
  return { reveal };
}
