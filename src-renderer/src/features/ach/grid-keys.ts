// Moving in the matrix's grid of cells: arrows by a cell (left and right swapped in right-to-left text),
// Home and End to the row's ends, Ctrl+Home and Ctrl+End to the grid's corners, PageUp and PageDown by five
// rows. Pure: the component keeps the active cell and focuses it.

export interface Cell {
  readonly row: number;
  readonly col: number;
}

export interface GridSize {
  readonly rows: number;
  readonly cols: number;
}

const PAGE = 5;
const clamp = (n: number, max: number): number => Math.max(0, Math.min(n, max - 1));

/** The cell a key moves to, or undefined when the key does not move. */
export function moveInGrid(cell: Cell, key: string, ctrl: boolean, size: GridSize, rtl: boolean): Cell | undefined {
  const step = (row: number, col: number): Cell => ({ row: clamp(row, size.rows), col: clamp(col, size.cols) });
  const forward = rtl ? -1 : 1;
  switch (key) {
    case 'ArrowUp':
      return step(cell.row - 1, cell.col);
    case 'ArrowDown':
      return step(cell.row + 1, cell.col);
    case 'ArrowLeft':
      return step(cell.row, cell.col - forward);
    case 'ArrowRight':
      return step(cell.row, cell.col + forward);
    case 'Home':
      return ctrl ? step(0, 0) : step(cell.row, 0);
    case 'End':
      return ctrl ? step(size.rows - 1, size.cols - 1) : step(cell.row, size.cols - 1);
    case 'PageUp':
      return step(cell.row - PAGE, cell.col);
    case 'PageDown':
      return step(cell.row + PAGE, cell.col);
    default:
      return undefined;
  }
}

/** The active cell kept inside a grid that shrank (a row or hypothesis removed). */
export const withinGrid = (cell: Cell, size: GridSize): Cell => ({
  row: clamp(cell.row, size.rows),
  col: clamp(cell.col, size.cols),
});
