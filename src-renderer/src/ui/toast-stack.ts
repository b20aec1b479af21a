// The notices' stack as data: how long each stays, which are kept, which few show (the newest, and always
// the latest Undo) and which Undo Ctrl+Z runs. Pure, so the rules are tested without a page.

export type ToastKind = 'info' | 'success' | 'warning' | 'error';

/** A button on the notice, such as Undo. */
export interface ToastAction {
  readonly label: string;
  readonly run: () => void;
  /** The notice stays until dismissed (the undo of a whole import must not vanish while it is read). */
  readonly lasting?: boolean;
  /** It undoes what the analyst just did: it stays until used or dismissed, and Ctrl+Z runs it. */
  readonly undo?: boolean;
}

export interface Toast {
  readonly id: number;
  readonly kind: ToastKind;
  readonly title: string;
  readonly lines: readonly string[];
  readonly action?: ToastAction;
}

/** Notices shown at once; older ones fold into "+N more". */
export const VISIBLE_TOASTS = 3;
/** Notices kept at all: past this the oldest that is not an Undo goes. */
export const KEPT_TOASTS = 20;

/** Milliseconds before the notice leaves by itself; null when it stays until dismissed (or used). */
export function toastLifetime(toast: Pick<Toast, 'kind' | 'action'>): number | null {
  // Errors and warnings stay: the analyst must be able to read what went wrong.
  if (toast.kind === 'error' || toast.kind === 'warning') return null;
  if (toast.action?.undo || toast.action?.lasting) return null;
  return toast.action ? 12_000 : 6_000;
}

/** The stack with a new notice on top, the oldest non-Undo notices dropped past `cap`. */
export function withToast(list: readonly Toast[], toast: Toast, cap = KEPT_TOASTS): Toast[] {
  const next = [...list, toast];
  while (next.length > cap) {
    const oldest = next.findIndex((t) => !t.action?.undo);
    next.splice(oldest >= 0 ? oldest : 0, 1);
  }
  return next;
}

/** The newest notice whose action is an Undo still waiting. */
export function latestUndo(list: readonly Toast[]): Toast | undefined {
  return list.findLast((t) => t.action?.undo === true);
}

export interface ShownToasts {
  /** In the order they came, oldest first. */
  readonly shown: readonly Toast[];
  /** How many are folded away ("+N more"). */
  readonly folded: number;
}

/** The newest few, and the latest Undo even when newer notices came after it, so it stays one click away. */
export function shownToasts(list: readonly Toast[], expanded: boolean, max = VISIBLE_TOASTS): ShownToasts {
  if (expanded || list.length <= max) return { shown: list, folded: 0 };
  const newest = list.slice(-max);
  const undo = latestUndo(list);
  const shown = undo && !newest.includes(undo) ? [undo, ...newest.slice(1)] : newest;
  return { shown, folded: list.length - shown.length };
}

/** What a screen reader says when the notice comes. */
export function announcement(toast: Toast): string {
  const action = toast.action?.undo ? ' Ctrl+Z undoes it.' : '';
  return [toast.title, ...toast.lines].join(' ') + action;
}
