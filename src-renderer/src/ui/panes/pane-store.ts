// Each pane's width and collapsed state, remembered in localStorage under its own key; a value that is
// missing or damaged gives the pane's initial width, open.
import { clampSize, type PaneSpec, type PaneState } from './pane-sizing';

const PREFIX = 'dossier.pane.';

export function readPaneState(
  key: string,
  spec: PaneSpec,
  storage: Pick<Storage, 'getItem'> = localStorage,
): PaneState {
  const initial = { size: spec.initial, collapsed: false };
  let raw: string | null;
  try {
    raw = storage.getItem(PREFIX + key);
  } catch {
    return initial;
  }
  if (raw === null) return initial;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return initial;
    const { size, collapsed } = value as Record<string, unknown>;
    return {
      size: typeof size === 'number' ? clampSize(size, spec) : spec.initial,
      collapsed: collapsed === true,
    };
  } catch {
    return initial;
  }
}

export function writePaneState(key: string, state: PaneState, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(PREFIX + key, JSON.stringify({ size: state.size, collapsed: state.collapsed }));
  } catch {
    // Storage full or refused: the layout still works for this session.
  }
}
