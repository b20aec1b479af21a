// "Add evidence…": the library's highlights in a dialog, filtered by what the analyst types (quote, note,
// tag or article title), each with its grade; tick some and add them as evidence rows. Highlights the matrix
// already weighs are not offered.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { allHighlights } from '../../db/highlights';
import { useLive } from '../../db/live';
import type { Highlight } from '../../db/schema';
import { plural } from '../../ui/format';
import { useModal } from '../../ui/use-modal';
import { AddChosenFooter, HighlightChecklist, withMember } from '../highlight-picker/HighlightChecklist';
import { useLibraryId } from '../library/library-context';
import { useEntries } from '../library/use-entries';

const NONE: Highlight[] = [];
/** Enough to choose from; the filter finds the rest. */
const SHOWN = 300;

interface Props {
  readonly exclude: ReadonlySet<string>;
  readonly onAdd: (highlights: Highlight[]) => void;
  readonly onClose: () => void;
}

const matches = (h: Highlight, words: readonly string[]): boolean => {
  const text = `${h.quote.exact} ${h.note} ${h.tags.join(' ')} ${h.articleTitle}`.toLocaleLowerCase();
  return words.every((w) => text.includes(w));
};

export function AchEvidencePicker({ exclude, onAdd, onClose }: Props): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  const trap = useModal(dialog);
  const field = useRef<HTMLInputElement>(null);
  // After the dialog opened (which puts the focus on its first button): the analyst types to find.
  useEffect(() => field.current?.focus(), []);
  const libraryId = useLibraryId();
  const stored = useLive(allHighlights, libraryId);
  const [filter, setFilter] = useState('');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const offered = useMemo(() => {
    const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    return (stored ?? NONE)
      .filter((h) => !exclude.has(h.id) && matches(h, words))
      .sort((a, b) => a.articleTitle.localeCompare(b.articleTitle) || a.position.start - b.position.start);
  }, [stored, exclude, filter]);
  const shown = offered.slice(0, SHOWN);
  const entries = useEntries(useMemo(() => [...new Set(shown.map((h) => h.articleId))], [shown]));
  // In the order ticked: the rows come in the order the analyst chose them.
  const chosen = useMemo(() => {
    const byId = new Map((stored ?? NONE).map((h) => [h.id, h]));
    return [...ticked].flatMap((id) => {
      const h = byId.get(id);
      return h && !exclude.has(id) ? [h] : [];
    });
  }, [stored, ticked, exclude]);

  return (
    <dialog
      ref={dialog}
      className="modal wide"
      aria-label="Add evidence to the matrix"
      onClose={onClose}
      onKeyDown={trap}
    >
      <header className="modal-header">
        <h2>Add evidence</h2>
        <button type="button" aria-label="Close" onClick={() => dialog.current?.close()}>
          ×
        </button>
      </header>
      <div className="ach-picker-filter">
        <input
          type="search"
          aria-label="Filter highlights"
          placeholder="Filter by words of the quote, note, tag or article"
          ref={field}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      <ul className="picker-list" data-testid="ach-picker-list">
        {stored === undefined && <li className="muted">Gathering your highlights…</li>}
        {stored !== undefined && offered.length === 0 && (
          <li className="muted">
            {filter
              ? `No highlight matches “${filter}”.`
              : 'No highlights to add. Highlight passages in the reader first.'}
          </li>
        )}
        <HighlightChecklist
          highlights={shown}
          entries={entries}
          isTicked={(id) => ticked.has(id)}
          onTick={(id, on) => setTicked(withMember(ticked, id, on))}
        />
        {offered.length > shown.length && (
          <li className="muted small">
            {plural(offered.length - shown.length, 'more highlight')} match: type more words to find them.
          </li>
        )}
      </ul>
      <AddChosenFooter
        chosen={chosen.length}
        onAdd={() => {
          onAdd(chosen);
          dialog.current?.close();
        }}
      />
    </dialog>
  );
}
