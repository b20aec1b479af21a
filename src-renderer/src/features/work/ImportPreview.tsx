// What an import (of a file, or a merge from a snapshot) would do, shown before anything is written: what
// the file holds, how many records are new, updated, combined from both sides, already here, and refused
// with their reasons.
import { useEffect, useRef, type ReactNode } from 'react';
import type { ImportPlan } from '../../db/import-plan';
import { contentsText } from './import-text';

interface Props {
  readonly source: string;
  readonly plan: ImportPlan;
  readonly busy: boolean;
  readonly onImport: () => void;
  readonly onCancel: () => void;
}

const SHOWN = 100;

function Lines({ title, lines }: { title: string; lines: readonly string[] }): ReactNode {
  if (lines.length === 0) return null;
  return (
    <section className="preview-lines">
      <h3>{title}</h3>
      <ul>
        {lines.slice(0, SHOWN).map((line, i) => (
          <li key={i} dir="auto">
            {line}
          </li>
        ))}
        {lines.length > SHOWN && <li className="muted">and {(lines.length - SHOWN).toLocaleString()} more</li>}
      </ul>
    </section>
  );
}

export function ImportPreview({ source, plan, busy, onImport, onCancel }: Props): ReactNode {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const { added, updated, conflicts, unchanged, refused } = plan.counts;
  const changes = added + updated + conflicts;
  const counts: [string, number, string][] = [
    ['New', added, 'not in your work yet'],
    ['Updated', updated, 'newer in the file'],
    ['Conflicts', conflicts, 'changed on both sides: notes both kept, tags united, the newer edit of the rest'],
    ['Already here', unchanged, 'nothing to change'],
    ['Refused', refused, 'not imported, for the reasons below'],
  ];
  return (
    <dialog
      ref={dialogRef}
      className="modal wide"
      aria-labelledby="import-preview-title"
      onClose={onCancel}
      data-testid="import-preview"
    >
      <header className="modal-header">
        <h2 id="import-preview-title" dir="auto">
          Import from {source}
        </h2>
        <button type="button" aria-label="Close" onClick={() => dialogRef.current?.close()}>
          ×
        </button>
      </header>
      <p data-testid="import-contents">{contentsText(plan.contents)}</p>
      <p>
        Nothing has changed yet. If you import, your current work is saved to a snapshot first, and Undo puts it back.
      </p>
      <dl className="import-counts">
        {counts.map(([label, n, hint]) => (
          <div key={label} data-testid={`count-${label.toLowerCase().replace(' ', '-')}`}>
            <dt>{label}</dt>
            <dd>
              <strong>{n.toLocaleString()}</strong> <span className="muted small">{hint}</span>
            </dd>
          </div>
        ))}
      </dl>
      {changes === 0 && <p className="muted">Nothing in this file would change your work.</p>}
      <div className="preview-details">
        <Lines title="Conflicts" lines={plan.conflicts} />
        <Lines title="Refused" lines={plan.refused.map((r) => `${r.what}: ${r.reason}`)} />
      </div>
      <footer className="modal-footer">
        <button type="button" className="primary" disabled={busy || changes === 0} onClick={onImport} autoFocus>
          Import
        </button>
        <button type="button" onClick={() => dialogRef.current?.close()}>
          Cancel
        </button>
      </footer>
    </dialog>
  );
}
