// What a layout tells its side panes and splitters: each pane's configuration, the analyst's choice, how
// it fits now, and the actions a splitter, its button or a shortcut takes.
import { createContext, useContext } from 'react';
import type { PaneFit, PaneSpec, PaneState, Side } from './pane-sizing';

export interface PaneConfig {
  /** The pane's DOM id (for aria-controls) and its storage key. */
  readonly id: string;
  /** How labels name it: "library list" gives "Hide library list". */
  readonly name: string;
  /** The short word its rail shows when collapsed. */
  readonly railLabel: string;
  readonly spec: PaneSpec;
}

export interface PaneSlot {
  readonly side: Side;
  readonly config: PaneConfig;
  readonly state: PaneState;
  readonly fit: PaneFit;
  /** A squeezed pane opened over the centre. */
  readonly drawer: boolean;
  /** The widest the pane may be made now. */
  readonly limit: number;
  /** The whole layout's width, for a drawer's. */
  readonly available: number;
  readonly shortcut: string;
  setState(next: PaneState): void;
  toggle(): void;
  closeDrawer(): void;
}

export interface PaneSlots {
  readonly start: PaneSlot | null;
  readonly end: PaneSlot | null;
}

export const PaneContext = createContext<PaneSlots>({ start: null, end: null });

export function usePaneSlot(side: Side): PaneSlot | null {
  return useContext(PaneContext)[side];
}

export const separatorId = (config: Pick<PaneConfig, 'id'>): string => `${config.id}-separator`;
