// The Evidence workspace: every highlight of the library as a table (quote, article, outlet, grade, report and
// event dates, meaning, tags, note, links), sorted by any column, filtered like the library and by link type,
// credibility and orphaned, with the selected rows tagged, recoloured, linked, and put in a brief or a matrix.
// The sort, filters, selection, focused row and scroll are kept per library for the session (evidence-view-state).
import { useDeferredValue, useEffect, useMemo, type ReactNode } from 'react';
import { usePalette } from '../../db/palette';
import { meaningLetters } from '../../ui/meaning-letters';
import { useLibraryId } from '../library/library-context';
import type { QuoteTarget } from '../links/link-navigation';
import { useSourceGrades } from '../sources/use-source-grades';
import { BulkBar } from './BulkBar';
import type { TableRow } from './evidence-columns';
import type { EvidenceRow } from './evidence-rows';
import { evidenceFilterCount, evidenceMatcher, NO_EVIDENCE_FILTERS } from './evidence-filters';
import { EvidenceFilterBar } from './EvidenceFilterBar';
import { EvidenceGrid } from './EvidenceGrid';
import { useArticleTags } from './use-article-tags';
import { dropGoneRows, useViewField } from './evidence-view-state';
import { useEvidenceRows } from './use-evidence-rows';
import { useEvidenceTable } from './use-evidence-table';
import { useRowsInSteps } from './use-rows-in-steps';
import { useLinkFacts } from './use-link-types';
import { useOrphans } from './use-orphans';
import './evidence.css';

interface Props {
  /** Opens the quote's article in the library workspace with the highlight's card selected. */
  readonly onOpenQuote: (target: QuoteTarget) => void;
  /** Opens an article in the library workspace. */
  readonly onOpenArticle: (articleId: string) => void;
}

export function EvidenceView({ onOpenQuote }: Props): ReactNode {
  const libraryId = useLibraryId();
  const { rows, ready } = useEvidenceRows();
  const palette = usePalette();
  const sources = useSourceGrades();
  const links = useLinkFacts();
  const orphans = useOrphans(rows, ready);
  const articleTags = useArticleTags();
  // The highlights' own tags, from the rows already read (not a second read of every highlight), and the articles'.
  const tags = useMemo(
    () => [...new Set([...rows.flatMap((r) => r.highlight.tags), ...[...articleTags.values()].flat()])].sort(),
    [rows, articleTags],
  );
  const [filters, setFilters] = useViewField(libraryId, 'filters');
  // The fields answer each key at once; 20,000 rows are filtered again when the page has time.
  const applied = useDeferredValue(filters);

  // The rows keep their objects while nothing they show changed, so the table keeps its rows (and their caches)
  // when entries, links or orphans arrive for some of 20,000 highlights.
  const data = useMemo<TableRow[]>(() => {
    const letters = meaningLetters(palette);
    const labels = new Map(palette.map((p) => [p.key, p.label]));
    return rows.map((row) => {
      const id = row.highlight.id;
      const domain = row.entry?.domain ?? null;
      const registered = domain ? (sources.get(domain.toLowerCase()) ?? sources.get(domain))?.name : undefined;
      const types = links.types.get(id);
      const next: TableRow = {
        row,
        outlet: registered || row.entry?.outlet || domain,
        meaning: labels.get(row.highlight.color) ?? row.highlight.color,
        letter: letters.get(row.highlight.color) ?? '',
        linkCount: links.counts.get(id) ?? 0,
        linkTypes: types ? [...types].sort() : NO_TYPES,
        orphaned: orphans.ids.has(id),
      };
      const before = made.get(row);
      if (before && sameTableRow(before, next)) return before;
      made.set(row, next);
      return next;
    });
  }, [rows, palette, sources, links, orphans.ids]);

  const active = evidenceFilterCount(applied) > 0;
  const matcher = useMemo(() => {
    if (!active) return null;
    const matches = evidenceMatcher(applied, { linkTypes: links.types, orphans: orphans.ids, articleTags });
    return (r: TableRow): boolean => matches(r.row);
  }, [active, applied, links.types, orphans.ids, articleTags]);
  // The table gets its rows in steps (all of them within a few tasks); the count says every highlight at once.
  const stepped = useRowsInSteps(data);
  const table = useEvidenceTable(stepped, matcher, libraryId);
  // Once every highlight is known, the rows selected or focused before that are gone are let go.
  useEffect(() => {
    if (ready) dropGoneRows(libraryId, new Set(rows.map((r) => r.highlight.id)));
  }, [ready, rows, libraryId]);
  const shown = table.getRowModel().rows.length;
  const selected = table.getFilteredSelectedRowModel().rows.map((r) => r.original.row.highlight);
  const total = data.length;

  return (
    <section
      className="evidence-view"
      role="tabpanel"
      id="panel-evidence"
      aria-labelledby="tab-evidence"
      data-testid="evidence-view"
    >
      <header className="evidence-header">
        <h2>Evidence</h2>
        <p className="muted small" data-testid="evidence-count" role="status">
          {countLine(shown, total, active)}
          {orphans.checking > 0 && ` · checking ${orphans.checking.toLocaleString('en')} changed articles for orphans…`}
        </p>
      </header>
      <EvidenceFilterBar filters={filters} tags={tags} onChange={setFilters} />
      {libraryId !== null && selected.length > 0 && (
        <BulkBar libraryId={libraryId} selected={selected} tags={tags} onClear={() => table.resetRowSelection()} />
      )}
      {!ready && total === 0 ? (
        <p className="muted pad" role="status">
          Gathering your highlights…
        </p>
      ) : total === 0 ? (
        <p className="muted pad evidence-empty" data-testid="evidence-empty">
          No highlights yet: highlight passages in the reader (select text, then press 1–5 for its meaning) and every
          one appears here as a row of evidence.
        </p>
      ) : shown === 0 ? (
        <div className="pad evidence-empty" data-testid="evidence-none-match">
          <p className="muted">No highlight matches these filters.</p>
          <button type="button" onClick={() => setFilters(NO_EVIDENCE_FILTERS)}>
            Clear filters
          </button>
        </div>
      ) : (
        <EvidenceGrid
          key={libraryId}
          libraryId={libraryId}
          complete={ready && stepped.length === data.length}
          table={table}
          onOpen={(r) => onOpenQuote({ id: r.row.highlight.id, articleId: r.row.highlight.articleId })}
        />
      )}
    </section>
  );
}

const NO_TYPES: TableRow['linkTypes'] = [];

/** Each evidence row's table row, kept while what it shows is the same (sameTableRow). */
const made = new WeakMap<EvidenceRow, TableRow>();

function sameTableRow(a: TableRow, b: TableRow): boolean {
  return (
    a.outlet === b.outlet &&
    a.meaning === b.meaning &&
    a.letter === b.letter &&
    a.linkCount === b.linkCount &&
    a.orphaned === b.orphaned &&
    a.linkTypes.length === b.linkTypes.length &&
    a.linkTypes.every((t, i) => t === b.linkTypes[i])
  );
}

/** "20,000 highlights", or "12 of 20,000 highlights" when filtered. */
function countLine(shown: number, total: number, filtered: boolean): string {
  const all = `${total.toLocaleString('en')} ${total === 1 ? 'highlight' : 'highlights'}`;
  return filtered ? `${shown.toLocaleString('en')} of ${all}` : all;
}
