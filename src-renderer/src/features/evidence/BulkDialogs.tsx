// The bulk actions' two questions: how to link the selected highlights (what they are to which one of them),
// and the question of a new ACH matrix to weigh them in. Modal, keyboard-complete, Escape cancels.
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Highlight, HighlightLinkType } from '../../db/schema';
import { useModal } from '../../ui/use-modal';
import { LINK_CHOICES, shortQuote } from '../links/link-labels';

interface LinkProps {
  readonly highlights: readonly Highlight[];
  readonly onLink: (target: Highlight, type: HighlightLinkType) => void;
  readonly onClose: () => void;
}

/** Every other selected highlight gets a link of the type to the one chosen: one claim and its evidence. */
export function BulkLinkDialog({ highlights, onLink, onClose }: LinkProps): ReactNode {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const trapTab = useModal(dialogRef);
  const uid = useId();
  const [type, setType] = useState<HighlightLinkType>('same-claim');
  const [targetId, setTargetId] = useState(highlights[0]?.id ?? '');
  const shown = highlights.slice(0, 200);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const target = highlights.find((h) => h.id === targetId);
    if (target) onLink(target, type);
    dialogRef.current?.close();
  };
  return (
    <dialog
      ref={dialogRef}
      className="modal wide evidence-dialog"
      aria-labelledby={`${uid}-title`}
      onClose={onClose}
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.stopPropagation();
        trapTab(event);
      }}
      data-testid="bulk-link-dialog"
    >
      <form onSubmit={submit}>
        <header className="modal-header">
          <h2 id={`${uid}-title`}>Link {highlights.length} highlights</h2>
          <button type="button" aria-label="Close" onClick={() => dialogRef.current?.close()}>
            ×
          </button>
        </header>
        <div className="evidence-dialog-body">
          <fieldset className="link-types">
            <legend>Each of the others…</legend>
            {LINK_CHOICES.map((choice) => (
              <label key={choice.type}>
                <input
                  type="radio"
                  name={`${uid}-type`}
                  value={choice.type}
                  checked={type === choice.type}
                  onChange={() => setType(choice.type)}
                />
                {choice.label}
              </label>
            ))}
          </fieldset>
          <fieldset className="evidence-link-targets">
            <legend>…this one:</legend>
            {shown.map((h) => (
              <label key={h.id}>
                <input
                  type="radio"
                  name={`${uid}-target`}
                  value={h.id}
                  checked={targetId === h.id}
                  onChange={() => setTargetId(h.id)}
                />
                <q dir="auto">{shortQuote(h.quote.exact, 120)}</q>
              </label>
            ))}
          </fieldset>
        </div>
        <footer className="modal-footer">
          <span className="spacer" />
          <button type="button" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!targetId}>
            Link
          </button>
        </footer>
      </form>
    </dialog>
  );
}

interface MatrixProps {
  readonly count: number;
  readonly onCreate: (question: string) => void;
  readonly onClose: () => void;
}

export function NewMatrixDialog({ count, onCreate, onClose }: MatrixProps): ReactNode {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const trapTab = useModal(dialogRef);
  const uid = useId();
  const [question, setQuestion] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!question.trim()) return;
    onCreate(question.trim());
    dialogRef.current?.close();
  };
  return (
    <dialog
      ref={dialogRef}
      className="modal evidence-dialog"
      aria-labelledby={`${uid}-title`}
      onClose={onClose}
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.stopPropagation();
        trapTab(event);
      }}
      data-testid="new-matrix-dialog"
    >
      <form onSubmit={submit}>
        <header className="modal-header">
          <h2 id={`${uid}-title`}>New matrix</h2>
          <button type="button" aria-label="Close" onClick={() => dialogRef.current?.close()}>
            ×
          </button>
        </header>
        <div className="evidence-dialog-body">
          <label htmlFor={`${uid}-question`}>The question the hypotheses answer</label>
          <input
            id={`${uid}-question`}
            type="text"
            // The one field of the dialog: typing starts at once.
            autoFocus
            placeholder="Who is behind the attack?"
            value={question}
            onChange={(e) => setQuestion(e.target.value)}
          />
          <p className="muted small">
            {count === 1 ? 'The selected highlight becomes' : `The ${count} selected highlights become`} its evidence
            rows; name the hypotheses in Hypotheses (Ctrl+5).
          </p>
        </div>
        <footer className="modal-footer">
          <span className="spacer" />
          <button type="button" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!question.trim()}>
            Create and add
          </button>
        </footer>
      </form>
    </dialog>
  );
}
