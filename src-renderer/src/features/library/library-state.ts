// Pure state of the library as the page knows it: the latest summary, the newest version heard of, and
// the renames seen, so an open article can follow its file. Never the entries themselves.
import type { ArticleId, LibraryDelta, LibrarySummary, ScanProgress } from '../../../../src-preload/contract';
import { progressWith } from './reading-state';

export type LibraryStatus = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

export interface LibraryState {
  readonly summary: LibrarySummary | null;
  readonly status: LibraryStatus;
  /** The newest library version heard of: the summary's, or a later change's; page caches key on it. */
  readonly version: number;
  /** Renames seen since the library opened. */
  readonly renamedTo: ReadonlyMap<ArticleId, ArticleId>;
  /** The read under way, of the open folder or of one being opened (reading-state.ts); null when none is. */
  readonly progress: ScanProgress | null;
}

export const INITIAL_LIBRARY: LibraryState = {
  summary: null,
  status: { kind: 'loading' },
  version: 0,
  renamedTo: new Map(),
  progress: null,
};

/**
 * Takes a summary unless it is older than what the page has heard of: an answer overtaken by a newer
 * summary or change. Main numbers versions across every folder it opens, so this holds across folders too.
 */
export function withSummary(state: LibraryState, summary: LibrarySummary): LibraryState {
  const held = state.summary;
  if (held !== null && summary.version < state.version) return state;
  const sameLibrary = held?.root === summary.root;
  return {
    summary,
    status: { kind: 'ready' },
    version: sameLibrary ? Math.max(state.version, summary.version) : summary.version,
    renamedTo: sameLibrary ? state.renamedTo : new Map(),
    progress: progressWith(state, summary),
  };
}

export function withDelta(state: LibraryState, delta: LibraryDelta): LibraryState {
  if (delta.root !== state.summary?.root) return state; // a late change of a folder no longer open
  const version = Math.max(state.version, delta.version);
  if (delta.renamed.length === 0) return { ...state, version };
  const renamedTo = new Map(state.renamedTo);
  for (const { from, to } of delta.renamed) renamedTo.set(from, to);
  return { ...state, version, renamedTo };
}

/** Reading failed: an error only while nothing has been read, else the last summary stays in view. */
export function withFailure(state: LibraryState, message: string): LibraryState {
  return state.summary === null ? { ...state, status: { kind: 'error', message } } : state;
}

/** Every file a change touches: what the page knew of them is out of date. */
export function touchedBy(delta: LibraryDelta): ArticleId[] {
  return [...delta.upserted, ...delta.removed, ...delta.renamed.flatMap(({ from, to }) => [from, to])];
}

/** Where a file now lives after the renames seen so far (a file may be renamed more than once). */
export function followRenames(id: ArticleId | null, renamedTo: ReadonlyMap<ArticleId, ArticleId>): ArticleId | null {
  let current = id;
  for (let hops = 0; current !== null && hops < 64; hops++) {
    const next = renamedTo.get(current);
    if (next === undefined) break;
    current = next;
  }
  return current;
}
