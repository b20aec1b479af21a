// Every highlight of the open library as an evidence row, current as highlights, catalog entries and the
// source register change: the evidence table and the timeline read it.
import { useMemo } from 'react';
import { libraryHighlights } from '../../db/highlights';
import { useLive } from '../../db/live';
import type { Highlight, SourceRecord } from '../../db/schema';
import type { CatalogEntry } from '../../../../src-preload/contract';
import { useLibraryId } from '../library/library-context';
import { useEntries } from '../library/use-entries';
import { useSourceGrades } from '../sources/use-source-grades';
import { evidenceRow, type EvidenceRow } from './evidence-rows';

const NO_HIGHLIGHTS: readonly Highlight[] = [];

/** Each highlight's row with what it was made from: made again only when its entry or the register change. */
interface Made {
  readonly entry: CatalogEntry | null | undefined;
  readonly sources: ReadonlyMap<string, SourceRecord>;
  readonly row: EvidenceRow;
}
const made = new WeakMap<Highlight, Made>();

function rowOf(
  highlight: Highlight,
  entry: CatalogEntry | null | undefined,
  sources: ReadonlyMap<string, SourceRecord>,
): EvidenceRow {
  const known = made.get(highlight);
  if (known && known.entry === entry && known.sources === sources) return known.row;
  const row = evidenceRow(highlight, entry, sources);
  made.set(highlight, { entry, sources, row });
  return row;
}

export interface EvidenceRows {
  /** Every highlight of the library, oldest first. */
  readonly rows: readonly EvidenceRow[];
  /** The highlights and every highlighted article's catalog entry are known. */
  readonly ready: boolean;
}

export function useEvidenceRows(): EvidenceRows {
  const libraryId = useLibraryId();
  const read = useLive(libraryHighlights, libraryId);
  // Until the open library's highlights are read, the answer kept is another library's (or none).
  const stored = read?.libraryId === libraryId ? read.highlights : undefined;
  const highlights = stored ?? NO_HIGHLIGHTS;
  const articleIds = useMemo(() => [...new Set(highlights.map((h) => h.articleId))].sort(), [highlights]);
  const entries = useEntries(articleIds);
  const sources = useSourceGrades();
  const sorted = useMemo(
    () => [...highlights].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)),
    [highlights],
  );
  // When entries arrive, the rows whose entry is the same keep their object (and the table its row).
  const rows = useMemo(
    () => sorted.map((h) => rowOf(h, entries.get(h.articleId), sources)),
    [sorted, entries, sources],
  );
  return { rows, ready: stored !== undefined && entries.ready };
}
