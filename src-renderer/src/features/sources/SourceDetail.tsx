// One outlet of the register: its reliability A–F with the standard meanings (a change asks why, optionally,
// and can be undone), the analyst's note on it, and every change of grade with when, from what and why.
import { useState, type ReactNode } from 'react';
import {
  DEFAULT_RELIABILITY,
  RELIABILITIES,
  RELIABILITY_MEANINGS,
  type Reliability,
} from '../../../../src-shared/sources/grades';
import { inDb } from '../../db/live';
import { setReliability, setSourceNote, undoReliability } from '../../db/sources';
import { errorMessage } from '../../platform/errors';
import { IsolatedText } from '../../ui/IsolatedText';
import { useToasts } from '../../ui/toasts';
import { NoteEditor } from '../notes/NoteEditor';
import type { Outlet } from './outlets';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function SourceDetail({ outlet }: { readonly outlet: Outlet }): ReactNode {
  const toasts = useToasts();
  const { domain, record } = outlet;
  const current = record?.reliability ?? DEFAULT_RELIABILITY;
  // A grade picked but not saved; it lapses when the outlet's grade changes meanwhile (an undo, an import).
  const [pending, setPending] = useState<{ readonly base: Reliability; readonly to: Reliability } | null>(null);
  const picked = pending?.base === current ? pending.to : current;
  const setPicked = (to: Reliability): void => setPending({ base: current, to });
  const [reason, setReason] = useState('');
  const changing = picked !== current;
  const label = outlet.name || domain;

  const cancel = (): void => {
    setPending(null);
    setReason('');
  };
  const save = async (): Promise<void> => {
    try {
      const change = await inDb(setReliability, domain, picked, reason, outlet.name);
      cancel();
      if (!change) return;
      toasts.push('success', `${label} graded ${change.to}: ${RELIABILITY_MEANINGS[change.to].toLowerCase()}.`, [], {
        label: 'Undo',
        undo: true,
        run: () => void inDb(undoReliability, domain, change),
      });
    } catch (error) {
      toasts.push('error', `${label} could not be graded.`, [errorMessage(error)]);
    }
  };

  const history = (record?.history ?? []).toReversed();
  return (
    <section className="source-detail" aria-labelledby="source-detail-title" data-testid="source-detail">
      <header>
        <h3 id="source-detail-title">
          <IsolatedText text={label} />
        </h3>
        {outlet.name && <IsolatedText className="muted" text={domain} />}
      </header>
      <form
        className="source-grade"
        onSubmit={(event) => {
          event.preventDefault();
          if (changing) void save();
        }}
      >
        <fieldset>
          <legend>Reliability</legend>
          {RELIABILITIES.map((r) => (
            <label key={r} className={r === current ? 'current' : ''}>
              <input type="radio" name="reliability" value={r} checked={picked === r} onChange={() => setPicked(r)} />
              <span className={`grade-badge grade-${r.toLowerCase()}`} aria-hidden="true">
                {r}
              </span>
              <span>
                {RELIABILITY_MEANINGS[r]}
                {r === current && <span className="muted small"> (current)</span>}
              </span>
            </label>
          ))}
        </fieldset>
        {changing && (
          <div className="grade-change" data-testid="grade-change">
            <label>
              <span>
                Why {current} → {picked}? <span className="muted">(optional)</span>
              </span>
              <input
                type="text"
                value={reason}
                maxLength={2000}
                onChange={(event) => setReason(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Escape') {
                    event.preventDefault();
                    event.stopPropagation();
                    cancel();
                  }
                }}
              />
            </label>
            <div className="grade-change-actions">
              <button type="submit" className="bordered-button primary">
                Grade {picked}
              </button>
              <button type="button" className="bordered-button" onClick={cancel}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </form>
      <section className="source-note" aria-label="Note on the outlet">
        <h4>Note</h4>
        <NoteEditor
          key={domain}
          value={record?.note ?? ''}
          label={`Note on ${label}`}
          placeholder="No note on this outlet."
          onSave={(note) => void inDb(setSourceNote, domain, note, outlet.name)}
        />
      </section>
      <section className="source-history" aria-labelledby="source-history-title">
        <h4 id="source-history-title">Changes of grade</h4>
        {history.length === 0 ? (
          <p className="muted">Never graded: it reads F, reliability cannot be judged.</p>
        ) : (
          <ol data-testid="source-history">
            {history.map((change) => (
              <li key={`${change.at}-${change.from}-${change.to}`}>
                <time dateTime={new Date(change.at).toISOString()}>{WHEN.format(change.at)}</time>{' '}
                <span dir="ltr">
                  {change.from} → {change.to}
                </span>
                {change.reason ? (
                  <>
                    : <q dir="auto">{change.reason}</q>
                  </>
                ) : (
                  <span className="muted">: no reason given</span>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  );
}
