// The page's view of the library: summaries taken newest first, changes raising the version, renames
// followed, and a failure shown only while nothing has been read.
import { describe, expect, it } from 'vitest';
import type { LibraryDelta, LibrarySummary } from '../../../../../src-preload/contract';
import {
  followRenames,
  INITIAL_LIBRARY,
  touchedBy,
  withDelta,
  withFailure,
  withSummary,
} from '../../../../../src-renderer/src/features/library/library-state';
import { emptySummary } from '../../../../support/library-summary';

function summary(version: number, root = '/lib', articles = 2): LibrarySummary {
  return { ...emptySummary(root, version), articles };
}

function delta(version: number, changes: Partial<LibraryDelta> = {}): LibraryDelta {
  return { root: '/lib', version, upserted: [], removed: [], renamed: [], ...changes };
}

describe('the library state', () => {
  it('takes the first summary and is ready', () => {
    const state = withSummary(INITIAL_LIBRARY, summary(3));
    expect(state.status).toEqual({ kind: 'ready' });
    expect(state.version).toBe(3);
    expect(state.summary?.articles).toBe(2);
  });

  it('keeps a newer summary over an older answer that arrives late', () => {
    const state = withSummary(withSummary(INITIAL_LIBRARY, summary(5, '/lib', 9)), summary(4, '/lib', 1));
    expect(state.summary?.articles).toBe(9);
  });

  it('keeps its summary over an older one that arrives after a newer change', () => {
    const state = withDelta(withSummary(INITIAL_LIBRARY, summary(3, '/lib', 9)), delta(4));
    expect(withSummary(state, summary(3, '/lib', 1))).toBe(state);
    expect(withSummary(state, summary(4, '/lib', 1)).summary?.articles).toBe(1);
  });

  it('raises the version with each change of the open folder, and ignores a late change of another', () => {
    let state = withSummary(INITIAL_LIBRARY, summary(3));
    state = withDelta(state, delta(4, { upserted: ['a.txt'] }));
    expect(state.version).toBe(4);
    expect(withDelta(state, { ...delta(9), root: '/old' })).toBe(state);
    // A summary that already includes the change does not lower the version.
    expect(withSummary(state, summary(4)).version).toBe(4);
  });

  it('follows renames, over several hops, and forgets them when another library opens', () => {
    let state = withSummary(INITIAL_LIBRARY, summary(1));
    state = withDelta(state, delta(2, { renamed: [{ from: 'a.txt', to: 'b.txt' }] }));
    state = withDelta(state, delta(3, { renamed: [{ from: 'b.txt', to: 'c/d.txt' }] }));
    expect(followRenames('a.txt', state.renamedTo)).toBe('c/d.txt');
    expect(followRenames('x.txt', state.renamedTo)).toBe('x.txt');
    expect(followRenames(null, state.renamedTo)).toBeNull();
    expect(withSummary(state, summary(4, '/other')).renamedTo.size).toBe(0);
  });

  it('shows a failure only while nothing has been read', () => {
    expect(withFailure(INITIAL_LIBRARY, 'no folder').status).toEqual({ kind: 'error', message: 'no folder' });
    const read = withSummary(INITIAL_LIBRARY, summary(1));
    expect(withFailure(read, 'busy')).toBe(read);
  });

  it('names every file a change touches', () => {
    const change = delta(2, { upserted: ['new.txt'], removed: ['old.txt'], renamed: [{ from: 'a', to: 'b' }] });
    expect(touchedBy(change)).toEqual(['new.txt', 'old.txt', 'a', 'b']);
  });
});
