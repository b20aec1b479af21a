// Short-lived notices in the corner of the window: results of imports, errors, confirmations.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

export type ToastKind = 'info' | 'success' | 'warning' | 'error';

export interface Toast {
  readonly id: number;
  readonly kind: ToastKind;
  readonly title: string;
  readonly lines: readonly string[];
  readonly action?: ToastAction;
}

/** A button on the notice, such as Undo. */
export interface ToastAction {
  readonly label: string;
  readonly run: () => void;
  /** The notice stays until dismissed (the undo of a whole import must not vanish while it is read). */
  readonly lasting?: boolean;
}

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
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const push = useCallback(
    (kind: ToastKind, title: string, lines: readonly string[] = [], action?: ToastAction) => {
      const id = nextId.current++;
      setToasts((list) => [...list.slice(-3), { id, kind, title, lines, ...(action ? { action } : {}) }]);
      // Errors and warnings stay until dismissed: the analyst must be able to read what went wrong.
      if ((kind === 'info' || kind === 'success') && !action?.lasting)
        setTimeout(() => dismiss(id), action ? 12000 : 6000);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ push }), [push]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.kind}`} data-testid="toast">
            <div className="toast-body">
              <strong>{toast.title}</strong>
              {toast.lines.length > 0 && (
                <ul>
                  {toast.lines.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              )}
            </div>
            {toast.action && (
              <button
                type="button"
                className="toast-action"
                onClick={() => {
                  toast.action?.run();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button className="toast-close" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
