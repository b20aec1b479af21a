// The evidence table's TanStack Table: sorted by the column the analyst chose, filtered by one matcher of
// every filter in force, and with the rows selected (by highlight id) for the bulk actions; the sort and the
// selection are the library's for the session (evidence-view-state.ts).
import { getFilteredRowModel, getSortedRowModel, useReactTable, type Table } from '@tanstack/react-table';
import { useMemo } from 'react';
import { COLUMNS, type TableRow } from './evidence-columns';
import { reusingCoreRowModel } from './evidence-row-model';
import { useViewField } from './evidence-view-state';

const coreRowModel = reusingCoreRowModel<TableRow>();

export function useEvidenceTable(
  data: readonly TableRow[],
  matcher: ((row: TableRow) => boolean) | null,
  libraryId: string | null,
): Table<TableRow> {
  const [sorting, setSorting] = useViewField(libraryId, 'sorting');
  const [rowSelection, setRowSelection] = useViewField(libraryId, 'rowSelection');
  const columnFilters = useMemo(() => (matcher ? [{ id: 'quote', value: matcher }] : []), [matcher]);
  // TanStack Table returns a new table API object each render by design; the page is not built with React
  // Compiler, so nothing here is memoized wrongly.
  // oxlint-disable-next-line react/incompatible-library
  return useReactTable({
    data: data as TableRow[],
    columns: COLUMNS,
    state: { sorting, rowSelection, columnFilters },
    onSortingChange: setSorting,
    onRowSelectionChange: setRowSelection,
    getRowId: (r) => r.row.highlight.id,
    // A row object lives as long as its TableRow (EvidenceView keeps those while nothing they show changed).
    getCoreRowModel: coreRowModel,
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    enableRowSelection: true,
    enableMultiRowSelection: true,
    sortDescFirst: false,
    // A selected row the filters hide stays selected, but the bulk actions act on the rows shown.
    autoResetPageIndex: false,
  });
}
