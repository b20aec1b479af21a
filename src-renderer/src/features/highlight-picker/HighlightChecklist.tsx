// Highlights to tick in an "Add evidence" dialog (a brief's or an ACH matrix's): each a card with its grade,
// quote and article, and the dialog's footer that adds the ones chosen.
import type { ReactNode } from 'react';
import type { Highlight } from '../../db/schema';
import { reliabilityOf } from '../../db/sources';
import { plural } from '../../ui/format';
import { IsolatedText } from '../../ui/IsolatedText';
import type { Entries } from '../library/use-entries';
import { GradeBadge } from '../sources/GradeBadge';
import { useSourceGrades } from '../sources/use-source-grades';

/** The set with `id` in it or not, as `present` says (a new set; the one given is left as it is). */
export function withMember(set: ReadonlySet<string>, id: string, present: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (present) next.add(id);
  else next.delete(id);
  return next;
}

interface ChecklistProps {
  readonly highlights: readonly Highlight[];
  /** The highlights' articles, for their outlets' grades. */
  readonly entries: Entries;
  readonly isTicked: (id: string) => boolean;
  readonly onTick: (id: string, ticked: boolean) => void;
}

/** The list items, one a highlight: the caller's <ul> holds them with its own notes (loading, none, more). */
export function HighlightChecklist({ highlights, entries, isTicked, onTick }: ChecklistProps): ReactNode {
  const grades = useSourceGrades();
  return highlights.map((h) => {
    const entry = entries.get(h.articleId);
    return (
      <li key={h.id}>
        <label className={`card card-${h.color}`}>
          <input type="checkbox" checked={isTicked(h.id)} onChange={(e) => onTick(h.id, e.target.checked)} />
          <span>
            <GradeBadge
              reliability={reliabilityOf(grades, entry?.ok ? entry.domain : null)}
              credibility={h.credibility}
            />{' '}
            <q dir="auto">{h.quote.exact}</q>
            <span className="muted small">
              {' '}
              — <IsolatedText text={h.articleTitle} />
            </span>
          </span>
        </label>
      </li>
    );
  });
}

interface FooterProps {
  readonly chosen: number;
  /** Adds the highlights chosen and closes the dialog. */
  readonly onAdd: () => void;
}

/** "3 highlights chosen" and the button that adds them (disabled while none is). */
export function AddChosenFooter({ chosen, onAdd }: FooterProps): ReactNode {
  return (
    <footer className="modal-footer">
      <span className="muted">{plural(chosen, 'highlight')} chosen</span>
      <button type="button" disabled={chosen === 0} onClick={onAdd}>
        Add {plural(chosen, 'highlight')}
      </button>
    </footer>
  );
}
