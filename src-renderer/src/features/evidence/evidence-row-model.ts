// The evidence table's core row model (TanStack's getCoreRowModel, for a flat list) that keeps each row object
// while its data object is the same one: when catalog entries, links or orphans arrive for 20,000 highlights,
// only the rows whose data changed are made again, not every row with its closures and caches.
import { createRow, getMemoOptions, memo, type Row, type RowModel, type Table } from '@tanstack/react-table';

export function reusingCoreRowModel<T extends object>(): (table: Table<T>) => () => RowModel<T> {
  return (table) => {
    // A row reads its values once (its cache), from the data object it was made for.
    const made = new WeakMap<T, Row<T>>();
    return memo(
      () => [table.options.data],
      (data) => {
        const rows: Row<T>[] = [];
        const rowsById: Record<string, Row<T>> = {};
        for (let i = 0; i < data.length; i++) {
          const original = data[i] as T;
          let row = made.get(original);
          if (row) row.index = i;
          else {
            row = createRow(table, table._getRowId(original, i), original, i, 0);
            made.set(original, row);
          }
          rows.push(row);
          rowsById[row.id] = row;
        }
        return { rows, flatRows: rows, rowsById };
      },
      getMemoOptions(table.options, 'debugTable', 'getRowModel', () => table._autoResetPageIndex()),
    );
  };
}
