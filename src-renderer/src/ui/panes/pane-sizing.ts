// Pure sizing rules for the side panes around a flexible centre column: clamping a pane to its bounds,
// the sizes a drag or an arrow key gives, and which panes stay docked when the window is too narrow.

export type Side = 'start' | 'end';

/** A side pane's bounds in CSS pixels, and the width it has before the analyst sets one. */
export interface PaneSpec {
  readonly min: number;
  readonly max: number;
  readonly initial: number;
}

/** What the analyst chose for a pane: its width and whether it is collapsed to its rail. */
export interface PaneState {
  readonly size: number;
  readonly collapsed: boolean;
}

/**
 * How a pane shows: `docked` beside the centre at `width`; `collapsed` to its rail by the analyst;
 * `squeezed` to its rail because the window has no room for it (it opens over the centre as a drawer).
 */
export type PaneMode = 'docked' | 'collapsed' | 'squeezed';

export interface PaneFit {
  readonly mode: PaneMode;
  readonly width: number;
}

/** The splitter between a docked pane and the centre. */
export const HANDLE_WIDTH = 6;
/** The rail a collapsed or squeezed pane leaves: its splitter and its Show button. */
export const RAIL_WIDTH = 28;
/** How far one arrow key moves a splitter, and with Shift. */
export const KEY_STEP = 16;
export const KEY_STEP_LARGE = 64;

export function clampSize(size: number, spec: PaneSpec): number {
  if (!Number.isFinite(size)) return spec.initial;
  return Math.round(Math.min(spec.max, Math.max(spec.min, size)));
}

interface PaneInput {
  readonly spec: PaneSpec;
  readonly state: PaneState;
}

/**
 * Fits the panes into `available` pixels so that the centre keeps at least `centreMin`. Docked panes first
 * shrink toward their minimum; when that is not enough the end pane gives way to its rail, then the start
 * pane, and the panes left docked go back to the widths the analyst chose.
 */
export function fitPanes(
  available: number,
  centreMin: number,
  start: PaneInput | null,
  end: PaneInput | null,
): { start: PaneFit | null; end: PaneFit | null } {
  const squeezed = new Set<Side>();
  const sides: [Side, PaneInput | null][] = [
    ['start', start],
    ['end', end],
  ];
  // The end pane (notes, preview) gives way before the start pane (the list the analyst navigates by).
  for (const giving of [null, 'end', 'start'] as const) {
    if (giving) squeezed.add(giving);
    const docked = sides.filter(
      (entry): entry is [Side, PaneInput] => entry[1] !== null && !entry[1].state.collapsed && !squeezed.has(entry[0]),
    );
    const rails = sides.filter(([side, pane]) => pane !== null && !docked.some(([d]) => d === side)).length;
    const room = available - centreMin - rails * RAIL_WIDTH - docked.length * HANDLE_WIDTH;
    const wanted = docked.map(([, pane]) => clampSize(pane.state.size, pane.spec));
    const floor = docked.reduce((sum, [, pane]) => sum + pane.spec.min, 0);
    if (room < floor && giving !== 'start') continue;
    const widths = shrinkTo(
      wanted,
      docked.map(([, pane]) => pane.spec.min),
      room,
    );
    const fitOf = (side: Side, pane: PaneInput | null): PaneFit | null => {
      if (!pane) return null;
      const at = docked.findIndex(([d]) => d === side);
      if (at >= 0) return { mode: 'docked', width: widths[at] ?? pane.spec.min };
      return { mode: pane.state.collapsed ? 'collapsed' : 'squeezed', width: 0 };
    };
    return { start: fitOf('start', start), end: fitOf('end', end) };
  }
  return { start: null, end: null }; // not reached: the last pass always returns
}

/**
 * Shrinks widths toward their minimums, each in proportion to what it can give, until they fit in `room`
 * (rounded down, so that together they never take a pixel more).
 */
export function shrinkTo(wanted: readonly number[], mins: readonly number[], room: number): number[] {
  const total = wanted.reduce((a, b) => a + b, 0);
  const excess = total - room;
  if (excess <= 0) return [...wanted];
  const slack = wanted.map((w, i) => Math.max(0, w - (mins[i] ?? 0)));
  const give = slack.reduce((a, b) => a + b, 0);
  if (give <= 0) return [...wanted];
  const share = Math.min(1, excess / give);
  return wanted.map((w, i) => Math.floor(w - (slack[i] ?? 0) * share));
}

/** The widest a docked pane may be now: its maximum, or what the centre and the other pane leave it. */
export function sizeLimit(spec: PaneSpec, available: number, centreMin: number, otherWidth: number): number {
  const room = available - centreMin - otherWidth - HANDLE_WIDTH;
  return Math.max(spec.min, Math.min(spec.max, Math.floor(room)));
}

/**
 * The state a drag leaves: the start size moved by `delta` pixels (toward the centre grows a start pane and
 * shrinks an end pane), clamped; dragged under half its minimum, the pane collapses instead.
 */
export function dragState(startSize: number, delta: number, side: Side, spec: PaneSpec, limit: number): PaneState {
  const raw = startSize + (side === 'start' ? delta : -delta);
  if (raw < spec.min / 2) return { size: clampSize(startSize, spec), collapsed: true };
  return { size: Math.round(Math.min(limit, Math.max(spec.min, raw))), collapsed: false };
}

/** The size an arrow, Home or End key gives a splitter (arrows move it that way), or null for other keys. */
export function keySize(
  key: string,
  large: boolean,
  current: number,
  side: Side,
  spec: PaneSpec,
  limit: number,
): number | null {
  const step = large ? KEY_STEP_LARGE : KEY_STEP;
  const grow = side === 'start' ? 'ArrowRight' : 'ArrowLeft';
  const shrink = side === 'start' ? 'ArrowLeft' : 'ArrowRight';
  const clamp = (size: number): number => Math.round(Math.min(limit, Math.max(spec.min, size)));
  if (key === grow) return clamp(current + step);
  if (key === shrink) return clamp(current - step);
  if (key === 'Home') return spec.min;
  if (key === 'End') return clamp(limit);
  return null;
}

/** The width a squeezed pane takes when opened as a drawer over the centre. */
export function drawerWidth(spec: PaneSpec, state: PaneState, available: number): number {
  const room = available - 2 * RAIL_WIDTH - 16;
  return Math.max(Math.min(spec.min, available - RAIL_WIDTH), Math.min(clampSize(state.size, spec), room));
}
