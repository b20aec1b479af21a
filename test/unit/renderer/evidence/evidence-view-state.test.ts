// The evidence table's view state for the session: each library keeps its own, a library never seen starts
// fresh, and the rows gone from the library are dropped from the selection, the focus and the anchor.
import { describe, expect, it } from 'vitest';
import {
  dropGoneRows,
  FRESH_VIEW,
  patchViewState,
  rememberScroll,
  viewState,
} from '../../../../src-renderer/src/features/evidence/evidence-view-state';

describe('evidence view state', () => {
  it('keeps each library its own state, and a new library starts fresh', () => {
    patchViewState('lib-a', {
      sorting: [{ id: 'article', desc: false }],
      rowSelection: { h1: true, h2: true },
      focusId: 'h2',
    });
    rememberScroll('lib-a', 640);
    expect(viewState('lib-a')).toMatchObject({
      sorting: [{ id: 'article', desc: false }],
      rowSelection: { h1: true, h2: true },
      focusId: 'h2',
      scrollTop: 640,
    });
    expect(viewState('lib-b')).toEqual(FRESH_VIEW);
    patchViewState('lib-b', { rowSelection: { h9: true } });
    expect(viewState('lib-a').rowSelection).toEqual({ h1: true, h2: true });
  });

  it('drops the selected, focused and anchor rows no longer in the library, and keeps the rest', () => {
    patchViewState('lib-c', { rowSelection: { h1: true, h2: true, h3: true }, focusId: 'h3', anchorId: 'h1' });
    const before = viewState('lib-c');
    dropGoneRows('lib-c', new Set(['h1', 'h2', 'h3', 'h4']));
    expect(viewState('lib-c')).toBe(before);
    dropGoneRows('lib-c', new Set(['h1', 'h4']));
    expect(viewState('lib-c')).toMatchObject({ rowSelection: { h1: true }, focusId: null, anchorId: 'h1' });
  });
});
