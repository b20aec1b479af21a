// Remembered pane state: written and read back per pane, and a missing or damaged value gives the default.
import { describe, expect, it } from 'vitest';
import { readPaneState, writePaneState } from '../../../../../src-renderer/src/ui/panes/pane-store';
import { memoryStorage, refusingStorage } from '../test-storage';

const SPEC = { min: 200, max: 600, initial: 320 };

describe('pane store', () => {
  it('reads back what was written, each pane under its own key', () => {
    const storage = memoryStorage();
    writePaneState('list', { size: 410, collapsed: false }, storage);
    writePaneState('notes', { size: 280, collapsed: true }, storage);
    expect(readPaneState('list', SPEC, storage)).toEqual({ size: 410, collapsed: false });
    expect(readPaneState('notes', SPEC, storage)).toEqual({ size: 280, collapsed: true });
    expect([...storage.items.keys()]).toEqual(['dossier.pane.list', 'dossier.pane.notes']);
  });

  it('gives the initial width, open, for a missing, damaged or strange value, and clamps a stored size', () => {
    const storage = memoryStorage();
    expect(readPaneState('list', SPEC, storage)).toEqual({ size: 320, collapsed: false });
    for (const raw of ['{', 'null', '"wide"', '{"size":"big","collapsed":"yes"}']) {
      storage.items.set('dossier.pane.list', raw);
      expect(readPaneState('list', SPEC, storage)).toEqual({ size: 320, collapsed: false });
    }
    storage.items.set('dossier.pane.list', '{"size":5000,"collapsed":true}');
    expect(readPaneState('list', SPEC, storage)).toEqual({ size: 600, collapsed: true });
  });

  it('keeps working when storage refuses to be read or written', () => {
    expect(readPaneState('list', SPEC, refusingStorage)).toEqual({ size: 320, collapsed: false });
    expect(() => writePaneState('list', { size: 300, collapsed: false }, refusingStorage)).not.toThrow();
  });
});
