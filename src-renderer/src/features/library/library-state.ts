// Pure state of the library as the page knows it: a snapshot plus the deltas pushed since.
import type { CatalogEntry, LibraryDelta, LibrarySnapshot } from '../../../../src-preload/contract';

export interface LibraryState {
  readonly root: string | null;
  readonly entries: ReadonlyMap<string, CatalogEntry>;
  /** Renames seen since load, so an open article can follow its file. */
  readonly renamedTo: ReadonlyMap<string, string>;
}

export const EMPTY_LIBRARY: LibraryState = { root: null, entries: new Map(), renamedTo: new Map() };

export function fromSnapshot(snapshot: LibrarySnapshot): LibraryState {
  return { root: snapshot.root, entries: new Map(snapshot.entries.map((e) => [e.id, e])), renamedTo: new Map() };
}

export function applyDelta(state: LibraryState, delta: LibraryDelta): LibraryState {
  if (delta.root !== state.root) return state; // a late event from a folder no longer open
  const entries = new Map(state.entries);
  const renamedTo = new Map(state.renamedTo);
  for (const { from, to } of delta.renamed) {
    entries.delete(from);
    renamedTo.set(from, to);
  }
  for (const id of delta.removed) entries.delete(id);
  for (const entry of delta.upserted) entries.set(entry.id, entry);
  return { root: state.root, entries, renamedTo };
}

/** Where a file now lives after the renames seen so far (a file may be renamed more than once). */
export function followRenames(id: string | null, renamedTo: ReadonlyMap<string, string>): string | null {
  let current = id;
  for (let hops = 0; current !== null && hops < 64; hops++) {
    const next = renamedTo.get(current);
    if (next === undefined) break;
    current = next;
  }
  return current;
}
