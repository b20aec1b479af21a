// The bulk actions' two questions: how to link the selected highlights (what they are to which one of them),
// and the question of a new ACH matrix to weigh them in. Modal, keyboard-complete, Escape cancels.
import { useId, useState, type ReactNode } from 'react';
import type { Highlight, HighlightLinkType } from '../../db/schema';
import { ModalDialog } from '../../ui/ModalDialog';
import { shortQuote } from '../links/link-labels';
import { LinkTypeChoice } from '../links/LinkTypeChoice';

interface LinkProps {
  readonly highlights: readonly Highlight[];
  readonly onLink: (target: Highlight, type: HighlightLinkType) => void;
  readonly onClose: () => void;
}

/** Every other selected highlight gets a link of the type to the one chosen: one claim and its evidence. */
export function BulkLinkDialog({ highlights, onLink, onClose }: LinkProps): ReactNode {
  const uid = useId();
  const [type, setType] = useState<HighlightLinkType>('same-claim');
  const [targetId, setTargetId] = useState(highlights[0]?.id ?? '');
  const shown = highlights.slice(0, 200);
  return (
    <ModalDialog
      title={`Link ${highlights.length} highlights`}
      className="wide evidence-dialog"
      bodyClassName="evidence-dialog-body"
      testId="bulk-link-dialog"
      confirm="Link"
      confirmDisabled={!targetId}
      onConfirm={(close) => {
        const target = highlights.find((h) => h.id === targetId);
        if (target) onLink(target, type);
        close();
      }}
      onClose={onClose}
    >
      <LinkTypeChoice legend="Each of the others…" value={type} onChange={setType} />
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
    </ModalDialog>
  );
}

interface MatrixProps {
  readonly count: number;
  readonly onCreate: (question: string) => void;
  readonly onClose: () => void;
}

export function NewMatrixDialog({ count, onCreate, onClose }: MatrixProps): ReactNode {
  const uid = useId();
  const [question, setQuestion] = useState('');
  return (
    <ModalDialog
      title="New matrix"
      className="evidence-dialog"
      bodyClassName="evidence-dialog-body"
      testId="new-matrix-dialog"
      confirm="Create and add"
      confirmDisabled={!question.trim()}
      onConfirm={(close) => {
        onCreate(question.trim());
        close();
      }}
      onClose={onClose}
    >
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
        {count === 1 ? 'The selected highlight becomes' : `The ${count} selected highlights become`} its evidence rows;
        name the hypotheses in Hypotheses (Ctrl+5).
      </p>
    </ModalDialog>
  );
}
