// Each pane's width and collapsed state, remembered in localStorage under its own key; a value that is
// missing or damaged gives the pane's initial width, open.
import { readKeptJson, writeKept } from '../kept';
import { clampSize, type PaneSpec, type PaneState } from './pane-sizing';

const PREFIX = 'dossier.pane.';

export function readPaneState(key: string, spec: PaneSpec, storage?: Pick<Storage, 'getItem'>): PaneState {
  const value = readKeptJson(PREFIX + key, storage);
  if (typeof value !== 'object' || value === null) return { size: spec.initial, collapsed: false };
  const { size, collapsed } = value as Record<string, unknown>;
  return {
    size: typeof size === 'number' ? clampSize(size, spec) : spec.initial,
    collapsed: collapsed === true,
  };
}

/** Keeps the pane's state; a full or refused store keeps it for this session only (the layout still works). */
export function writePaneState(key: string, state: PaneState, storage?: Pick<Storage, 'setItem'>): void {
  writeKept(PREFIX + key, JSON.stringify({ size: state.size, collapsed: state.collapsed }), storage);
}
