// The open library's ACH matrices, newest first: open one, copy it, delete it (Undo brings it back), or start
// a new one by asking its question.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { duplicateMatrix } from '../../db/ach';
import { inDb } from '../../db/live';
import type { AchMatrix } from '../../db/schema';
import { plural } from '../../ui/format';

interface Props {
  readonly matrices: readonly AchMatrix[] | undefined;
  readonly activeId: string | null;
  readonly onActivate: (id: string) => void;
  readonly onCreate: (question: string) => void;
  readonly onDelete: (matrix: AchMatrix) => void;
}

export const questionOf = (m: Pick<AchMatrix, 'question'>): string => m.question.trim() || 'Untitled question';

export function MatrixList({ matrices, activeId, onActivate, onCreate, onDelete }: Props): ReactNode {
  const [asking, setAsking] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const loaded = matrices !== undefined;
  // The open matrix in view, however far down (one opened from a brief, or kept from an earlier visit).
  useEffect(() => {
    if (!loaded || activeId === null) return;
    list.current?.querySelector(`[data-matrix="${CSS.escape(activeId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeId, loaded]);
  return (
    <nav className="record-list ach-list" aria-label="Matrices">
      <div className="ach-list-actions">
        {asking ? (
          <NewMatrixForm
            onCreate={(question) => {
              setAsking(false);
              onCreate(question);
            }}
            onCancel={() => setAsking(false)}
            autoFocus
          />
        ) : (
          <button type="button" className="bordered-button" onClick={() => setAsking(true)}>
            New matrix
          </button>
        )}
      </div>
      {matrices === undefined && <p className="muted pad">Opening your matrices…</p>}
      {matrices?.length === 0 && !asking && <p className="muted pad">No matrices yet in this library.</p>}
      <ul ref={list}>
        {matrices?.map((m) => (
          <li key={m.id} className={m.id === activeId ? 'selected' : ''} data-matrix={m.id}>
            <button
              type="button"
              className="record-row ach-row"
              onClick={() => onActivate(m.id)}
              aria-current={m.id === activeId ? 'true' : undefined}
            >
              <span className="row-title" dir="auto" title={questionOf(m)}>
                {questionOf(m)}
              </span>
              <span className="row-meta">
                {plural(m.hypotheses.length, 'hypothesis', 'hypotheses')}, {plural(m.rows.length, 'evidence row')}
              </span>
            </button>
            <button
              type="button"
              aria-label={`Copy ${questionOf(m)}`}
              title="Duplicate this matrix"
              onClick={() => void inDb(duplicateMatrix, m.id).then((c) => c && onActivate(c.id))}
            >
              Copy
            </button>
            <button
              type="button"
              className="danger"
              aria-label={`Delete ${questionOf(m)}`}
              title="Delete (Undo brings it back)"
              onClick={() => onDelete(m)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The question a new matrix asks; Enter creates it, Escape gives up. */
interface FormProps {
  readonly onCreate: (question: string) => void;
  /** Without it there is no Cancel (the form stands alone, as in the empty workspace). */
  readonly onCancel?: () => void;
  readonly autoFocus?: boolean;
}

export function NewMatrixForm({ onCreate, onCancel, autoFocus = false }: FormProps): ReactNode {
  const field = useRef<HTMLInputElement>(null);
  const [question, setQuestion] = useState('');
  return (
    <form
      className="ach-new"
      onSubmit={(event) => {
        event.preventDefault();
        if (question.trim()) onCreate(question.trim());
        else field.current?.focus();
      }}
    >
      <label>
        <span>Question</span>
        <input
          ref={field}
          autoFocus={autoFocus}
          dir="auto"
          value={question}
          placeholder="What are we trying to explain?"
          onChange={(e) => setQuestion(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && onCancel) {
              e.preventDefault();
              onCancel();
            }
          }}
        />
      </label>
      <div className="ach-new-buttons">
        <button type="submit" className="bordered-button" disabled={!question.trim()}>
          Create
        </button>
        {onCancel && (
          <button type="button" className="bordered-button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
