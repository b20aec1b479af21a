// A side pane of the enclosing PaneLayout with its splitter: docked beside the centre at its width, gone
// to its rail when collapsed, or, when the window has no room for it, opened over the centre as a drawer
// that takes the focus (Escape or a click outside closes it). Outside a layout it shows its content as it is.
import { useEffect, type KeyboardEvent, type ReactNode } from 'react';
import { separatorId, usePaneSlot } from './pane-context';
import { drawerWidth, type Side } from './pane-sizing';
import { Splitter } from './Splitter';

export function SidePane({ side, children }: { side: Side; children: ReactNode }): ReactNode {
  const slot = usePaneSlot(side);
  const drawer = slot?.drawer ?? false;
  const id = slot?.config.id;
  const closeDrawer = slot?.closeDrawer;

  // An opened drawer takes the focus, so that the keyboard is where the analyst is looking.
  useEffect(() => {
    if (drawer && id) document.getElementById(id)?.focus();
  }, [drawer, id]);
  useEffect(() => {
    if (!drawer || !id || !closeDrawer) return;
    const onPointerDown = (event: globalThis.PointerEvent): void => {
      const target = event.target instanceof Node ? event.target : null;
      const splitter = document.getElementById(separatorId({ id }))?.parentElement;
      if (target && !document.getElementById(id)?.contains(target) && !splitter?.contains(target)) closeDrawer();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [drawer, id, closeDrawer]);

  if (!slot) return children;
  const { config, fit, state } = slot;
  const width = fit.mode === 'docked' ? fit.width : drawerWidth(config.spec, state, slot.available);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'Escape' || !drawer) return;
    document.getElementById(separatorId(config))?.focus();
    slot.closeDrawer();
  };
  const pane = (
    <div
      id={config.id}
      className={`side-pane side-pane-${side}${drawer ? ' drawer' : ''}`}
      style={{ width }}
      hidden={fit.mode !== 'docked' && !drawer}
      tabIndex={drawer ? -1 : undefined}
      onKeyDown={onKeyDown}
    >
      {children}
    </div>
  );
  const splitter = <Splitter slot={slot} />;
  return side === 'start' ? (
    <>
      {pane}
      {splitter}
    </>
  ) : (
    <>
      {splitter}
      {pane}
    </>
  );
}
