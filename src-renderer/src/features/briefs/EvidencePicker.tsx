// Adds highlights to a brief in bulk: filter the analyst's highlights by tag, colour, article and date
// range, tick them (all are ticked by default), add them to the section.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { allHighlights } from '../../db/highlights';
import { useLive } from '../../db/live';
import { usePalette } from '../../db/palette';
import type { ColorKey, Highlight } from '../../db/schema';
import { tagNames } from '../../db/tags';
import { Choice, DateField } from '../../ui/filter-fields';
import { AddChosenFooter, HighlightChecklist, withMember } from '../highlight-picker/HighlightChecklist';
import { useLibraryId } from '../library/library-context';
import { useEntries } from '../library/use-entries';
import { ANY_EVIDENCE, matchesEvidence, type EvidenceFilter } from './evidence-filter';

const NO_HIGHLIGHTS: Highlight[] = [];
const NO_TAGS: string[] = [];

interface Props {
  readonly exclude: ReadonlySet<string>;
  readonly onAdd: (highlights: Highlight[]) => void;
  readonly onClose: () => void;
}

export function EvidencePicker({ exclude, onAdd, onClose }: Props): ReactNode {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const palette = usePalette();
  const libraryId = useLibraryId();
  const stored = useLive(allHighlights, libraryId);
  const all = stored ?? NO_HIGHLIGHTS;
  const tags = useLive(tagNames, libraryId) ?? NO_TAGS;
  const [filter, setFilter] = useState<EvidenceFilter>(ANY_EVIDENCE);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const articles = useMemo(
    () =>
      [...new Map(all.map((h) => [h.articleId, h.articleTitle])).entries()].sort((a, b) => a[1].localeCompare(b[1])),
    [all],
  );
  // Publication dates come from the catalog: asked of main for the highlighted articles only.
  const entries = useEntries(useMemo(() => articles.map(([id]) => id), [articles]));
  const matching = useMemo(
    () =>
      all
        .filter((h) => !exclude.has(h.id) && matchesEvidence(h, entries.get(h.articleId) ?? undefined, filter))
        .sort((a, b) => a.articleTitle.localeCompare(b.articleTitle) || a.position.start - b.position.start),
    [all, exclude, entries, filter],
  );
  const chosen = matching.filter((h) => !unticked.has(h.id));

  return (
    <dialog
      ref={dialogRef}
      className="modal wide"
      aria-label="Add evidence"
      onClose={onClose}
      data-testid="evidence-picker"
    >
      <header className="modal-header">
        <h2>Add evidence</h2>
        <button type="button" aria-label="Close" onClick={() => dialogRef.current?.close()}>
          ×
        </button>
      </header>
      <div className="picker-filters">
        <Choice
          label="Evidence tag"
          any="Any tag"
          value={filter.tag ?? ''}
          options={tags}
          onChange={(value) => setFilter({ ...filter, tag: value || null })}
        />
        <Choice
          label="Evidence colour"
          any="Any colour"
          value={filter.colour ?? ''}
          options={palette.map((p) => [p.key, p.label] as const)}
          onChange={(value) => setFilter({ ...filter, colour: (value || null) as ColorKey | null })}
        />
        <Choice
          label="Evidence article"
          any="Any article"
          value={filter.articleId ?? ''}
          options={articles}
          onChange={(value) => setFilter({ ...filter, articleId: value || null })}
        />
        <DateField
          caption="From"
          label="Published from"
          value={filter.from}
          onChange={(value) => setFilter({ ...filter, from: value })}
        />
        <DateField
          caption="to"
          label="Published to"
          value={filter.to}
          onChange={(value) => setFilter({ ...filter, to: value })}
        />
      </div>
      <ul className="picker-list">
        {stored === undefined && <li className="muted">Gathering your highlights…</li>}
        {stored !== undefined && matching.length === 0 && (
          <li className="muted">No highlights match. Highlight passages in the reader first, or widen the filters.</li>
        )}
        <HighlightChecklist
          highlights={matching}
          entries={entries}
          isTicked={(id) => !unticked.has(id)}
          onTick={(id, on) => setUnticked(withMember(unticked, id, !on))}
        />
      </ul>
      <AddChosenFooter
        chosen={chosen.length}
        onAdd={() => {
          onAdd(chosen);
          dialogRef.current?.close();
        }}
      />
    </dialog>
  );
}
