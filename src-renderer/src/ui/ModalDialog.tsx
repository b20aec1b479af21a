// A modal dialog's frame: a heading with a Close button, the body, and a footer of Cancel and the one action.
// Open while mounted (useModal: the page behind inert, Tab kept inside, the focus back where it was after);
// Escape closes it and goes no further; Enter in a field or the action button runs the action.
import { useId, useRef, type ReactNode, type RefObject } from 'react';
import { useModal } from './use-modal';

interface Props {
  readonly title: ReactNode;
  /** Classes beside "modal": "wide", the screen's own. */
  readonly className?: string;
  readonly bodyClassName: string;
  readonly testId?: string;
  /** The action button's words ("Link"), and whether it can be pressed now. */
  readonly confirm: string;
  readonly confirmDisabled?: boolean;
  /** Runs the action; it calls `close` when the dialog has done its work (at once, or once a write is done). */
  readonly onConfirm: (close: () => void) => void;
  /** The dialog closed, by its action, Cancel, Close or Escape. */
  readonly onClose: () => void;
  /** The caller's own handle on the dialog, for one that also closes it from within its body. */
  readonly dialogRef?: RefObject<HTMLDialogElement | null>;
  readonly children: ReactNode;
}

export function ModalDialog({
  title,
  className = '',
  bodyClassName,
  testId,
  confirm,
  confirmDisabled = false,
  onConfirm,
  onClose,
  dialogRef,
  children,
}: Props): ReactNode {
  const own = useRef<HTMLDialogElement>(null);
  const ref = dialogRef ?? own;
  const trapTab = useModal(ref);
  const titleId = `${useId()}-title`;
  const close = (): void => ref.current?.close();
  return (
    <dialog
      ref={ref}
      className={`modal ${className}`.trim()}
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={(event) => {
        // Escape closes the dialog only: the screen behind must not also take it (as "deselect", say).
        if (event.key === 'Escape') event.stopPropagation();
        trapTab(event);
      }}
      data-testid={testId}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!confirmDisabled) onConfirm(close);
        }}
      >
        <header className="modal-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" aria-label="Close" onClick={close}>
            ×
          </button>
        </header>
        <div className={bodyClassName}>{children}</div>
        <footer className="modal-footer">
          <span className="spacer" />
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={confirmDisabled}>
            {confirm}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
