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

const byDateDesc = (a: { date: string | null; title: string }, b: { date: string | null; title: string }): number => {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.title.localeCompare(b.title);
};

/** Readable articles newest first (undated last), and the files that could not be read, by name. */
export function partitionEntries(
  entries: Iterable<CatalogEntry>,
  filter = '',
  keep: (entry: CatalogEntry & { ok: true }) => boolean = () => true,
): {
  articles: (CatalogEntry & { ok: true })[];
  broken: (CatalogEntry & { ok: false })[];
} {
  const needle = filter.trim().toLocaleLowerCase();
  const articles: (CatalogEntry & { ok: true })[] = [];
  const broken: (CatalogEntry & { ok: false })[] = [];
  for (const entry of entries) {
    if (entry.ok) {
      if ((!needle || matches(entry, needle)) && keep(entry)) articles.push(entry);
    } else if (!needle || entry.id.toLocaleLowerCase().includes(needle)) {
      broken.push(entry);
    }
  }
  articles.sort(byDateDesc);
  broken.sort((a, b) => a.id.localeCompare(b.id));
  return { articles, broken };
}

function matches(entry: CatalogEntry & { ok: true }, needle: string): boolean {
  return (
    entry.title.toLocaleLowerCase().includes(needle) ||
    (entry.domain ?? '').includes(needle) ||
    entry.id.toLocaleLowerCase().includes(needle)
  );
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
