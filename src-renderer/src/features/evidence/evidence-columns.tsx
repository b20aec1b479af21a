// The evidence table's columns for TanStack Table: what each shows, what it sorts by, and its width. A row is
// an evidence row with what the table knows beside it (its outlet's name, its links, whether it is orphaned).
import { createColumnHelper, type Row } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { reliabilityRank } from '../../../../src-shared/sources/grades';
import type { HighlightLinkType } from '../../db/schema';
import { IsolatedText } from '../../ui/IsolatedText';
import { LINK_TYPE_NAMES, shortQuote } from '../links/link-labels';
import { GradeBadge } from '../sources/GradeBadge';
import type { EvidenceRow } from './evidence-rows';

export interface TableRow {
  readonly row: EvidenceRow;
  /** The outlet as the register or the article names it; null when the article names none. */
  readonly outlet: string | null;
  /** The colour's meaning in the analyst's palette, and its letter. */
  readonly meaning: string;
  readonly letter: string;
  readonly linkCount: number;
  readonly linkTypes: readonly HighlightLinkType[];
  readonly orphaned: boolean;
}

const column = createColumnHelper<TableRow>();

/** "Kyiv talks" → its first line; blank stays blank. */
const firstLine = (text: string): string => text.split('\n', 1)[0]?.trim() ?? '';

/** The event date, or its first and last day joined by `between` when it spans days; '' when undated. */
function eventSpan(highlight: { eventDate?: string; eventDateEnd?: string }, between: string): string {
  const { eventDate, eventDateEnd } = highlight;
  if (!eventDate) return '';
  return eventDateEnd && eventDateEnd > eventDate ? `${eventDate}${between}${eventDateEnd}` : eventDate;
}

const undefinedIfEmpty = (value: string | null | undefined): string | undefined => value || undefined;

/** Column widths, in the order of COLUMNS, as a CSS grid template shared by the header and the rows. */
export const GRID_TEMPLATE = [
  '36px',
  'minmax(240px, 3fr)',
  'minmax(140px, 1.4fr)',
  '120px',
  '64px',
  '92px',
  '100px',
  '140px',
  'minmax(90px, 1fr)',
  'minmax(120px, 1fr)',
  '110px',
].join(' ');

const linkSummary = (row: TableRow): string =>
  row.linkCount === 0 ? '' : `${row.linkCount}: ${row.linkTypes.map((t) => LINK_TYPE_NAMES[t]).join(', ')}`;

export const COLUMNS = [
  column.display({ id: 'select', header: 'Selected', enableSorting: false }),
  column.accessor((r) => r.row.highlight.quote.exact, {
    id: 'quote',
    header: 'Quote',
    sortingFn: 'text',
    // The table's filters as one matcher (evidence-filters.ts): the rows it takes are shown.
    filterFn: (row: Row<TableRow>, _id: string, matcher: (row: TableRow) => boolean) => matcher(row.original),
    cell: ({ row }): ReactNode => (
      <>
        {row.original.orphaned && (
          <span className="evidence-orphan" title="Its quote is no longer found in the article as it is now">
            Orphaned
          </span>
        )}
        <q dir="auto" className="evidence-quote">
          {shortQuote(row.original.row.highlight.quote.exact, 280)}
        </q>
      </>
    ),
  }),
  column.accessor((r) => r.row.entry?.title ?? r.row.highlight.articleTitle, {
    id: 'article',
    header: 'Article',
    sortingFn: 'text',
    cell: ({ getValue }): ReactNode => <IsolatedText text={getValue()} byLetters />,
  }),
  column.accessor((r) => undefinedIfEmpty(r.outlet), {
    id: 'outlet',
    header: 'Outlet',
    sortingFn: 'text',
    sortUndefined: 'last',
    cell: ({ getValue }): ReactNode => <IsolatedText text={getValue() ?? ''} />,
  }),
  column.accessor(
    (r) =>
      r.row.grade === null ? undefined : reliabilityRank(r.row.reliability) * 10 + (r.row.highlight.credibility ?? 6),
    {
      id: 'grade',
      header: 'Grade',
      sortUndefined: 'last',
      cell: ({ row }): ReactNode =>
        row.original.row.grade === null ? null : (
          <GradeBadge reliability={row.original.row.reliability} credibility={row.original.row.highlight.credibility} />
        ),
    },
  ),
  column.accessor((r) => undefinedIfEmpty(r.row.reportDate), {
    id: 'reported',
    header: 'Reported',
    sortingFn: 'text',
    sortUndefined: 'last',
    cell: ({ getValue }): ReactNode => <span dir="ltr">{getValue() ?? ''}</span>,
  }),
  // A span of days sorts by its first day, then its last: "2022-02-17" before "2022-02-17/2022-02-18".
  column.accessor((r) => undefinedIfEmpty(eventSpan(r.row.highlight, '/')), {
    id: 'event',
    header: 'Event date',
    sortingFn: 'text',
    sortUndefined: 'last',
    cell: ({ row }): ReactNode => <span dir="ltr">{eventSpan(row.original.row.highlight, ' – ')}</span>,
  }),
  column.accessor((r) => r.meaning, {
    id: 'meaning',
    header: 'Meaning',
    sortingFn: 'text',
    cell: ({ row }): ReactNode => (
      <span className={`evidence-meaning hl-${row.original.row.highlight.color}`}>
        <span className="swatch" aria-hidden="true" data-letter={row.original.letter} />
        <bdi>{row.original.meaning}</bdi>
      </span>
    ),
  }),
  column.accessor((r) => undefinedIfEmpty(r.row.highlight.tags.join(', ')), {
    id: 'tags',
    header: 'Tags',
    sortingFn: 'text',
    sortUndefined: 'last',
    cell: ({ getValue }): ReactNode => <bdi>{getValue() ?? ''}</bdi>,
  }),
  column.accessor((r) => undefinedIfEmpty(firstLine(r.row.highlight.note)), {
    id: 'note',
    header: 'Note',
    sortingFn: 'text',
    sortUndefined: 'last',
    cell: ({ getValue }): ReactNode => <span dir="auto">{getValue() ?? ''}</span>,
  }),
  column.accessor((r) => r.linkCount, {
    id: 'links',
    header: 'Links',
    cell: ({ row }): ReactNode => linkSummary(row.original),
  }),
];
