// A row of an optional start pane, a flexible centre and an optional end pane (the end pane may sit deeper
// in the tree, as the notes beside the reader do). It measures its width, fits the panes to it, remembers
// each pane's width and collapsed state, and takes Ctrl+\ (start pane) and Ctrl+Shift+\ (end pane).
import { useEffect, useRef, useState, type ReactNode } from 'react';
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
  readonly children: ReactNode;
}

export const SHORTCUTS: Readonly<Record<Side, string>> = { start: 'Ctrl+\\', end: 'Ctrl+Shift+\\' };

/** A pane's remembered state, and whether it is open as a drawer (which is not remembered). */
function usePaneChoice(
  config: PaneConfig | null,
): [PaneState, (next: PaneState) => void, boolean, (open: boolean) => void] {
  const key = config?.id ?? '';
  const spec = config?.spec;
  const [state, setState] = useState<PaneState>(() => (spec ? readPaneState(key, spec) : { size: 0, collapsed: true }));
  const [drawer, setDrawer] = useState(false);
  useEffect(() => {
    if (spec) writePaneState(key, state);
  }, [key, spec, state]);
  return [state, setState, drawer, setDrawer];
}

export function PaneLayout({ start, end, centreMin, className, hidden = false, children }: Props): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const available = useElementWidth(ref, typeof window === 'undefined' ? 1280 : window.innerWidth);
  const [startState, setStartState, startDrawer, setStartDrawer] = usePaneChoice(start);
  const [endState, setEndState, endDrawer, setEndDrawer] = usePaneChoice(end);
  const fit = fitPanes(
    available,
    centreMin,
    start && { spec: start.spec, state: startState },
    end && { spec: end.spec, state: endState },
  );
  const startFit = fit.start;
  const endFit = fit.end;

  // A drawer belongs to a squeezed pane: once the pane docks again (or is collapsed), it is closed.
  useEffect(() => {
    if (startFit?.mode !== 'squeezed') setStartDrawer(false);
    if (endFit?.mode !== 'squeezed') setEndDrawer(false);
  }, [startFit?.mode, endFit?.mode, setStartDrawer, setEndDrawer]);

  const slots = ((): PaneSlots => {
    const taken = (other: PaneFit | null): number =>
      !other ? 0 : other.mode === 'docked' ? other.width + HANDLE_WIDTH : RAIL_WIDTH;
    const slot = (
      side: Side,
      config: PaneConfig | null,
      state: PaneState,
      paneFit: PaneFit | null,
      drawer: boolean,
      setState: (next: PaneState) => void,
      setDrawer: (open: boolean) => void,
      other: PaneFit | null,
    ): PaneSlot | null => {
      if (!config || !paneFit) return null;
      return {
        side,
        config,
        state,
        fit: paneFit,
        drawer: drawer && paneFit.mode === 'squeezed',
        limit: sizeLimit(config.spec, available, centreMin, taken(other)),
        available,
        shortcut: SHORTCUTS[side],
        setState,
        closeDrawer: () => setDrawer(false),
        toggle: () => {
          // Focus inside a pane that closes goes to its splitter, which stays.
          const pane = document.getElementById(config.id);
          const closing = paneFit.mode === 'docked' || (paneFit.mode === 'squeezed' && drawer);
          if (closing && pane?.contains(document.activeElement)) document.getElementById(separatorId(config))?.focus();
          if (paneFit.mode === 'docked') setState({ ...state, collapsed: true });
          else if (paneFit.mode === 'collapsed') {
            setState({ ...state, collapsed: false });
            setDrawer(true);
          } else setDrawer(!drawer);
        },
      };
    };
    return {
      start: slot('start', start, startState, startFit, startDrawer, setStartState, setStartDrawer, endFit),
      end: slot('end', end, endState, endFit, endDrawer, setEndState, setEndDrawer, startFit),
    };
  })();

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
      <div ref={ref} className={`pane-layout ${className}`} hidden={hidden}>
        {children}
      </div>
    </PaneContext.Provider>
  );
}
