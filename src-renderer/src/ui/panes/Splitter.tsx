// The splitter beside a side pane: a focusable separator that a drag or the arrow keys resize (Home and End
// for the narrowest and widest, Enter to collapse or expand), and a button that hides or shows the pane.
// Collapsed, it is the pane's rail: a narrow strip whose button names the pane and brings it back.
import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { separatorId, type PaneSlot } from './pane-context';
import { dragState, keySize } from './pane-sizing';

export function Splitter({ slot }: { slot: PaneSlot }): ReactNode {
  const { side, config, state, fit, drawer, limit } = slot;
  const docked = fit.mode === 'docked';
  const open = docked || drawer;
  const drag = useRef<{ pointer: number; x: number; size: number } | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    if (!docked || event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    drag.current = { pointer: event.pointerId, x: event.clientX, size: fit.width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    const start = drag.current;
    if (!start || start.pointer !== event.pointerId) return;
    slot.setState(dragState(start.size, event.clientX - start.x, side, config.spec, limit));
  };
  const endDrag = (event: PointerEvent<HTMLDivElement>): void => {
    if (drag.current?.pointer === event.pointerId) drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      slot.toggle();
      return;
    }
    if (event.key === 'Escape' && drawer) {
      event.preventDefault();
      slot.closeDrawer();
      return;
    }
    const size = keySize(event.key, event.shiftKey, docked ? fit.width : state.size, side, config.spec, limit);
    if (size === null) return;
    event.preventDefault();
    const growing = size > state.size || event.key === (side === 'start' ? 'ArrowRight' : 'ArrowLeft');
    if (fit.mode === 'collapsed' && growing) slot.toggle();
    else slot.setState({ size, collapsed: state.collapsed });
  };

  const name = config.name;
  const action = `${open ? 'Hide' : 'Show'} ${name}`;
  const chevron = (side === 'start') === open ? '‹' : '›';
  return (
    <div className={`splitter splitter-${side}${docked ? '' : ' rail'}`} data-testid={`${config.id}-splitter`}>
      <div
        role="separator"
        id={separatorId(config)}
        className="splitter-handle"
        tabIndex={0}
        aria-orientation="vertical"
        aria-controls={config.id}
        aria-label={`Resize ${name}`}
        aria-valuemin={0}
        aria-valuemax={limit}
        aria-valuenow={docked ? fit.width : 0}
        aria-valuetext={docked ? `${name} ${fit.width} pixels wide` : `${name} hidden`}
        title={`Drag or use the arrow keys to resize the ${name}; Enter hides or shows it`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        onKeyDown={onKeyDown}
      />
      <button
        type="button"
        className="splitter-toggle"
        tabIndex={-1}
        aria-label={action}
        aria-controls={config.id}
        aria-expanded={open}
        title={`${action} (${slot.shortcut})`}
        onClick={slot.toggle}
      >
        <span aria-hidden="true">{chevron}</span>
        {!docked && (
          <span className="rail-label" aria-hidden="true">
            {config.railLabel}
          </span>
        )}
      </button>
    </div>
  );
}
