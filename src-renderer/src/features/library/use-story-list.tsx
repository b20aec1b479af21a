// The library list's rows with stories in them: each hit's row, and under a story row the analyst opened, a
// row per copy. Gives the virtual list what it needs (row count and heights, rows, selection, the hits to
// load) and takes → and ← on the active row: → opens a story row (or goes to its first copy), ← closes it
// (from a copy, going back to the story's row).
import { useCallback, type KeyboardEvent, type ReactNode } from 'react';
import type { SearchHit } from '../../../../src-preload/contract';
import type { LibrarySearch } from '../search/use-library-search';
import { CopyRow } from './CopyRow';
import { rowAt } from './story-rows';
import { useStoryRows } from './use-story-rows';

/** A copy row's height: one line for the outlet and date, one for the title. */
export const COPY_ROW_HEIGHT = 52;

export interface StoryRowControls {
  readonly expanded: boolean;
  readonly onToggle: () => void;
}

interface Options {
  readonly results: LibrarySearch;
  /** Names the query asked (opened rows close when it changes). */
  readonly listKey: string;
  readonly grouped: boolean;
  readonly rowHeight: number;
  readonly selectedId: string | null;
  /** Moves the list's active row (and opens what is there). */
  readonly moveTo: (index: number) => void;
  readonly renderHit: (hit: SearchHit | undefined, story: StoryRowControls | null) => ReactNode;
}

export interface StoryList {
  readonly count: number;
  /** The article at row `index`: a hit's, or a copy's. */
  readonly idAt: (index: number) => string | undefined;
  readonly rowHeightAt: (index: number) => number;
  readonly renderRow: (index: number) => ReactNode;
  readonly isSelected: (index: number) => boolean;
  readonly onKey: (event: KeyboardEvent, active: number | null) => boolean;
  readonly onRangeChange: (start: number, end: number) => void;
}

export function useStoryList({
  results,
  listKey,
  grouped,
  rowHeight,
  selectedId,
  moveTo,
  renderHit,
}: Options): StoryList {
  const total = results.total ?? 0;
  const rows = useStoryRows(total, results.hitAt, listKey);
  const { hitRange, expansions } = rows;
  const { requestRange } = results;

  const idAt = (index: number): string | undefined => {
    const row = rows.rowAt(index);
    return row.kind === 'hit' ? results.hitAt(row.hit)?.id : rows.copyAt(row.expansion, row.copy).member?.id;
  };
  const canOpen = (hit: number): boolean => grouped && (results.hitAt(hit)?.story ?? null) !== null;

  return {
    count: rows.count,
    idAt,
    rowHeightAt: useCallback(
      (index: number) => (rowAt(expansions, index).kind === 'copy' ? COPY_ROW_HEIGHT : rowHeight),
      [rowHeight, expansions],
    ),
    renderRow: (index) => {
      const row = rows.rowAt(index);
      if (row.kind === 'hit') {
        const hit = results.hitAt(row.hit);
        const expanded = rows.isOpen(row.hit);
        const story = canOpen(row.hit) ? { expanded, onToggle: () => rows.setOpen(row.hit, !expanded) } : null;
        return renderHit(hit, story);
      }
      const { member, error } = rows.copyAt(row.expansion, row.copy);
      return (
        <CopyRow
          member={member}
          position={row.copy}
          copies={row.expansion.rows}
          selected={member !== undefined && member.id === selectedId}
          error={row.copy === 0 ? error : null}
        />
      );
    },
    isSelected: (index) => selectedId !== null && idAt(index) === selectedId,
    onKey: (event, active) => {
      if (active === null || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return false;
      const row = rows.rowAt(active);
      const hit = row.kind === 'hit' ? row.hit : row.expansion.hit;
      if (!canOpen(hit)) return false;
      if (event.key === 'ArrowLeft') {
        rows.setOpen(hit, false);
        if (row.kind === 'copy') moveTo(rows.rowOfHit(hit));
      } else if (row.kind === 'hit' && !rows.isOpen(hit)) rows.setOpen(hit, true);
      else if (row.kind === 'hit') moveTo(active + 1);
      return true;
    },
    onRangeChange: useCallback(
      (start: number, end: number) => requestRange(...hitRange(start, end)),
      [requestRange, hitRange],
    ),
  };
}
