// The list of briefs, newest first: open, duplicate or delete one; create or import another.
import type { ReactNode } from 'react';
import { briefsNewestFirst, copyBrief } from '../../db/briefs';
import { inDb, useLive } from '../../db/live';
import type { Brief } from '../../db/schema';
import { plural } from '../../ui/format';

interface Props {
  readonly activeId: string | null;
  readonly onActivate: (id: string) => void;
  readonly onCreate: () => void;
  readonly onImport: () => void;
  readonly onDelete: (id: string) => void;
}

/** "3 items", and the ACH tables and timelines its sections show: "0 items · 1 ACH table · 1 timeline". */
function briefMeta(brief: Brief): string {
  const items = plural(
    brief.sections.reduce((n, s) => n + s.items.length, 0),
    'item',
  );
  const tables = brief.sections.filter((s) => s.ach).length;
  const timelines = brief.sections.filter((s) => s.timeline).length;
  return [items, tables > 0 ? plural(tables, 'ACH table') : '', timelines > 0 ? plural(timelines, 'timeline') : '']
    .filter((part) => part !== '')
    .join(' · ');
}

export function BriefList({ activeId, onActivate, onCreate, onImport, onDelete }: Props): ReactNode {
  const briefs = useLive(briefsNewestFirst);
  return (
    <nav className="record-list brief-list" aria-label="Briefs">
      <div className="brief-list-actions">
        <button type="button" className="bordered-button" onClick={onCreate}>
          New brief
        </button>
        <button type="button" className="bordered-button" onClick={onImport}>
          Import…
        </button>
      </div>
      {briefs === undefined && <p className="muted pad">Opening your briefs…</p>}
      {briefs?.length === 0 && (
        <p className="muted pad">No briefs yet. A brief gathers highlights as cited evidence for your findings.</p>
      )}
      <ul>
        {briefs?.map((b) => (
          <li key={b.id} className={b.id === activeId ? 'selected' : ''}>
            <button
              type="button"
              className="record-row brief-row"
              onClick={() => onActivate(b.id)}
              aria-current={b.id === activeId ? 'true' : undefined}
            >
              <span className="row-title" title={b.title || 'Untitled brief'}>
                {b.title || 'Untitled brief'}
              </span>
              <span className="row-meta">{briefMeta(b)}</span>
            </button>
            <button
              type="button"
              // The name starts with the word shown, for those who speak the button's name to press it.
              aria-label={`Copy ${b.title || 'Untitled brief'}`}
              title="Duplicate this brief"
              onClick={() => void inDb(copyBrief, b.id).then((c) => c && onActivate(c.id))}
            >
              Copy
            </button>
            <button
              type="button"
              className="danger"
              aria-label={`Delete ${b.title || 'Untitled brief'}`}
              title="Delete"
              onClick={() => onDelete(b.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
