// A row of an optional start pane, a flexible centre and an optional end pane (the end pane may sit deeper
// in the tree, as the notes beside the reader do). It measures its width, fits the panes to it, remembers
// each pane's width and collapsed state, and takes Ctrl+\ (start pane) and Ctrl+Shift+\ (end pane).
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { PaneContext, separatorId, type PaneConfig, type PaneSlot, type PaneSlots } from './pane-context';
import { fitPanes, HANDLE_WIDTH, RAIL_WIDTH, sizeLimit, type PaneFit, type PaneState, type Side } from './pane-sizing';
import { readPaneState, writePaneState } from './pane-store';
import { useElementWidth } from './use-element-width';

interface Props {
  readonly start: PaneConfig | null;
  readonly end: PaneConfig | null;
  /** The narrowest the centre may be made before the side panes give way. */
  readonly centreMin: number;
  readonly className: string;
  readonly hidden?: boolean;
  /** The tab panel this layout is (its id, and the id of the tab that names it). */
  readonly panel?: { readonly id: string; readonly labelledBy: string };
  readonly children: ReactNode;
}

export const SHORTCUTS: Readonly<Record<Side, string>> = { start: 'Ctrl+\\', end: 'Ctrl+Shift+\\' };

/** What the other pane takes from the room a pane may grow into. */
const taken = (other: PaneFit | null): number =>
  !other ? 0 : other.mode === 'docked' ? other.width + HANDLE_WIDTH : RAIL_WIDTH;

interface PaneChoice {
  readonly state: PaneState;
  readonly setState: (next: PaneState) => void;
  /** Open as a drawer (not remembered). */
  readonly drawer: boolean;
  readonly setDrawer: (open: boolean) => void;
}

/** A pane's remembered state, and whether it is open as a drawer. */
function usePaneChoice(config: PaneConfig | null): PaneChoice {
  const key = config?.id ?? '';
  const spec = config?.spec;
  const [state, setState] = useState<PaneState>(() => (spec ? readPaneState(key, spec) : { size: 0, collapsed: true }));
  const [drawer, setDrawer] = useState(false);
  useEffect(() => {
    if (spec) writePaneState(key, state);
  }, [key, spec, state]);
  return { state, setState, drawer, setDrawer };
}

interface Room {
  readonly available: number;
  readonly centreMin: number;
}

function makeSlot(
  side: Side,
  config: PaneConfig | null,
  choice: PaneChoice,
  fit: PaneFit | null,
  other: PaneFit | null,
  room: Room,
): PaneSlot | null {
  if (!config || !fit) return null;
  const { state, setState, drawer, setDrawer } = choice;
  return {
    side,
    config,
    state,
    fit,
    drawer: drawer && fit.mode === 'squeezed',
    limit: sizeLimit(config.spec, room.available, room.centreMin, taken(other)),
    available: room.available,
    shortcut: SHORTCUTS[side],
    setState,
    closeDrawer: () => setDrawer(false),
    toggle: () => {
      // Focus inside a pane that closes goes to its splitter, which stays.
      const pane = document.getElementById(config.id);
      const closing = fit.mode === 'docked' || (fit.mode === 'squeezed' && drawer);
      if (closing && pane?.contains(document.activeElement)) document.getElementById(separatorId(config))?.focus();
      if (fit.mode === 'docked') setState({ ...state, collapsed: true });
      else if (fit.mode === 'collapsed') {
        setState({ ...state, collapsed: false });
        setDrawer(true);
      } else setDrawer(!drawer);
    },
  };
}

export function PaneLayout({ start, end, centreMin, className, hidden = false, panel, children }: Props): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const available = useElementWidth(ref, typeof window === 'undefined' ? 1280 : window.innerWidth);
  const startChoice = usePaneChoice(start);
  const endChoice = usePaneChoice(end);
  const { state: startState, setState: setStartState, drawer: startDrawer, setDrawer: setStartDrawer } = startChoice;
  const { state: endState, setState: setEndState, drawer: endDrawer, setDrawer: setEndDrawer } = endChoice;
  const slots = useMemo((): PaneSlots => {
    const fit = fitPanes(
      available,
      centreMin,
      start && { spec: start.spec, state: startState },
      end && { spec: end.spec, state: endState },
    );
    const room = { available, centreMin };
    const startPane = { state: startState, setState: setStartState, drawer: startDrawer, setDrawer: setStartDrawer };
    const endPane = { state: endState, setState: setEndState, drawer: endDrawer, setDrawer: setEndDrawer };
    return {
      start: makeSlot('start', start, startPane, fit.start, fit.end, room),
      end: makeSlot('end', end, endPane, fit.end, fit.start, room),
    };
  }, [
    available,
    centreMin,
    start,
    end,
    startState,
    endState,
    startDrawer,
    endDrawer,
    setStartState,
    setEndState,
    setStartDrawer,
    setEndDrawer,
  ]);
  const startMode = slots.start?.fit.mode;
  const endMode = slots.end?.fit.mode;

  // A drawer belongs to a squeezed pane: once the pane docks again (or is collapsed), it is closed.
  useEffect(() => {
    if (startMode !== 'squeezed') setStartDrawer(false);
    if (endMode !== 'squeezed') setEndDrawer(false);
  }, [startMode, endMode, setStartDrawer, setEndDrawer]);

  // The listener stays subscribed while the layout shows; it acts on the latest render's panes.
  const latest = useRef(slots);
  useEffect(() => {
    latest.current = slots;
  });
  useEffect(() => {
    if (hidden) return;
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.code !== 'Backslash') return;
      const target = event.shiftKey ? latest.current.end : latest.current.start;
      if (!target) return;
      event.preventDefault();
      target.toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hidden]);

  return (
    <PaneContext.Provider value={slots}>
      <div
        ref={ref}
        className={`pane-layout ${className}`}
        hidden={hidden}
        {...(panel ? { role: 'tabpanel', id: panel.id, 'aria-labelledby': panel.labelledBy } : {})}
      >
        {children}
      </div>
    </PaneContext.Provider>
  );
}
