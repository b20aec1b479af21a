// One row of the evidence grid, memoized: scrolling adds and removes rows at the edges, and the rows already
// in view are not rendered again unless their selection, focus or contents change. Its cells are keyed by
// column, so a row element that takes another highlight as the table scrolls keeps its cells (and inputs).
import { flexRender, type Row } from '@tanstack/react-table';
import { memo, type MouseEvent, type ReactNode } from 'react';
import { shortQuote } from '../links/link-labels';
import { GRID_TEMPLATE, type TableRow } from './evidence-columns';

interface Props {
  readonly row: Row<TableRow>;
  readonly index: number;
  /** Where the row sits in the body, in pixels. */
  readonly top: number;
  readonly height: number;
  readonly selected: boolean;
  readonly focused: boolean;
  readonly domId: string;
  readonly onPick: (event: MouseEvent, row: Row<TableRow>, index: number) => void;
  readonly onToggle: (row: Row<TableRow>) => void;
  readonly onOpen: (row: TableRow) => void;
}

function GridRow({ row, index, top, height, selected, focused, domId, onPick, onToggle, onOpen }: Props): ReactNode {
  const quote = row.original.row.highlight.quote.exact;
  return (
    <div
      id={domId}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-highlight-id={row.id}
      className={`evidence-row${selected ? ' selected' : ''}${focused ? ' focused' : ''}`}
      style={{ transform: `translateY(${top}px)`, height, gridTemplateColumns: GRID_TEMPLATE }}
      onClick={(event) => onPick(event, row, index)}
      onDoubleClick={() => onOpen(row.original)}
    >
      {row.getVisibleCells().map((cell, i) => (
        <div
          key={cell.column.id}
          role="gridcell"
          aria-colindex={i + 1}
          className={`evidence-cell cell-${cell.column.id}`}
        >
          {cell.column.id === 'select' ? (
            <input
              type="checkbox"
              tabIndex={-1}
              aria-label={`Select “${shortQuote(quote, 40)}”`}
              checked={selected}
              onClick={(event) => event.stopPropagation()}
              onChange={() => onToggle(row)}
            />
          ) : (
            flexRender(cell.column.columnDef.cell, cell.getContext())
          )}
        </div>
      ))}
    </div>
  );
}

export const EvidenceGridRow = memo(GridRow);
