// The shortcut list the `?` sheet shows: every key the code handles is in it, and combinations split into keys.
import { describe, expect, it } from 'vitest';
import { keysOf, SHORTCUTS } from '../../../../src-renderer/src/app/shortcuts';

const all = new Set(SHORTCUTS.flatMap((group) => group.shortcuts.flatMap((s) => s.keys)));

describe('SHORTCUTS', () => {
  it('lists the app menu, list, caret, highlight, find, layout and brief keys', () => {
    const wanted = [
      '?',
      'Ctrl+F',
      'Ctrl+O',
      'Ctrl+Shift+O',
      'Ctrl+1',
      'Ctrl+2',
      '1',
      '5',
      'Alt+↑',
      'Delete',
      'Ctrl+Z',
      'Escape',
      'Ctrl+Shift+F',
      'F3',
      'Shift+F3',
      'Ctrl+\\',
      'Ctrl+Shift+\\',
      'PageDown',
      'Ctrl+→',
      'Shift+→',
      'W',
    ];
    expect(wanted.filter((key) => !all.has(key))).toEqual([]);
  });

  it('gives every shortcut an action and at least one key, and every group a title', () => {
    for (const group of SHORTCUTS) {
      expect(group.title.length).toBeGreaterThan(0);
      for (const shortcut of group.shortcuts) {
        expect(shortcut.keys.length).toBeGreaterThan(0);
        expect(shortcut.action.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('keysOf', () => {
  it('splits a combination into the keys pressed together', () => {
    expect(keysOf('Ctrl+Shift+O')).toEqual(['Ctrl', 'Shift', 'O']);
    expect(keysOf('Ctrl+\\')).toEqual(['Ctrl', '\\']);
    expect(keysOf('Escape')).toEqual(['Escape']);
  });

  it('keeps a plus key as a key', () => {
    expect(keysOf('+')).toEqual(['+']);
    expect(keysOf('Ctrl++')).toEqual(['Ctrl', '+']);
  });
});
