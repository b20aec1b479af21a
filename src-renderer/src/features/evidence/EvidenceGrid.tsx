// The evidence table as a WAI-ARIA grid that renders only the rows in view (@tanstack/react-virtual), so
// 20,000 highlights scroll smoothly. One tab stop: ↑/↓, PageUp/PageDown and Home/End move the focused row
// (scrolled into view), Space selects it, Shift+arrows extend the selection, Ctrl+A selects every row shown,
// Enter opens the quote; ↑ from the first row reaches the column headers, where ←/→ move and Enter sorts.
// The focused row and the scroll position are the library's for the session (evidence-view-state.ts).
import { flexRender, type Row, type Table } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { GRID_TEMPLATE, type TableRow } from './evidence-columns';
import { EvidenceGridRow } from './EvidenceGridRow';
import { rememberScroll, useViewField, viewState } from './evidence-view-state';

const ROW_HEIGHT = 52;
const HEADER_HEIGHT = 34;
/** More than the rows ever rendered at once, so the rows in view have distinct slots. */
const SLOTS = 64;

interface Props {
  readonly table: Table<TableRow>;
  readonly onOpen: (row: TableRow) => void;
  /** Whose view state the grid keeps. */
  readonly libraryId: string | null;
  /** Every row is in the table (none still to come): the scroll position kept is taken back then. */
  readonly complete: boolean;
}

type SortLabel = 'ascending' | 'descending' | 'none';

const ariaSort = (sorted: false | 'asc' | 'desc'): SortLabel =>
  sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';

/** The row the key moves to from `from` among `count`, or null for a key that does not move. */
function moveTarget(key: string, from: number, count: number, page: number): number | null {
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(from + 1, last);
    case 'ArrowUp':
      return Math.max(from - 1, 0);
    case 'PageDown':
      return Math.min(from + page, last);
    case 'PageUp':
      return Math.max(from - page, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

export function EvidenceGrid({ table, onOpen, libraryId, complete }: Props): ReactNode {
  const uid = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const count = rows.length;
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const [focusId, setFocusId] = useViewField(libraryId, 'focusId');
  const [anchorId, setAnchorId] = useViewField(libraryId, 'anchorId');
  const [headerFocus, setHeaderFocus] = useState<number | null>(null);
  const found = focusId === null ? -1 : rows.findIndex((r) => r.id === focusId);
  const focus = count === 0 ? null : Math.max(found, 0);

  // The page is not built with React Compiler, and nothing the virtualizer returns is memoized here.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    // The rows start under the sticky header row, which also covers the top of the view when scrolling.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    // A scroll re-renders the rows in React's next task, not synchronously inside each scroll event: scroll
    // events that come faster than frames cost one render.
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();

  // The scroll position kept is taken back once every row is in; until then the focused row is not followed,
  // nor at that moment (the analyst may have scrolled away from it).
  const restored = useRef(false);
  const followed = useRef('');
  const focusKey = `${focusId}@${focus}`;
  useLayoutEffect(() => {
    if (restored.current || !complete || !scroller.current) return;
    scroller.current.scrollTop = viewState(libraryId).scrollTop;
    restored.current = true;
    followed.current = focusKey;
  }, [complete, libraryId, focusKey]);
  // Kept as the grid goes: the virtualizer's last reading of it (no layout read per scroll event).
  useLayoutEffect(
    () => () => {
      if (restored.current) rememberScroll(libraryId, virtualizer.scrollOffset ?? 0);
    },
    [libraryId, virtualizer],
  );
  useEffect(() => {
    if (!restored.current || followed.current === focusKey) return;
    followed.current = focusKey;
    if (focus !== null && focusId !== null) virtualizer.scrollToIndex(focus);
  }, [virtualizer, focus, focusId, focusKey]);

  const rowId = (index: number): string => `${uid}-row-${index}`;
  const headerId = (index: number): string => `${uid}-col-${index}`;
  const focusRendered = focus !== null && items.some((item) => item.index === focus);
  const active =
    headerFocus !== null ? headerId(headerFocus) : focusRendered && focus !== null ? rowId(focus) : undefined;

  const moveTo = (index: number, extend: boolean): void => {
    const row = rows[index];
    if (!row) return;
    setFocusId(row.id);
    if (!extend) {
      setAnchorId(row.id);
      return;
    }
    const from = Math.max(anchorId === null ? (focus ?? 0) : rows.findIndex((r) => r.id === anchorId), 0);
    if (anchorId === null) setAnchorId(rows[from]?.id ?? null);
    const [lo, hi] = from <= index ? [from, index] : [index, from];
    const next = { ...table.getState().rowSelection };
    for (let i = lo; i <= hi; i++) {
      const id = rows[i]?.id;
      if (id) next[id] = true;
    }
    table.setRowSelection(next);
  };

  const onHeaderKey = (event: KeyboardEvent, at: number): boolean => {
    const header = headers[at];
    switch (event.key) {
      case 'ArrowLeft':
        setHeaderFocus(Math.max(at - 1, 0));
        return true;
      case 'ArrowRight':
        setHeaderFocus(Math.min(at + 1, headers.length - 1));
        return true;
      case 'ArrowDown':
        setHeaderFocus(null);
        return true;
      case 'Enter':
      case ' ':
        if (header?.column.getCanSort()) header.column.toggleSorting();
        else if (header?.column.id === 'select') table.toggleAllRowsSelected(!table.getIsAllRowsSelected());
        return true;
      default:
        return false;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.altKey) return;
    if (headerFocus !== null) {
      if (!event.ctrlKey && !event.metaKey && onHeaderKey(event, headerFocus)) event.preventDefault();
      return;
    }
    const ctrl = event.ctrlKey || event.metaKey;
    if (ctrl && (event.key === 'a' || event.key === 'A')) {
      event.preventDefault();
      table.toggleAllRowsSelected(true);
      return;
    }
    if (ctrl || focus === null) return;
    const current = rows[focus];
    if (event.key === ' ') {
      event.preventDefault();
      current?.toggleSelected();
      setAnchorId(current?.id ?? null);
      setFocusId(current?.id ?? null);
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      if (current) onOpen(current.original);
      return;
    }
    if (event.key === 'Escape' && Object.keys(table.getState().rowSelection).length > 0) {
      event.preventDefault();
      event.stopPropagation();
      table.resetRowSelection();
      return;
    }
    if (event.key === 'ArrowUp' && focus === 0 && !event.shiftKey) {
      event.preventDefault();
      setHeaderFocus(1);
      return;
    }
    const page = Math.max(Math.floor(((scroller.current?.clientHeight ?? ROW_HEIGHT) - HEADER_HEIGHT) / ROW_HEIGHT), 1);
    const target = moveTarget(event.key, focus, count, page);
    if (target === null) return;
    event.preventDefault();
    moveTo(target, event.shiftKey);
  };

  // The rows are memoized: what they call stays the same function, which reads the latest state.
  const latest = useRef({ moveTo, onOpen });
  useLayoutEffect(() => {
    latest.current = { moveTo, onOpen };
  });
  const onToggle = useCallback(
    (row: Row<TableRow>): void => {
      row.toggleSelected();
      setFocusId(row.id);
      setAnchorId(row.id);
    },
    [setFocusId, setAnchorId],
  );
  const onPick = useCallback(
    (event: MouseEvent, row: Row<TableRow>, index: number): void => {
      setHeaderFocus(null);
      if (event.shiftKey) latest.current.moveTo(index, true);
      else if (event.ctrlKey || event.metaKey) onToggle(row);
      else latest.current.moveTo(index, false);
    },
    [onToggle],
  );
  const onOpenRow = useCallback((row: TableRow): void => latest.current.onOpen(row), []);

  return (
    <div
      ref={scroller}
      className="evidence-scroll"
      role="grid"
      aria-label="Evidence"
      aria-rowcount={count + 1}
      aria-colcount={headers.length}
      aria-multiselectable="true"
      aria-activedescendant={active}
      tabIndex={0}
      data-testid="evidence-scroll"
      onKeyDown={onKeyDown}
      onBlur={() => setHeaderFocus(null)}
    >
      <div role="rowgroup" className="evidence-head">
        <div
          role="row"
          aria-rowindex={1}
          className="evidence-row evidence-header-row"
          style={{ gridTemplateColumns: GRID_TEMPLATE }}
        >
          {headers.map((header, i) => {
            const sorted = header.column.getIsSorted();
            const isSelect = header.column.id === 'select';
            return (
              <div
                key={header.id}
                id={headerId(i)}
                role="columnheader"
                aria-colindex={i + 1}
                aria-sort={header.column.getCanSort() ? ariaSort(sorted) : undefined}
                className={`evidence-cell evidence-th${headerFocus === i ? ' focused' : ''}`}
                onClick={() => {
                  setHeaderFocus(null);
                  if (isSelect) table.toggleAllRowsSelected(!table.getIsAllRowsSelected());
                  else header.column.toggleSorting();
                }}
              >
                {isSelect ? (
                  <input
                    type="checkbox"
                    tabIndex={-1}
                    aria-label="Select every row shown"
                    checked={table.getIsAllRowsSelected()}
                    ref={(el) => {
                      if (el) el.indeterminate = table.getIsSomeRowsSelected();
                    }}
                    readOnly
                  />
                ) : (
                  <span className="evidence-th-label">
                    {flexRender(header.column.columnDef.header, header.getContext())}
                    <span aria-hidden="true" className="evidence-sort">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                    </span>
                  </span>
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className="evidence-body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index];
          return (
            row && (
              <EvidenceGridRow
                // Keyed by slot, not by row: a row that scrolls in takes the elements of one that scrolled out
                // (its text and attributes updated) instead of new ones; rows in view keep their slot.
                key={item.index % Math.max(SLOTS, items.length)}
                row={row}
                index={item.index}
                top={item.start - HEADER_HEIGHT}
                height={ROW_HEIGHT}
                selected={row.getIsSelected()}
                focused={item.index === focus}
                domId={rowId(item.index)}
                onPick={onPick}
                onToggle={onToggle}
                onOpen={onOpenRow}
              />
            )
          );
        })}
      </div>
    </div>
  );
}
