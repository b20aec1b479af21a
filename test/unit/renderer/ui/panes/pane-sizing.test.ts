// The side panes' sizing rules: clamping, drags and keys, and which panes give way in a narrow window.
import { describe, expect, it } from 'vitest';
import {
  clampSize,
  dragState,
  drawerWidth,
  fitPanes,
  HANDLE_WIDTH,
  keySize,
  RAIL_WIDTH,
  shrinkTo,
  sizeLimit,
  type PaneSpec,
} from '../../../../../src-renderer/src/ui/panes/pane-sizing';

const LIST: PaneSpec = { min: 220, max: 640, initial: 340 };
const NOTES: PaneSpec = { min: 240, max: 640, initial: 320 };
const open = (spec: PaneSpec, size = spec.initial) => ({ spec, state: { size, collapsed: false } });
const closed = (spec: PaneSpec) => ({ spec, state: { size: spec.initial, collapsed: true } });
const READER = 500;

describe('clampSize', () => {
  it('keeps a size within the bounds, rounded, and takes the initial for a size that is not a number', () => {
    expect(clampSize(100, LIST)).toBe(220);
    expect(clampSize(9000, LIST)).toBe(640);
    expect(clampSize(300.6, LIST)).toBe(301);
    expect(clampSize(Number.NaN, LIST)).toBe(340);
    expect(clampSize(Number.POSITIVE_INFINITY, LIST)).toBe(340);
  });
});

describe('fitPanes', () => {
  it('docks both panes at their chosen widths when the window has room', () => {
    const fit = fitPanes(1920, READER, open(LIST), open(NOTES, 400));
    expect(fit).toEqual({ start: { mode: 'docked', width: 340 }, end: { mode: 'docked', width: 400 } });
  });

  it('shrinks both panes toward their minimums, each by what it can give, to keep the centre', () => {
    const fit = fitPanes(1024, READER, open(LIST), open(NOTES));
    const room = 1024 - READER - 2 * HANDLE_WIDTH;
    const taken = (fit.start?.width ?? 0) + (fit.end?.width ?? 0);
    expect(taken).toBeLessThanOrEqual(room);
    expect(taken).toBeGreaterThanOrEqual(room - 1);
    // The list can give 120 px and the notes 80: the list gives 3/5 of what is needed.
    const given = 340 + 320 - room;
    expect(fit.start?.width).toBe(Math.floor(340 - (given * 120) / 200));
    expect(fit.start?.mode).toBe('docked');
    expect(fit.end?.mode).toBe('docked');
  });

  it('squeezes the notes first when both cannot fit at their minimums, and the list gets its width back', () => {
    const fit = fitPanes(900, READER, open(LIST), open(NOTES));
    expect(fit.end).toEqual({ mode: 'squeezed', width: 0 });
    // 900 - 500 - one rail - one handle leaves 366 px: the list's 340 fits whole.
    expect(fit.start).toEqual({ mode: 'docked', width: 340 });
  });

  it('squeezes the list too when even alone it leaves the centre too little (200% zoom)', () => {
    const fit = fitPanes(640, READER, open(LIST), open(NOTES));
    expect(fit.start?.mode).toBe('squeezed');
    expect(fit.end?.mode).toBe('squeezed');
  });

  it('reports a pane the analyst collapsed as collapsed, whatever the room, and gives its room to the rest', () => {
    const fit = fitPanes(1024, READER, open(LIST), closed(NOTES));
    expect(fit.end).toEqual({ mode: 'collapsed', width: 0 });
    expect(fit.start).toEqual({ mode: 'docked', width: 340 });
    expect(fitPanes(400, READER, closed(LIST), closed(NOTES)).start?.mode).toBe('collapsed');
  });

  it('counts a collapsed pane as its rail, so the centre takes the window less the rails', () => {
    const fit = fitPanes(READER + 340 + HANDLE_WIDTH + RAIL_WIDTH, READER, open(LIST), closed(NOTES));
    expect(fit.start).toEqual({ mode: 'docked', width: 340 });
    const tight = fitPanes(READER + 340 + HANDLE_WIDTH + RAIL_WIDTH - 10, READER, open(LIST), closed(NOTES));
    expect(tight.start).toEqual({ mode: 'docked', width: 330 });
  });

  it('fits a layout that has only one of its panes', () => {
    expect(fitPanes(1280, READER, open(LIST), null)).toEqual({ start: { mode: 'docked', width: 340 }, end: null });
    expect(fitPanes(600, READER, null, open(NOTES))).toEqual({ start: null, end: { mode: 'squeezed', width: 0 } });
  });
});

describe('shrinkTo', () => {
  it('leaves widths that fit, and never goes under the minimums', () => {
    expect(shrinkTo([300, 300], [200, 200], 700)).toEqual([300, 300]);
    expect(shrinkTo([300, 260], [200, 200], 500)).toEqual([262, 237]);
    expect(shrinkTo([300, 300], [200, 200], 100)).toEqual([200, 200]);
  });
});

describe('dragging and keys', () => {
  it('moves a start pane with the pointer and an end pane against it, within the limit', () => {
    expect(dragState(300, 40, 'start', LIST, 640)).toEqual({ size: 340, collapsed: false });
    expect(dragState(300, 40, 'end', NOTES, 640)).toEqual({ size: 260, collapsed: false });
    expect(dragState(300, 500, 'start', LIST, 480)).toEqual({ size: 480, collapsed: false });
    expect(dragState(300, -150, 'start', LIST, 640)).toEqual({ size: 220, collapsed: false });
  });

  it('collapses a pane dragged under half its minimum, keeping the width it had for when it comes back', () => {
    expect(dragState(300, -200, 'start', LIST, 640)).toEqual({ size: 300, collapsed: true });
    expect(dragState(300, 200, 'end', NOTES, 640)).toEqual({ size: 300, collapsed: true });
  });

  it('moves the splitter the way the arrow points, by 16 or 64 px, with Home and End at the bounds', () => {
    expect(keySize('ArrowRight', false, 300, 'start', LIST, 640)).toBe(316);
    expect(keySize('ArrowLeft', true, 300, 'start', LIST, 640)).toBe(236);
    expect(keySize('ArrowLeft', false, 300, 'end', NOTES, 640)).toBe(316);
    expect(keySize('ArrowRight', true, 300, 'end', NOTES, 640)).toBe(240);
    expect(keySize('ArrowRight', true, 600, 'start', LIST, 610)).toBe(610);
    expect(keySize('Home', false, 300, 'start', LIST, 640)).toBe(220);
    expect(keySize('End', false, 300, 'start', LIST, 500)).toBe(500);
    expect(keySize('a', false, 300, 'start', LIST, 640)).toBeNull();
  });

  it('limits a pane to what the centre and the other pane leave, and never under its minimum', () => {
    expect(sizeLimit(LIST, 1920, READER, 326)).toBe(640);
    expect(sizeLimit(LIST, 1280, READER, 326)).toBe(1280 - READER - 326 - HANDLE_WIDTH);
    expect(sizeLimit(LIST, 800, READER, 326)).toBe(220);
  });

  it('opens a squeezed pane as a drawer at its width, or what the window leaves beside the rails', () => {
    expect(drawerWidth(LIST, { size: 340, collapsed: false }, 1000)).toBe(340);
    expect(drawerWidth(LIST, { size: 600, collapsed: false }, 500)).toBe(500 - 2 * RAIL_WIDTH - 16);
    expect(drawerWidth(LIST, { size: 340, collapsed: false }, 200)).toBe(200 - RAIL_WIDTH);
  });
});
