// Notices in a tray docked under the workspace, so they never cover what the analyst reads: results of
// imports, errors, confirmations, and Undo (which stays until used or dismissed; Ctrl+Z runs the latest).
// The newest few show, older ones fold into "+N more"; each is announced once, politely.
import {
  createContext,
  Fragment,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import {
  announcement,
  latestUndo,
  shownToasts,
  toastLifetime,
  withToast,
  type Toast,
  type ToastAction,
  type ToastKind,
  VISIBLE_TOASTS,
} from './toast-stack';
import { isTypingTarget } from './typing';

export type { Toast, ToastAction, ToastKind } from './toast-stack';

interface ToastApi {
  push(kind: ToastKind, title: string, lines?: readonly string[], action?: ToastAction): void;
}

const ToastContext = createContext<ToastApi | null>(null);

export function useToasts(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToasts outside ToastProvider');
  return api;
}

export function ToastProvider({ children }: { children: ReactNode }): ReactNode {
  const [toasts, setToasts] = useState<readonly Toast[]>([]);
  const [expanded, setExpanded] = useState(false);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const push = useCallback(
    (kind: ToastKind, title: string, lines: readonly string[] = [], action?: ToastAction) => {
      const toast: Toast = { id: nextId.current++, kind, title, lines, ...(action ? { action } : {}) };
      setToasts((list) => withToast(list, toast));
      const lifetime = toastLifetime(toast);
      if (lifetime !== null) setTimeout(() => dismiss(toast.id), lifetime);
    },
    [dismiss],
  );
  const runAction = useCallback(
    (toast: Toast) => {
      toast.action?.run();
      dismiss(toast.id);
    },
    [dismiss],
  );

  // Ctrl+Z outside a text field undoes the latest undoable action; in a field it stays the field's own undo.
  const pending = latestUndo(toasts);
  useEffect(() => {
    if (!pending) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      const z = event.key === 'z' || event.key === 'Z';
      if (!z || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      runAction(pending);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pending, runAction]);

  const open = expanded && toasts.length > VISIBLE_TOASTS;
  const { shown, folded } = shownToasts(toasts, open);
  const newest = toasts.at(-1);
  const api = useMemo(() => ({ push }), [push]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="sr-only toast-announcer" role="status" aria-live="polite" data-testid="toast-announcer">
        {newest && <p key={newest.id}>{announcement(newest)}</p>}
      </div>
      {toasts.length > 0 && (
        <section className="toasts" aria-label="Notices" data-testid="toasts">
          {(folded > 0 || open) && (
            <button type="button" className="toast-more" aria-expanded={open} onClick={() => setExpanded(!open)}>
              {open ? 'Show fewer' : `+${folded} more`}
            </button>
          )}
          {shown.map((toast) => (
            <div key={toast.id} className={`toast toast-${toast.kind}`} data-testid="toast">
              <div className="toast-body">
                <strong>
                  <Quoted text={toast.title} />
                </strong>
                {toast.lines.length > 0 && (
                  <ul>
                    {toast.lines.map((line, i) => (
                      <li key={i}>
                        <Quoted text={line} />
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              {toast.action && (
                <button
                  type="button"
                  className="toast-action"
                  title={toast.action.undo ? 'Ctrl+Z' : undefined}
                  onClick={() => runAction(toast)}
                >
                  {toast.action.label}
                </button>
              )}
              <button
                type="button"
                className="toast-close"
                aria-label={`Dismiss: ${toast.title}`}
                onClick={() => {
                  // Once few enough remain to show them all, the next pile folds again.
                  if (toasts.length - 1 <= VISIBLE_TOASTS) setExpanded(false);
                  dismiss(toast.id);
                }}
              >
                ×
              </button>
            </div>
          ))}
        </section>
      )}
    </ToastContext.Provider>
  );
}

/**
 * A notice's text with what it quotes (a passage, a title, often in another script) isolated, so Arabic or
 * Hebrew inside “…” keeps its marks at the right ends of an English sentence.
 */
function Quoted({ text }: { text: string }): ReactNode {
  const parts = text.split(/“([^“”]*)”/);
  if (parts.length === 1) return text;
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <Fragment key={i}>
        “<bdi>{part}</bdi>”
      </Fragment>
    ) : (
      part
    ),
  );
}
