// A list that renders only the rows in view, so 100,000 rows scroll smoothly: @tanstack/react-virtual
// places fixed-height rows, and the caller hears which rows are in view to load what they show.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  readonly count: number;
  readonly rowHeight: number;
  readonly renderRow: (index: number) => ReactNode;
  /** Called with the rows in view (plus some margin, end exclusive), to load what they need. */
  readonly onRangeChange?: (start: number, end: number) => void;
  /** Row to bring into view (keyboard navigation). */
  readonly scrollToIndex?: number | null;
  readonly overscan?: number;
  readonly label: string;
  readonly testId?: string;
  readonly onKeyDown?: (event: KeyboardEvent) => void;
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
  // The page is not built with React Compiler, and this component memoizes nothing the virtualizer returns.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan,
  });
  const rows = virtualizer.getVirtualItems();
  const start = rows[0]?.index ?? 0;
  const end = (rows.at(-1)?.index ?? -1) + 1;

  // Rows change height when the list switches between browsing and search hits.
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  useEffect(() => onRangeChange?.(start, Math.max(end, start + 1)), [start, end, onRangeChange]);
  useEffect(() => {
    if (scrollToIndex !== null && scrollToIndex !== undefined) virtualizer.scrollToIndex(scrollToIndex);
  }, [virtualizer, scrollToIndex]);

  return (
    <div ref={scroller} className="virtual-scroller" onKeyDown={onKeyDown}>
      <div
        role="list"
        aria-label={label}
        data-testid={testId}
        className="virtual-body"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {rows.map((row) => (
          <div key={row.key} role="listitem" className="virtual-row" style={{ top: row.start, height: row.size }}>
            {renderRow(row.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
