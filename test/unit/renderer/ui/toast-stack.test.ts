// The notices' stack: what stays, what folds into "+N more", and which Undo Ctrl+Z runs.
import { describe, expect, it } from 'vitest';
import {
  announcement,
  latestUndo,
  shownToasts,
  toastLifetime,
  VISIBLE_TOASTS,
  withToast,
  type Toast,
} from '../../../../src-renderer/src/ui/toast-stack';

const run = (): void => undefined;
const note = (id: number, kind: Toast['kind'] = 'success'): Toast => ({ id, kind, title: `Notice ${id}`, lines: [] });
const undo = (id: number): Toast => ({
  id,
  kind: 'info',
  title: `Deleted ${id}`,
  lines: [],
  action: { label: 'Undo', run, undo: true },
});
const ids = (list: readonly Toast[]): number[] => list.map((t) => t.id);

describe('how long a notice stays', () => {
  it('an Undo, an error, a warning and a lasting action stay until dismissed', () => {
    expect(toastLifetime(undo(1))).toBeNull();
    expect(toastLifetime(note(1, 'error'))).toBeNull();
    expect(toastLifetime(note(1, 'warning'))).toBeNull();
    expect(toastLifetime({ kind: 'success', action: { label: 'Undo import', run, lasting: true } })).toBeNull();
  });

  it('a confirmation leaves by itself, later when it offers an action', () => {
    expect(toastLifetime(note(1))).toBe(6_000);
    expect(toastLifetime({ kind: 'info', action: { label: 'Show', run } })).toBe(12_000);
  });
});

describe('the stack', () => {
  it('keeps at most the cap, dropping the oldest that is not an Undo', () => {
    let list: Toast[] = [];
    list = withToast(list, undo(1), 3);
    list = withToast(list, note(2), 3);
    list = withToast(list, note(3), 3);
    list = withToast(list, note(4), 3);
    expect(ids(list)).toEqual([1, 3, 4]);
  });

  it('drops the oldest Undo only when every notice is one', () => {
    const list = [undo(1), undo(2)].reduce<Toast[]>((acc, t) => withToast(acc, t, 2), []);
    expect(ids(withToast(list, undo(3), 2))).toEqual([2, 3]);
  });

  it('shows the newest few and folds the rest into "+N more"', () => {
    const list = [1, 2, 3, 4, 5].map((id) => note(id));
    expect(shownToasts(list, false)).toEqual({ shown: list.slice(-VISIBLE_TOASTS), folded: 2 });
    expect(shownToasts(list, true)).toEqual({ shown: list, folded: 0 });
    expect(shownToasts(list.slice(0, 3), false)).toEqual({ shown: list.slice(0, 3), folded: 0 });
  });

  it('keeps the latest Undo in view when newer notices came after it', () => {
    const list = [note(1), undo(2), note(3), note(4), note(5)];
    const { shown, folded } = shownToasts(list, false);
    expect(ids(shown)).toEqual([2, 4, 5]);
    expect(folded).toBe(2);
  });

  it('Ctrl+Z takes the newest Undo, and none when there is none', () => {
    expect(latestUndo([undo(1), note(2), undo(3), note(4)])?.id).toBe(3);
    expect(latestUndo([note(1)])).toBeUndefined();
  });

  it('announces the title and its lines, and how to undo', () => {
    expect(announcement({ ...undo(7), lines: ['“a quote”'] })).toBe('Deleted 7 “a quote” Ctrl+Z undoes it.');
    expect(announcement(note(2))).toBe('Notice 2');
  });
});
