// The export dialog, opened by a brief's (or an article's) Export… button: a modal (focus kept inside,
// Escape closes) choosing format and options, which exports, then offers Open and Show in folder for the
// file written. Its choices and the folder are remembered by main for next time.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { BriefDocument, ExportChoices, ExportKind } from '../../../../src-preload/contract';
import { getApi } from '../../platform/api';
import { errorMessage } from '../../platform/errors';
import { openingChoices, today, useExportPreferences } from './export-choices';
import { ExportOptionsForm } from './ExportOptionsForm';
import { trapTab } from '../../ui/focus-trap';

interface Props {
  readonly kind: ExportKind;
  /** The document to export, made when the analyst presses Export (so it is as fresh as the work). */
  readonly makeDocument: () => BriefDocument | null;
  readonly onClose: () => void;
  /** Told once a file is written, so the caller can refresh what depends on the remembered choices. */
  readonly onExported?: (choices: ExportChoices) => void;
}

type Stage = { step: 'choose'; error: string | null } | { step: 'busy' } | { step: 'done'; path: string };

export function ExportDialog({ kind, makeDocument, onClose, onExported }: Props): ReactNode {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const preferences = useExportPreferences(0);
  const [day] = useState(today);
  const [edited, setChoices] = useState<ExportChoices | null>(null);
  const choices =
    edited ?? (preferences === null ? null : openingChoices(preferences === 'failed' ? null : preferences, kind, day));
  const [stage, setStage] = useState<Stage>({ step: 'choose', error: null });
  const [shellError, setShellError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  useEffect(() => {
    if (stage.step === 'done') openRef.current?.focus();
  }, [stage.step]);

  const run = async (): Promise<void> => {
    const document = makeDocument();
    if (!choices || !document) return;
    setStage({ step: 'busy' });
    try {
      const path = await getApi().exportBrief({ document, kind, ...choices });
      if (path === null) setStage({ step: 'choose', error: null });
      else {
        setStage({ step: 'done', path });
        onExported?.(choices);
      }
    } catch (error) {
      setStage({ step: 'choose', error: errorMessage(error) });
    }
  };
  const onShell = (call: 'open' | 'show', path: string): void => {
    setShellError(null);
    const api = getApi();
    (call === 'open' ? api.openExportedFile(path) : api.showExportedFile(path)).catch((error: unknown) =>
      setShellError(errorMessage(error)),
    );
  };
  const what = kind === 'brief' ? 'brief' : 'article';
  const folder = preferences !== null && preferences !== 'failed' ? preferences.folder : null;

  return (
    <dialog
      ref={dialogRef}
      className="modal export-dialog"
      aria-labelledby="export-dialog-title"
      onClose={onClose}
      onKeyDown={trapTab}
      data-testid="export-dialog"
    >
      <header className="modal-header">
        <h2 id="export-dialog-title">{stage.step === 'done' ? 'Exported' : `Export ${what}`}</h2>
        <button type="button" aria-label="Close" onClick={() => dialogRef.current?.close()}>
          ×
        </button>
      </header>
      {stage.step === 'done' ? (
        <div className="export-done" role="status">
          <p>
            The {what} is saved as <code className="export-path">{stage.path}</code>
          </p>
          {shellError && (
            <p className="export-error" role="alert">
              {shellError}
            </p>
          )}
        </div>
      ) : choices ? (
        <ExportOptionsForm
          kind={kind}
          format={choices.format}
          options={choices.options}
          onFormat={(format) => setChoices({ ...choices, format })}
          onOptions={(options) => setChoices({ ...choices, options })}
        />
      ) : (
        <p className="muted">Reading your last export choices…</p>
      )}
      {stage.step === 'choose' && stage.error && (
        <div className="export-error" role="alert">
          <strong>The {what} could not be exported.</strong> {stage.error}
        </div>
      )}
      <footer className="modal-footer">
        {stage.step === 'done' ? (
          <>
            <button ref={openRef} type="button" onClick={() => onShell('open', stage.path)}>
              Open
            </button>
            <button type="button" onClick={() => onShell('show', stage.path)}>
              Show in folder
            </button>
            <span className="spacer" />
            <button type="button" onClick={() => dialogRef.current?.close()}>
              Done
            </button>
          </>
        ) : (
          <>
            <span className="export-folder muted" title={folder ?? undefined}>
              {folder ? `Last saved in ${folder}` : ''}
            </span>
            <span className="spacer" />
            <button type="button" onClick={() => dialogRef.current?.close()}>
              Cancel
            </button>
            <button
              type="button"
              className="primary"
              disabled={!choices || stage.step === 'busy'}
              onClick={() => void run()}
            >
              {stage.step === 'busy' ? 'Exporting…' : 'Export…'}
            </button>
          </>
        )}
      </footer>
    </dialog>
  );
}
