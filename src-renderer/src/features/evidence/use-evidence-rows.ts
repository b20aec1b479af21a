// Every highlight of the open library as an evidence row, current as highlights, catalog entries and the
// source register change: the evidence table and the timeline read it.
import { useMemo } from 'react';
import { allHighlights } from '../../db/highlights';
import { useLive } from '../../db/live';
import type { Highlight } from '../../db/schema';
import { useLibraryId } from '../library/library-context';
import { useEntries } from '../library/use-entries';
import { useSourceGrades } from '../sources/use-source-grades';
import { evidenceRow, type EvidenceRow } from './evidence-rows';

const NO_HIGHLIGHTS: readonly Highlight[] = [];

export interface EvidenceRows {
  /** Every highlight of the library, oldest first. */
  readonly rows: readonly EvidenceRow[];
  /** The highlights and every highlighted article's catalog entry are known. */
  readonly ready: boolean;
}

export function useEvidenceRows(): EvidenceRows {
  const libraryId = useLibraryId();
  const stored = useLive(allHighlights, libraryId);
  const highlights = stored ?? NO_HIGHLIGHTS;
  const articleIds = useMemo(() => [...new Set(highlights.map((h) => h.articleId))].sort(), [highlights]);
  const entries = useEntries(articleIds);
  const sources = useSourceGrades();
  const rows = useMemo(
    () =>
      [...highlights]
        .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
        .map((h) => evidenceRow(h, entries.get(h.articleId), sources)),
    [highlights, entries, sources],
  );
  return { rows, ready: stored !== undefined && entries.ready };
}
