// A list that renders only the rows in view, so 100,000 rows scroll smoothly: @tanstack/react-virtual
// places rows of known heights, and the caller hears which rows are in view to load what they show. It is one
// tab stop (a WAI-ARIA listbox): arrows, PageUp/PageDown and Home/End move the active row, which
// aria-activedescendant names and which is scrolled into view; Enter or a click activates a row.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { listboxTarget } from './listbox-keys';

interface Props {
  readonly count: number;
  readonly rowHeight: number;
  /** Rows of other heights (a story's copies under its row); a new function measures the rows again. */
  readonly rowHeightAt?: (index: number) => number;
  /** Sees a key first (with the row it would act on); true when it took the key. */
  readonly onKey?: (event: KeyboardEvent, active: number | null) => boolean;
  readonly renderRow: (index: number) => ReactNode;
  /** Called with the rows in view (plus some margin, end exclusive), to load what they need. */
  readonly onRangeChange?: (start: number, end: number) => void;
  /** The row the keys act on (null: none yet, the first is shown as active). */
  readonly activeIndex: number | null;
  /** A key moved the active row. */
  readonly onMove: (index: number) => void;
  /** Enter on the active row, or a click on a row. */
  readonly onActivate: (index: number) => void;
  readonly isSelected: (index: number) => boolean;
  /** Prefix of the rows' ids (aria-activedescendant names one); unique in the page. */
  readonly idPrefix: string;
  readonly overscan?: number;
  readonly label: string;
  readonly testId?: string;
  readonly id?: string;
}

export function VirtualList({
  count,
  rowHeight,
  rowHeightAt,
  onKey,
  renderRow,
  onRangeChange,
  activeIndex,
  onMove,
  onActivate,
  isSelected,
  idPrefix,
  overscan = 8,
  label,
  testId,
  id,
}: Props): ReactNode {
  const scroller = useRef<HTMLDivElement>(null);
  // The page is not built with React Compiler, and this component memoizes nothing the virtualizer returns.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => rowHeightAt?.(index) ?? rowHeight,
    overscan,
  });
  const rows = virtualizer.getVirtualItems();
  const start = rows[0]?.index ?? 0;
  const end = (rows.at(-1)?.index ?? -1) + 1;
  const shown = count === 0 ? null : Math.min(activeIndex ?? 0, count - 1);
  const shownRendered = shown !== null && rows.some((row) => row.index === shown);

  // Rows change height when the list switches between browsing and search hits.
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight, rowHeightAt]);
  useEffect(() => onRangeChange?.(start, Math.max(end, start + 1)), [start, end, onRangeChange]);
  useEffect(() => {
    if (activeIndex !== null && activeIndex < count) virtualizer.scrollToIndex(activeIndex);
  }, [virtualizer, activeIndex, count]);

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (onKey?.(event, shown)) {
      event.preventDefault();
      return;
    }
    if (event.key === 'Enter') {
      if (shown === null) return;
      event.preventDefault();
      onActivate(shown);
      return;
    }
    const page = Math.floor((scroller.current?.clientHeight ?? rowHeight) / rowHeight) - 1;
    const target = listboxTarget(event.key, activeIndex, count, page);
    if (target === null) return;
    event.preventDefault();
    onMove(target);
  };

  return (
    <div
      ref={scroller}
      id={id}
      className="virtual-scroller"
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={shownRendered ? `${idPrefix}-${shown}` : undefined}
      data-testid={testId}
      onKeyDown={onKeyDown}
    >
      <div role="none" className="virtual-body" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => (
          <div
            key={row.key}
            id={`${idPrefix}-${row.index}`}
            role="option"
            aria-selected={isSelected(row.index)}
            aria-posinset={row.index + 1}
            aria-setsize={count}
            className={`virtual-row${row.index === shown ? ' active' : ''}`}
            style={{ top: row.start, height: row.size }}
            onClick={() => onActivate(row.index)}
          >
            {renderRow(row.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
