// A list that renders only the rows in view (fixed row height), so 100,000 rows scroll smoothly.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  readonly count: number;
  readonly rowHeight: number;
  readonly renderRow: (index: number) => ReactNode;
  /** Called with the rows in view (plus some margin), to load what they need. */
  readonly onRangeChange?: (start: number, end: number) => void;
  /** Row to bring into view (keyboard navigation). */
  readonly scrollToIndex?: number | null;
  readonly overscan?: number;
  readonly label: string;
  readonly testId?: string;
  readonly onKeyDown?: (event: React.KeyboardEvent) => void;
}

export function VirtualList({
  count,
  rowHeight,
  renderRow,
  onRangeChange,
  scrollToIndex,
  overscan = 8,
  label,
  testId,
  onKeyDown,
}: Props): ReactNode {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    setHeight(element.clientHeight);
    return () => observer.disconnect();
  }, []);

  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);

  useEffect(() => onRangeChange?.(start, end), [start, end, onRangeChange]);

  useEffect(() => {
    const element = scroller.current;
    if (!element || scrollToIndex === null || scrollToIndex === undefined) return;
    const top = scrollToIndex * rowHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + element.clientHeight)
      element.scrollTop = top + rowHeight - element.clientHeight;
  }, [scrollToIndex, rowHeight]);

  const rows: ReactNode[] = [];
  for (let i = start; i < end; i++) {
    rows.push(
      <div key={i} role="listitem" className="virtual-row" style={{ top: i * rowHeight, height: rowHeight }}>
        {renderRow(i)}
      </div>,
    );
  }
  return (
    <div
      ref={scroller}
      className="virtual-scroller"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div
        role="list"
        aria-label={label}
        data-testid={testId}
        className="virtual-body"
        style={{ height: count * rowHeight }}
      >
        {rows}
      </div>
    </div>
  );
}
